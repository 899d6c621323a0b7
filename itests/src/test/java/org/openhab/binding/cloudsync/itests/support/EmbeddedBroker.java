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
package org.openhab.binding.cloudsync.itests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.moquette.broker.Server;

/**
 * The {@link EmbeddedBroker} is a Moquette MQTT 3.1.1 broker in this JVM (outside the OSGi framework), listening on
 * 127.0.0.1 and a free port, in memory only, anonymous access, no telemetry.
 */
public final class EmbeddedBroker implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final Server server = new Server();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    /** Starts the broker; {@code dataDir} only catches files Moquette might write despite running in memory. */
    public static EmbeddedBroker start(Path dataDir) throws IOException {
        EmbeddedBroker broker = new EmbeddedBroker(freePort());
        broker.server.withConfig() //
                .host(HOST) //
                .port(broker.port) //
                .dataPath(dataDir) //
                .disablePersistence() //
                .allowAnonymous() //
                .disableTelemetry() //
                .startServer();
        return broker;
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://" + HOST + ":" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        }
    }
}
