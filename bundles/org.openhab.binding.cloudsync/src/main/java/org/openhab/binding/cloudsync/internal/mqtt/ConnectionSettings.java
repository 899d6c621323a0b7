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
package org.openhab.binding.cloudsync.internal.mqtt;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link ConnectionSettings} say how to reach and log in to one broker.
 *
 * @param serverUris the Paho server URIs, for example {@code ssl://broker.example.com:8883}, tried in this order on
 *            every connect (more than one: the nodes of a broker cluster); they never carry credentials, so they may
 *            be logged
 * @param clientId the MQTT client identifier
 * @param username the login name, or null for none
 * @param password gives the login password of each connect, or null for none; never printed
 * @param keepAliveSeconds the MQTT keep-alive; 0 turns it off
 * @param inFlightWindow the most unacknowledged publishes at once
 * @param minBackoffMillis the first reconnect delay
 * @param maxBackoffMillis the longest reconnect delay
 * @param cleanSession whether the broker forgets the session when we disconnect
 * @param connectTimeoutSeconds how long one connect attempt (TCP, TLS and CONNACK) may take
 * @param statusTopic where the birth ({@code online}) and last-will ({@code offline}) messages go, retained;
 *            null for none
 * @param tls how to check the broker and prove who we are on ssl:// and wss://; null for tcp:// and ws://
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ConnectionSettings(List<String> serverUris, String clientId, @Nullable String username,
        @Nullable PasswordSource password, int keepAliveSeconds, int inFlightWindow, long minBackoffMillis,
        long maxBackoffMillis, boolean cleanSession, int connectTimeoutSeconds, @Nullable String statusTopic,
        @Nullable TlsSettings tls) {

    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";

    public ConnectionSettings {
        if (serverUris.isEmpty()) {
            throw new IllegalArgumentException("at least one server URI is needed");
        }
        serverUris = List.copyOf(serverUris);
    }

    /** The first broker, the one tried first. */
    public String serverUri() {
        return serverUris.get(0);
    }

    /** Whether certificate checks are off (the {@code insecure} setting). */
    public boolean insecure() {
        TlsSettings current = tls;
        return current != null && current.insecure();
    }

    /** Leaves the password out; the TLS part holds no secret text. */
    @Override
    public String toString() {
        return "ConnectionSettings[" + String.join(",", serverUris) + ", clientId=" + clientId + ", username="
                + username + ", password=" + (password == null ? "none" : "***") + ", keepAlive=" + keepAliveSeconds
                + ", cleanSession=" + cleanSession + ", statusTopic=" + statusTopic + ", tls=" + tls + "]";
    }
}
