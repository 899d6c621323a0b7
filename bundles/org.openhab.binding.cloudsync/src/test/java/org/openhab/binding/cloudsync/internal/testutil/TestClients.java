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
package org.openhab.binding.cloudsync.internal.testutil;

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Plain Paho clients for tests that look at a broker, proxy or relay from the outside, without the add-on.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TestClients {

    private TestClients() {
    }

    /** MQTT 3.1.1, a clean session, no automatic reconnect. */
    public static MqttConnectOptions options(Duration connectTimeout) {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout((int) connectTimeout.toSeconds());
        return options;
    }

    /** A synchronous client whose calls give up after the timeout instead of waiting forever. */
    public static MqttClient syncClient(String serverUri, String clientId, Duration timeout) throws MqttException {
        MqttClient client = new MqttClient(serverUri, clientId, new MemoryPersistence());
        client.setTimeToWait(timeout.toMillis());
        return client;
    }

    /** Disconnects and closes, whatever state the test left the client in. */
    public static void closeQuietly(MqttClient client) {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close(true);
        } catch (MqttException e) {
            // the test judged what happened before
        }
    }

    /** A callback that only tells of lost connections. */
    public static MqttCallback onConnectionLost(Consumer<@Nullable Throwable> lost) {
        return new MqttCallback() {
            @Override
            public void connectionLost(@Nullable Throwable cause) {
                lost.accept(cause);
            }

            @Override
            public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
            }

            @Override
            public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
            }
        };
    }
}
