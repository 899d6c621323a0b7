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
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link ConnectionConfigParser} checks the connection part of an {@link EndpointConfiguration} (broker
 * address, login, MQTT session options) and turns it into {@link ConnectionSettings}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ConnectionConfigParser {

    static final int KEEP_ALIVE_SECONDS = 60;
    static final int IN_FLIGHT_WINDOW = 100;
    static final long MIN_BACKOFF_MILLIS = 1_000;
    static final long MAX_BACKOFF_MILLIS = 60_000;

    private ConnectionConfigParser() {
    }

    public static ConnectionSettings parse(EndpointConfiguration config, ThingUID thingUID) throws ConfigurationError {
        String host = config.host.trim();
        if (host.isEmpty()) {
            throw new ConfigurationError("offline.conf-error-host-missing");
        }
        if (!isHostName(host)) {
            throw new ConfigurationError("offline.conf-error-host-invalid", host);
        }
        if (config.port < 1 || config.port > 65535) {
            throw new ConfigurationError("offline.conf-error-port", String.valueOf(config.port));
        }
        String clientId = config.clientId.trim();
        if (clientId.isEmpty()) {
            clientId = "openhab-" + thingUID.getAsString().replace(':', '-');
        }
        String serverUri = "tcp://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + config.port;
        return new ConnectionSettings(serverUri, clientId, emptyToNull(config.username), emptyToNull(config.password),
                KEEP_ALIVE_SECONDS, IN_FLIGHT_WINDOW, MIN_BACKOFF_MILLIS, MAX_BACKOFF_MILLIS);
    }

    /** A DNS name, an IPv4 address or an IPv6 address without brackets. */
    static boolean isHostName(String host) {
        if (host.length() > 253) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '-' || c == ':' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return !host.startsWith("-") && !host.startsWith(".");
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
