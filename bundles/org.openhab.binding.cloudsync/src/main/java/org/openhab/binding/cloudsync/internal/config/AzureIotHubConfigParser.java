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

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.cloud.AzureIdentity;
import org.openhab.binding.cloudsync.internal.cloud.PropertyBag;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.config.ConnectionConfigParser.Session;
import org.openhab.binding.cloudsync.internal.config.TlsConfigParser.TlsParameters;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.payload.Compression;
import org.openhab.binding.cloudsync.internal.payload.PayloadFormat;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate;

/**
 * The {@link AzureIotHubConfigParser} is responsible for where and how a {@code cloudsync:azure-iot-hub} Thing
 * connects, as Azure's "Communicate with an IoT hub using the MQTT protocol" prescribes for a device without an
 * SDK:
 * <ul>
 * <li>authentication: the device connection string, whose key signs a fresh SAS token, valid
 * {@code sasTokenValidity} minutes, for every connect; or the device's X.509 certificate (then no password);</li>
 * <li>transport: MQTT over TLS on 8883, or MQTT over WebSocket on 443 at {@value #WEBSOCKET_PATH};</li>
 * <li>client ID: the device ID; user name: {@code {HostName}/{DeviceId}/?api-version=2021-04-12};</li>
 * <li>topics: {@code devices/{DeviceId}/messages/events/} with a property bag: for {@code json} the content type
 * and encoding that let message routing read the body, and the item as the application property {@code item};
 * for {@code raw} only the item (the body may be an image, so no content type is claimed); for {@code json-batch}
 * the content type and encoding without an item (with gzip: no content type, and {@code compression=gzip});</li>
 * <li>no status topic: the hub takes messages only on its own topics.</li>
 * </ul>
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class AzureIotHubConfigParser {

    /** The WebSocket path of IoT Hub. */
    static final String WEBSOCKET_PATH = "/$iothub/websocket";
    static final int MIN_TOKEN_VALIDITY_MINUTES = 5;
    static final int MAX_TOKEN_VALIDITY_MINUTES = 1440;

    private AzureIotHubConfigParser() {
    }

    /**
     * @param clock the clock the SAS tokens' expiry is counted from
     */
    static EndpointTarget parse(AzureIotHubConfiguration config, EndpointIdentity identity, Clock clock)
            throws InvalidConfigurationException {
        for (String topicParameter : List.of("topic", "batchTopic", "statusTopic")) {
            String value = switch (topicParameter) {
                case "topic" -> config.topic;
                case "batchTopic" -> config.batchTopic;
                default -> config.statusTopic;
            };
            if (!value.isBlank()) {
                throw new InvalidConfigurationException("offline.conf-error-azure-topic", topicParameter);
            }
        }
        boolean x509 = !config.hostName.isBlank() || !config.deviceId.isBlank() || !config.clientCertificate.isBlank()
                || !config.privateKey.isBlank();
        String hostName;
        String deviceId;
        PasswordSource password;
        if (!config.connectionString.isBlank() || !x509) {
            if (x509) {
                throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-and-x509");
            }
            AzureIdentity device = AzureConnectionString.parse(config.connectionString).identity();
            hostName = device.hostName();
            deviceId = device.deviceId();
            password = new SasTokenSource(device, tokenValidity(config.sasTokenValidity), clock);
        } else {
            hostName = required("hostName", config.hostName);
            deviceId = required("deviceId", config.deviceId);
            required("clientCertificate", config.clientCertificate);
            required("privateKey", config.privateKey);
            if (!AzureConnectionString.isHostName(hostName)) {
                throw new InvalidConfigurationException("offline.conf-error-azure-host-name", hostName);
            }
            EndpointConfigParser.refuse(ServiceRules.AZURE_IOT_HUB.checkClientId(deviceId));
            tokenValidity(config.sasTokenValidity);
            password = null;
        }
        String serverUri = switch (config.transport.trim()) {
            case "mqtt" -> "ssl://" + hostName + ":" + AzureIdentity.MQTT_PORT;
            case "websocket" -> "wss://" + hostName + ":443" + WEBSOCKET_PATH;
            default -> throw new InvalidConfigurationException("offline.conf-error-azure-transport", config.transport);
        };
        Session session = ConnectionConfigParser.session(config);
        TlsSettings tls = TlsConfigParser.parse(new TlsParameters(config.caCertificate, config.clientCertificate,
                config.privateKey, config.privateKeyPassword, true, false), List.of());
        ConnectionSettings connection = ConnectionConfigParser.settings(List.of(serverUri), deviceId,
                AzureIdentity.userName(hostName, deviceId), password, session, null, tls);
        PayloadFormat format = EndpointConfigParser.format(config);
        Compression compression = EndpointConfigParser.compression(config, format);
        String events = AzureIdentity.telemetryTopic(deviceId);
        String itemTopic = events + (format == PayloadFormat.RAW ? "" : PropertyBag.JSON_UTF8.encoded() + "&")
                + "item={item}";
        String batchTopic = events + (compression == Compression.NONE ? PropertyBag.JSON_UTF8
                : PropertyBag.builder().property("compression", "gzip").build()).encoded();
        TopicTemplate topic = EndpointConfigParser.topic("offline.conf-error-topic", itemTopic, itemTopic,
                identity.thingId());
        TopicTemplate batch = EndpointConfigParser.batchTopic(batchTopic, batchTopic, identity.thingId());
        return new EndpointTarget(connection, topic, batch, ServiceRules.AZURE_IOT_HUB, List.of());
    }

    private static String required(String parameter, String value) throws InvalidConfigurationException {
        if (value.isBlank()) {
            throw new InvalidConfigurationException("offline.conf-error-azure-x509-missing", parameter);
        }
        return value.trim();
    }

    private static Duration tokenValidity(int minutes) throws InvalidConfigurationException {
        if (minutes < MIN_TOKEN_VALIDITY_MINUTES || minutes > MAX_TOKEN_VALIDITY_MINUTES) {
            throw new InvalidConfigurationException("offline.conf-error-azure-token-validity", String.valueOf(minutes));
        }
        return Duration.ofMinutes(minutes);
    }

    /**
     * The {@link SasTokenSource} makes the password of each connect: a SAS token of the device, valid from now for
     * the configured time. The transport reconnects before it expires.
     */
    static final class SasTokenSource implements PasswordSource {

        private final AzureIdentity device;
        private final Duration validity;
        private final Clock clock;

        SasTokenSource(AzureIdentity device, Duration validity, Clock clock) {
            this.device = device;
            this.validity = validity;
            this.clock = clock;
        }

        @Override
        public String next() {
            return device.token(clock.instant().plus(validity)).value();
        }

        @Override
        public @Nullable Duration validity() {
            return validity;
        }

        @Override
        public String toString() {
            return SecretMasking.MASK;
        }
    }
}
