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
package org.openhab.binding.cloudsync.itests.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The {@link MqttRecorder} is an MQTT client on the test classpath (outside the OSGi framework) that subscribes to
 * {@code #} and keeps every message it receives, so that tests can wait for the one they expect and, when it does
 * not come, say what came instead.
 */
public final class MqttRecorder implements AutoCloseable {

    /**
     * One message as the broker delivered it.
     *
     * @param receivedNanos {@link System#nanoTime()} when the recorder got it
     */
    public record Received(String topic, String payload, int qos, boolean retained, long receivedNanos) {
        @Override
        public String toString() {
            return topic + " (qos " + qos + (retained ? ", retained" : "") + "): " + payload;
        }
    }

    private final MqttClient client;
    private final List<Received> messages = new CopyOnWriteArrayList<>();

    private MqttRecorder(MqttClient client) {
        this.client = client;
    }

    public static MqttRecorder subscribeAll(String brokerUri, String clientId) throws MqttException {
        MqttClient client = new MqttClient(brokerUri, clientId, new MemoryPersistence());
        MqttRecorder recorder = new MqttRecorder(client);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setConnectionTimeout(5);
        client.connect(options);
        client.subscribe("#", 1,
                (topic, message) -> recorder.messages
                        .add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8),
                                message.getQos(), message.isRetained(), System.nanoTime())));
        return recorder;
    }

    /**
     * Waits until a message on {@code topic} that satisfies {@code condition} has arrived and returns the first
     * such message; fails after {@code timeout} with everything that did arrive.
     */
    public Received await(String topic, Predicate<Received> condition, Duration timeout, String what)
            throws InterruptedException {
        Waits.until(() -> first(topic, condition) != null, timeout, "an MQTT message on topic '" + topic + "' " + what,
                () -> "the broker delivered instead: " + describe(messages));
        Received found = first(topic, condition);
        assertNotNull(found);
        return found;
    }

    private Received first(String topic, Predicate<Received> condition) {
        for (Received message : messages) {
            if (message.topic().equals(topic) && condition.test(message)) {
                return message;
            }
        }
        return null;
    }

    /** Every message received so far. */
    public List<Received> messages() {
        return List.copyOf(messages);
    }

    /** Every message received so far on the topic, oldest first. */
    public List<Received> messages(String topic) {
        return messages.stream().filter(message -> message.topic().equals(topic)).toList();
    }

    public static String describe(List<Received> messages) {
        if (messages.isEmpty()) {
            return "nothing at all";
        }
        return messages.stream().map(Received::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Override
    public void close() throws MqttException {
        try {
            if (client.isConnected()) {
                client.disconnect(2_000);
            }
        } finally {
            client.close();
        }
    }
}
