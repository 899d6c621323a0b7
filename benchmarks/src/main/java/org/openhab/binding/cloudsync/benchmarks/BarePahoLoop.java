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
package org.openhab.binding.cloudsync.benchmarks;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The {@link BarePahoLoop} is the baseline: a bare Paho v3 client publishing prepared payloads as fast as the broker
 * acknowledges them, with the same QoS and the same in-flight window as the add-on (a semaphore of that many
 * permits, taken per publish and given back on the broker's acknowledgement). No outbox, no JSON, no selection:
 * what any client on this machine can do against this broker.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class BarePahoLoop implements AutoCloseable {

    private final MqttAsyncClient client;
    private final int window;

    private BarePahoLoop(MqttAsyncClient client, int window) {
        this.client = client;
        this.window = window;
    }

    static BarePahoLoop connect(String brokerUri, String clientId, int window) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setMaxInflight(window + 1);
        client.connect(options).waitForCompletion(10_000);
        return new BarePahoLoop(client, window);
    }

    /**
     * Publishes {@code count} messages, topic after topic from the list, and waits for the last acknowledgement.
     *
     * @return messages acknowledged per second, from the first publish to the last acknowledgement
     */
    double throughput(List<String> topics, byte[] payload, int qos, int count)
            throws MqttException, InterruptedException {
        Semaphore inFlight = new Semaphore(window);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        IMqttActionListener onAck = new IMqttActionListener() {
            @Override
            public void onSuccess(@Nullable IMqttToken token) {
                if (acknowledged.incrementAndGet() == count) {
                    lastAck.set(System.nanoTime());
                }
                inFlight.release();
            }

            @Override
            public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
                failed.incrementAndGet();
                inFlight.release();
            }
        };
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            client.publish(topics.get(i % topics.size()), payload, qos, false, null, onAck);
        }
        if (!inFlight.tryAcquire(window, 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the baseline's last publishes were not acknowledged within 120 s");
        }
        inFlight.release(window);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of the baseline's publishes failed");
        }
        return count / ((lastAck.get() - start) / 1e9);
    }

    /**
     * Publishes one message now without waiting for its acknowledgement (the latency baseline).
     *
     * @throws MqttException when Paho does not take it
     */
    void publish(String topic, byte[] payload, int qos) throws MqttException {
        client.publish(topic, payload, qos, false);
    }

    @Override
    public void close() throws MqttException {
        client.disconnect().waitForCompletion(5_000);
        client.close();
    }
}
