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

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

/**
 * The {@link ConnectOptionsFactory} is responsible for turning {@link ConnectionSettings} into Paho's
 * {@link MqttConnectOptions}: session, login, last will and TLS.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectOptionsFactory {

    /** QoS of the birth, offline and last-will messages. */
    static final int STATUS_QOS = 1;

    private ConnectOptionsFactory() {
    }

    static MqttConnectOptions of(ConnectionSettings settings) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(settings.cleanSession());
        // our own loop reconnects: Paho's misses a failed first connect, and its delay is shared JVM-wide
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(settings.keepAliveSeconds());
        options.setConnectionTimeout(settings.connectTimeoutSeconds());
        // one more than the endpoint fills, so the online message never takes a slot a publish counts on
        options.setMaxInflight(settings.inFlightWindow() + 1);
        String statusTopic = settings.statusTopic();
        if (statusTopic != null) {
            options.setWill(statusTopic, ConnectionSettings.OFFLINE.getBytes(StandardCharsets.UTF_8), STATUS_QOS, true);
        }
        TlsSettings tls = settings.tls();
        if (tls != null) {
            // Paho 1.2.5 replaces the application protocols a plain socket carries (paho #858): the wrapper keeps them
            options.setSocketFactory(tls.applicationProtocols().isEmpty() ? tls.socketFactory()
                    : new AlpnSocketFactory(tls.socketFactory(), tls.applicationProtocols()));
            // Paho then sets the JDK's "HTTPS" endpoint identification on the socket: the broker's certificate
            // must name the host we connect to
            options.setHttpsHostnameVerificationEnabled(tls.verifyHostname() && !tls.insecure());
        }
        String username = settings.username();
        if (username != null) {
            options.setUserName(username);
        }
        PasswordSource password = settings.password();
        if (password != null) {
            options.setPassword(password.next().toCharArray());
        }
        if (settings.serverUris().size() > 1) {
            // Paho tries them in order on every connect; the client's own URI is only the first of them
            options.setServerURIs(settings.serverUris().toArray(String[]::new));
        }
        return options;
    }
}
