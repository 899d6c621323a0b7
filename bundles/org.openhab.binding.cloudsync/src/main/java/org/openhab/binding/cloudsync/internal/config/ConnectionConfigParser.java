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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;

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

    public static ConnectionSettings parse(EndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        BrokerAddress address = BrokerAddressParser.parse(config);
        if (address.password() != null && address.username() == null) {
            // MQTT 3.1.1 has no password without a user name
            throw new InvalidConfigurationException("offline.conf-error-password-without-username");
        }
        String clientId = config.clientId.trim();
        if (clientId.isEmpty()) {
            clientId = identity.defaultClientId();
        } else if (clientId.getBytes(StandardCharsets.UTF_8).length > 65535) {
            throw new InvalidConfigurationException("offline.conf-error-client-id");
        }
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
        String statusTopic = statusTopic(config.statusTopic.trim(), identity.thingId());
        TlsSettings tls = TlsConfigParser.parse(config, address);
        String password = address.password();
        return new ConnectionSettings(List.of(address.serverUri()), clientId, address.username(),
                password == null ? null : PasswordSource.fixed(password), config.keepAlive, config.maxInFlight,
                config.reconnectDelayMin * 1000L, config.reconnectDelayMax * 1000L, config.cleanSession,
                config.connectTimeout, statusTopic, tls);
    }

    /** The status topic with {thing} filled in, or null when it is empty (no birth and last will). */
    private static @Nullable String statusTopic(String template, String thingId) throws InvalidConfigurationException {
        if (template.isEmpty()) {
            return null;
        }
        String topic = template.replace(THING_PLACEHOLDER, thingId);
        boolean valid = topic.indexOf('+') < 0 && topic.indexOf('#') < 0 && topic.indexOf('\0') < 0
                && topic.indexOf('{') < 0 && topic.indexOf('}') < 0 && !topic.startsWith("/") && !topic.endsWith("/")
                && !topic.contains("//") && topic.getBytes(StandardCharsets.UTF_8).length <= 65535;
        if (!valid) {
            throw new InvalidConfigurationException("offline.conf-error-status-topic", template);
        }
        return topic;
    }
}
