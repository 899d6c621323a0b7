/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cloudsync.internal.testutil;

import java.io.IOException;
import java.net.Socket;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link TcpProxy} forwards TCP connections from a port on 127.0.0.1 to a broker, and can cut every
 * connection at once, as a network outage does, while the broker itself stays up.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TcpProxy extends LoopbackServer {

    private final int targetPort;

    public TcpProxy(int targetPort) {
        super("tcp-proxy");
        this.targetPort = targetPort;
        startAccepting();
    }

    /** Closes every forwarded connection abruptly; the proxy keeps accepting new ones. */
    public void cut() {
        dropConnections();
    }

    @Override
    protected void serve(Socket client) throws IOException {
        Socket broker = connectTo(targetPort);
        relay(client, broker);
        relay(broker, client);
    }
}
