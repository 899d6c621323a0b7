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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.cloud.AwsIot;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.config.ConnectionConfigParser.Session;
import org.openhab.binding.cloudsync.internal.config.TlsConfigParser.TlsParameters;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate;

/**
 * The {@link AwsIotConfigParser} is responsible for where and how a {@code cloudsync:aws-iot} Thing connects: the
 * account's data endpoint over TLS, as the thing ({@code thingName} is the client ID), with its X.509 certificate
 * on port 8883 or on port 443 with ALPN {@value AwsIot#ALPN_CERTIFICATE}, or through a custom authorizer on port 443
 * with ALPN {@value AwsIot#ALPN_CUSTOM_AUTH}. {@code {thingName}} may be used in its topics.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class AwsIotConfigParser {

    static final String THING_NAME_PLACEHOLDER = "{thingName}";

    private AwsIotConfigParser() {
    }

    static EndpointTarget parse(AwsIotConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        String endpoint = config.endpoint.trim();
        if (endpoint.isEmpty()) {
            throw new InvalidConfigurationException("offline.conf-error-aws-endpoint-missing");
        }
        if (!AzureConnectionString.isHostName(endpoint)) {
            throw new InvalidConfigurationException("offline.conf-error-aws-endpoint",
                    SecretMasking.maskUrlCredentials(endpoint));
        }
        String thingName = config.thingName.trim();
        if (thingName.isEmpty()) {
            throw new InvalidConfigurationException("offline.conf-error-aws-thing-name-missing");
        }
        if (!AwsIot.isThingName(thingName)) {
            throw new InvalidConfigurationException("offline.conf-error-aws-thing-name", thingName);
        }
        String authorizer = config.authorizerName.trim();
        boolean certificate = !config.clientCertificate.isBlank() || !config.privateKey.isBlank();
        String username = config.username.trim();
        String password = config.password;
        if (authorizer.isEmpty()) {
            if (!certificate) {
                throw new InvalidConfigurationException("offline.conf-error-aws-certificate-missing");
            }
            if (!username.isEmpty() || !password.isEmpty()) {
                throw new InvalidConfigurationException("offline.conf-error-aws-login-without-authorizer");
            }
        } else {
            if (certificate) {
                throw new InvalidConfigurationException("offline.conf-error-aws-authorizer-and-certificate");
            }
            if (!AwsIot.isAuthorizerName(authorizer)) {
                throw new InvalidConfigurationException("offline.conf-error-aws-authorizer-name", authorizer);
            }
        }
        int port = port(config.port, !authorizer.isEmpty());
        Session session = ConnectionConfigParser.session(config);
        Map<String, String> placeholders = Map.of(ConnectionConfigParser.THING_PLACEHOLDER, identity.thingId(),
                THING_NAME_PLACEHOLDER, thingName);
        String statusTopic = ConnectionConfigParser.statusTopic(config.statusTopic, placeholders);
        List<String> alpn = port == AwsIot.MQTT_PORT ? List.of()
                : List.of(authorizer.isEmpty() ? AwsIot.ALPN_CERTIFICATE : AwsIot.ALPN_CUSTOM_AUTH);
        TlsSettings tls = TlsConfigParser.parse(new TlsParameters(config.caCertificate, config.clientCertificate,
                config.privateKey, config.privateKeyPassword, true, false), alpn);
        String loginName = authorizer.isEmpty() ? null : AwsIot.customAuthorizerUserName(username, authorizer);
        PasswordSource loginPassword = authorizer.isEmpty() || password.isEmpty() ? null
                : PasswordSource.fixed(password);
        ConnectionSettings connection = ConnectionConfigParser.settings(List.of("ssl://" + endpoint + ":" + port),
                thingName, loginName, loginPassword, session, statusTopic, tls);
        TopicTemplate topic = EndpointConfigParser.topic("offline.conf-error-topic", config.topic,
                config.topic.replace(THING_NAME_PLACEHOLDER, thingName), identity.thingId());
        TopicTemplate batchTopic = EndpointConfigParser.batchTopic(config.batchTopic,
                config.batchTopic.replace(THING_NAME_PLACEHOLDER, thingName), identity.thingId());
        return new EndpointTarget(connection, topic, batchTopic, ServiceRules.AWS_IOT_CORE, List.of());
    }

    /** 8883 or 443; none: 8883 for a certificate, 443 for a custom authorizer (which has no other port). */
    private static int port(@Nullable Integer configured, boolean customAuthorizer)
            throws InvalidConfigurationException {
        if (configured == null) {
            return customAuthorizer ? AwsIot.ALPN_PORT : AwsIot.MQTT_PORT;
        }
        if (configured != AwsIot.MQTT_PORT && configured != AwsIot.ALPN_PORT) {
            throw new InvalidConfigurationException("offline.conf-error-aws-port", String.valueOf(configured));
        }
        if (customAuthorizer && configured != AwsIot.ALPN_PORT) {
            throw new InvalidConfigurationException("offline.conf-error-aws-authorizer-port",
                    String.valueOf(configured));
        }
        return configured;
    }
}
