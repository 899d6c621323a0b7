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

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link ConnectionConfigParser} checks the {@code connection} and {@code security} parts of an
 * {@link EndpointConfiguration} (broker address, login, MQTT session options, status topic, TLS) and turns
 * them into {@link ConnectionSettings}, or says exactly which setting is wrong.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ConnectionConfigParser {

    static final String THING_PLACEHOLDER = "{thing}";
    private static final int MAX_CONNECT_TIMEOUT_SECONDS = 300;
    private static final int MAX_RECONNECT_DELAY_SECONDS = 86_400;

    private ConnectionConfigParser() {
    }

    public static ConnectionSettings parse(EndpointConfiguration config, ThingUID thingUID) throws ConfigurationError {
        BrokerAddress address = BrokerAddressParser.parse(config);
        if (address.password() != null && address.username() == null) {
            // MQTT 3.1.1 has no password without a user name
            throw new ConfigurationError("offline.conf-error-password-without-username");
        }
        String clientId = config.clientId.trim();
        if (clientId.isEmpty()) {
            clientId = derivedClientId(thingUID);
        } else if (clientId.getBytes(StandardCharsets.UTF_8).length > 65535) {
            throw new ConfigurationError("offline.conf-error-client-id");
        }
        if (config.keepAlive < 0 || config.keepAlive > 65535) {
            throw new ConfigurationError("offline.conf-error-keep-alive", String.valueOf(config.keepAlive));
        }
        if (config.connectTimeout < 1 || config.connectTimeout > MAX_CONNECT_TIMEOUT_SECONDS) {
            throw new ConfigurationError("offline.conf-error-connect-timeout", String.valueOf(config.connectTimeout));
        }
        if (config.reconnectDelayMin < 1 || config.reconnectDelayMax < config.reconnectDelayMin
                || config.reconnectDelayMax > MAX_RECONNECT_DELAY_SECONDS) {
            throw new ConfigurationError("offline.conf-error-reconnect-delay", String.valueOf(config.reconnectDelayMin),
                    String.valueOf(config.reconnectDelayMax));
        }
        if (config.maxInFlight < 1 || config.maxInFlight > 65535) {
            throw new ConfigurationError("offline.conf-error-max-in-flight", String.valueOf(config.maxInFlight));
        }
        String statusTopic = statusTopic(config.statusTopic.trim(), thingUID);
        TlsSettings tls = TlsConfigParser.parse(config, address);
        return new ConnectionSettings(address.serverUri(), clientId, address.username(), address.password(),
                config.keepAlive, config.maxInFlight, config.reconnectDelayMin * 1000L,
                config.reconnectDelayMax * 1000L, config.cleanSession, config.connectTimeout, statusTopic, tls);
    }

    /**
     * A new random client id: "openhab" and 16 hex digits, 23 characters, which every MQTT 3.1.1 broker must
     * accept.
     */
    public static String generateClientId() {
        return "openhab" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /**
     * The client id used when none is configured and none could be stored: stable for the Thing. The handler
     * normally stores a generated one first (see {@code CloudSyncEndpointHandler}).
     */
    static String derivedClientId(ThingUID thingUID) {
        return "openhab-" + thingUID.getAsString().replace(':', '-');
    }

    /** The status topic with {thing} filled in, or null when it is empty (no birth and last will). */
    private static @Nullable String statusTopic(String template, ThingUID thingUID) throws ConfigurationError {
        if (template.isEmpty()) {
            return null;
        }
        String topic = template.replace(THING_PLACEHOLDER, thingUID.getId());
        boolean valid = topic.indexOf('+') < 0 && topic.indexOf('#') < 0 && topic.indexOf('\0') < 0
                && topic.indexOf('{') < 0 && topic.indexOf('}') < 0 && !topic.startsWith("/") && !topic.endsWith("/")
                && !topic.contains("//") && topic.getBytes(StandardCharsets.UTF_8).length <= 65535;
        if (!valid) {
            throw new ConfigurationError("offline.conf-error-status-topic", template);
        }
        return topic;
    }

    /**
     * The {@code host} parameter fit for printing: a user name and password in it (a URL such as
     * {@code mqtts://user:pass@host}, even with unencoded {@code /} or {@code @} in the password) become
     * {@code ***}.
     */
    public static String maskedHost(String host) {
        return BrokerAddressParser.masked(host.trim());
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
}
