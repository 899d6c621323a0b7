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
package org.openhab.binding.cloudsync.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link BrokerAddress} is where a broker is and which login goes with it, after the host/URL, port,
 * protocol and credential parameters were combined.
 *
 * @param protocol the Paho scheme: {@code tcp}, {@code ssl}, {@code ws} or {@code wss}
 * @param host a host name or IP address (IPv6 without brackets)
 * @param port the TCP port
 * @param path the websocket path, or empty (then Paho asks for {@code /mqtt})
 * @param username the login name, or null
 * @param password the login password, or null; never printed
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
record BrokerAddress(String protocol, String host, int port, String path, @Nullable String username,
        @Nullable String password) {

    /** The URI Paho connects to; it never carries the credentials. */
    String serverUri() {
        String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return protocol + "://" + hostPart + ":" + port + path;
    }

    boolean usesTls() {
        return "ssl".equals(protocol) || "wss".equals(protocol);
    }

    @Override
    public String toString() {
        return "BrokerAddress[" + serverUri() + ", username=" + username + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
