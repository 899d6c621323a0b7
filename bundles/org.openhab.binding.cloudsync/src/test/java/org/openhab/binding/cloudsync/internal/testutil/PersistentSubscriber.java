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
import java.util.concurrent.atomic.AtomicInteger;

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
 * The {@link PersistentSubscriber} is a QoS 1 subscriber with a persistent session (clean session off, fixed
 * client id): while it is away the broker keeps its messages, and it reconnects on its own every
 * {@value #RECONNECT_MILLIS} ms after a broker restart (Paho's own reconnect waits up to minutes). It records every
 * message in arrival order, duplicates included.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PersistentSubscriber implements AutoCloseable {

    /** One received message. */
    public record Message(String topic, String payload) {
    }

    private static final long RECONNECT_MILLIS = 50;

    private final MqttClient client;
    private final String topicFilter;
    private final List<Message> messages = new ArrayList<>();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final Thread reconnector;
    private volatile boolean closed;

    public PersistentSubscriber(String serverUri, String clientId, String topicFilter) throws MqttException {
        this.client = new MqttClient(serverUri, clientId, new MemoryPersistence());
        this.topicFilter = topicFilter;
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(@Nullable Throwable cause) {
                // the reconnector notices
            }

            @Override
            public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
                if (topic != null && message != null) {
                    record(new Message(topic, new String(message.getPayload(), StandardCharsets.UTF_8)));
                }
            }

            @Override
            public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
                // only subscribes
            }
        });
        connect();
        reconnector = new Thread(this::reconnectWhileOpen, "persistent-subscriber-" + clientId);
        reconnector.setDaemon(true);
        reconnector.start();
    }

    private void connect() throws MqttException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(10);
        options.setConnectionTimeout(2);
        client.connect(options);
        // the broker may have lost the subscription with the session: subscribing again keeps the queue
        client.subscribe(topicFilter, 1);
    }

    private void reconnectWhileOpen() {
        while (!closed) {
            if (!client.isConnected()) {
                try {
                    connect();
                    reconnects.incrementAndGet();
                } catch (MqttException e) {
                    // the broker is not back yet
                }
            }
            try {
                Thread.sleep(RECONNECT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(Message message) {
        messages.add(message);
        notifyAll();
    }

    public synchronized int count() {
        return messages.size();
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public int reconnects() {
        return reconnects.get();
    }

    /**
     * Waits until {@code count} messages arrived, or no message came for {@code quiet}, or the timeout passed.
     *
     * @return the number of messages then
     */
    public synchronized int awaitCount(int count, Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long quietDeadline = System.nanoTime() + quiet.toNanos();
        int seen = messages.size();
        while (messages.size() < count) {
            long now = System.nanoTime();
            if (messages.size() > seen) {
                seen = messages.size();
                quietDeadline = now + quiet.toNanos();
            }
            long left = Math.min(deadline, quietDeadline) - now;
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, Math.min(left / 1_000_000, 200)));
        }
        return messages.size();
    }

    @Override
    public void close() throws MqttException {
        closed = true;
        reconnector.interrupt();
        try {
            reconnector.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (client.isConnected()) {
                client.disconnect(500);
            }
        } catch (MqttException e) {
            client.disconnectForcibly(0, 100, false);
        }
        client.close(true);
    }
}
