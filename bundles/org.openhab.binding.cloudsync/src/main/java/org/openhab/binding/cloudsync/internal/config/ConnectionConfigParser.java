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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;

/**
 * The {@link ConnectionConfigParser} checks the connection parts of a configuration: the MQTT session options
 * every Thing type has ({@link #session}), the status topic, and for a {@code cloudsync:mqtt} Thing the broker
 * addresses, login and TLS ({@link #parse}), turning them into {@link ConnectionSettings} or saying exactly which
 * setting is wrong.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ConnectionConfigParser {

    static final String THING_PLACEHOLDER = "{thing}";
    private static final int MAX_CONNECT_TIMEOUT_SECONDS = 300;
    private static final int MAX_RECONNECT_DELAY_SECONDS = 86_400;

    /**
     * The MQTT session options every Thing type has, checked against MQTT 3.1.1 (a service's own limits are
     * checked later, against its rules).
     */
    record Session(int keepAliveSeconds, int connectTimeoutSeconds, long minBackoffMillis, long maxBackoffMillis,
            int inFlightWindow, boolean cleanSession) {
    }

    private ConnectionConfigParser() {
    }

    /** The connection of a {@code cloudsync:mqtt} Thing: one broker, or several tried in order. */
    public static ConnectionSettings parse(MqttEndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        List<BrokerAddress> addresses = BrokerAddressParser.parseAll(config);
        BrokerAddress first = addresses.get(0);
        if (first.password() != null && first.username() == null) {
            // MQTT 3.1.1 has no password without a user name
            throw new InvalidConfigurationException("offline.conf-error-password-without-username");
        }
        String clientId = config.clientId.trim();
        if (clientId.isEmpty()) {
            clientId = identity.defaultClientId();
        } else if (clientId.getBytes(StandardCharsets.UTF_8).length > 65535) {
            throw new InvalidConfigurationException("offline.conf-error-client-id");
        }
        Session session = session(config);
        String statusTopic = statusTopic(config.statusTopic, Map.of(THING_PLACEHOLDER, identity.thingId()));
        // one TLS configuration serves every broker of a list: they all use TLS or none does
        TlsSettings tls = TlsConfigParser.parse(config, first);
        String password = first.password();
        return settings(addresses.stream().map(BrokerAddress::serverUri).toList(), clientId, first.username(),
                password == null ? null : PasswordSource.fixed(password), session, statusTopic, tls);
    }

    /** The connection settings of checked parts. */
    static ConnectionSettings settings(List<String> serverUris, String clientId, @Nullable String username,
            @Nullable PasswordSource password, Session session, @Nullable String statusTopic,
            @Nullable TlsSettings tls) {
        return new ConnectionSettings(serverUris, clientId, username, password, session.keepAliveSeconds(),
                session.inFlightWindow(), session.minBackoffMillis(), session.maxBackoffMillis(),
                session.cleanSession(), session.connectTimeoutSeconds(), statusTopic, tls);
    }

    /** Checks the session options every Thing type has against MQTT 3.1.1 and the add-on's own bounds. */
    static Session session(EndpointConfiguration config) throws InvalidConfigurationException {
        if (config.keepAlive < 0 || config.keepAlive > 65535) {
            throw new InvalidConfigurationException("offline.conf-error-keep-alive", String.valueOf(config.keepAlive));
        }
        if (config.connectTimeout < 1 || config.connectTimeout > MAX_CONNECT_TIMEOUT_SECONDS) {
            throw new InvalidConfigurationException("offline.conf-error-connect-timeout",
                    String.valueOf(config.connectTimeout));
        }
        if (config.reconnectDelayMin < 1 || config.reconnectDelayMax < config.reconnectDelayMin
                || config.reconnectDelayMax > MAX_RECONNECT_DELAY_SECONDS) {
            throw new InvalidConfigurationException("offline.conf-error-reconnect-delay",
                    String.valueOf(config.reconnectDelayMin), String.valueOf(config.reconnectDelayMax));
        }
        if (config.maxInFlight < 1 || config.maxInFlight > 65535) {
            throw new InvalidConfigurationException("offline.conf-error-max-in-flight",
                    String.valueOf(config.maxInFlight));
        }
        return new Session(config.keepAlive, config.connectTimeout, config.reconnectDelayMin * 1000L,
                config.reconnectDelayMax * 1000L, config.maxInFlight, config.cleanSession);
    }

    /**
     * The status topic with its placeholders filled in, or null when it is empty (no birth and last will).
     *
     * @param placeholders the placeholders the Thing type allows, for example {@code {thing}}, with their values
     */
    static @Nullable String statusTopic(String template, Map<String, String> placeholders)
            throws InvalidConfigurationException {
        String trimmed = template.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        String topic = trimmed;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            topic = topic.replace(placeholder.getKey(), placeholder.getValue());
        }
        boolean valid = topic.indexOf('+') < 0 && topic.indexOf('#') < 0 && topic.indexOf('\0') < 0
                && topic.indexOf('{') < 0 && topic.indexOf('}') < 0 && !topic.startsWith("/") && !topic.endsWith("/")
                && !topic.contains("//") && topic.getBytes(StandardCharsets.UTF_8).length <= 65535;
        if (!valid) {
            throw new InvalidConfigurationException("offline.conf-error-status-topic", trimmed);
        }
        return topic;
    }
}
