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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The {@link MessageCollector} is a plain Paho subscriber that records every message arriving on a topic
 * filter, so that tests can assert what really reached the broker.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MessageCollector implements AutoCloseable {

    /** One received message. */
    public record Received(String topic, String payload, int qos, boolean retained) {
    }

    private final MqttClient client;
    private final List<Received> messages = new ArrayList<>();

    /**
     * Connects and subscribes before returning, so that nothing published afterwards is missed. Moquette 0.17 now
     * and then closes a new connection right after accepting it; the collector then connects once more, with a
     * new client (the old one may still be busy disconnecting).
     */
    public MessageCollector(String serverUri, String topicFilter) throws MqttException {
        client = subscribed(serverUri, topicFilter);
    }

    private MqttClient subscribed(String serverUri, String topicFilter) throws MqttException {
        for (int attempt = 1;; attempt++) {
            MqttClient attempted = new MqttClient(serverUri, "collector-" + UUID.randomUUID(), new MemoryPersistence());
            try {
                MqttConnectOptions options = new MqttConnectOptions();
                options.setCleanSession(true);
                attempted.connect(options);
                subscribe(attempted, topicFilter);
                return attempted;
            } catch (MqttException e) {
                TestClients.closeQuietly(attempted);
                if (e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void subscribe(MqttClient subscriber, String topicFilter) throws MqttException {
        subscriber.subscribe(topicFilter, 2, (topic, message) -> {
            synchronized (messages) {
                messages.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8),
                        message.getQos(), message.isRetained()));
                messages.notifyAll();
            }
        });
    }

    /** Waits until {@code count} messages matching the filter arrived, or the timeout passed; returns them. */
    public List<Received> await(int count, Duration timeout, Predicate<Received> filter) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (messages) {
            while (true) {
                List<Received> matching = messages.stream().filter(filter).toList();
                long left = deadline - System.nanoTime();
                if (matching.size() >= count || left <= 0) {
                    return matching;
                }
                messages.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    public List<Received> await(int count, Duration timeout) throws InterruptedException {
        return await(count, timeout, m -> true);
    }

    public List<Received> all() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    public @Nullable Received last() {
        synchronized (messages) {
            return messages.isEmpty() ? null : messages.get(messages.size() - 1);
        }
    }

    @Override
    public void close() throws MqttException {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
        } catch (MqttException e) {
            // the broker may have closed the connection first (a stopped broker, or Moquette's own cleanup);
            // what arrived before is what the test judged
            try {
                client.disconnectForcibly(0, 100, false);
            } catch (MqttException alreadyGone) {
                // nothing left to disconnect
            }
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            throw new MqttException(e.getReasonCode(), new IllegalStateException("closing the collector", e));
        }
    }
}
