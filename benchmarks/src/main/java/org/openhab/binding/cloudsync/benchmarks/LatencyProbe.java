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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The {@link LatencyProbe} is the receiving end of a latency run: a Paho client subscribed (QoS 0, so the broker
 * forwards at once) to the run's topics, which notes {@link System#nanoTime()} when message number {@code i}
 * arrives. The number is read from the payload: the first number after {@code "state":"} in the add-on's JSON, or
 * the leading digits of a baseline payload.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class LatencyProbe implements AutoCloseable {

    private static final byte[] STATE_FIELD = "\"state\":\"".getBytes(StandardCharsets.UTF_8);

    private final MqttClient client;
    private final long[] arrivals;
    private final AtomicInteger received = new AtomicInteger();

    private LatencyProbe(MqttClient client, int count) {
        this.client = client;
        this.arrivals = new long[count];
    }

    static LatencyProbe subscribe(String brokerUri, String topicFilter, int count) throws MqttException {
        MqttClient client = new MqttClient(brokerUri, "cloudsync-latency-probe", new MemoryPersistence());
        LatencyProbe probe = new LatencyProbe(client, count);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        client.subscribe(topicFilter, 0, (topic, message) -> probe.arrived(message.getPayload(), System.nanoTime()));
        return probe;
    }

    private void arrived(byte[] payload, long nanos) {
        int index = (int) number(payload);
        if (index >= 0 && index < arrivals.length && arrivals[index] == 0) {
            arrivals[index] = nanos;
            received.incrementAndGet();
        }
    }

    /** The number in the payload, or -1. */
    static long number(byte[] payload) {
        int at = indexOf(payload, STATE_FIELD);
        int from = at < 0 ? 0 : at + STATE_FIELD.length;
        long value = 0;
        int digits = 0;
        for (int i = from; i < payload.length && payload[i] >= '0' && payload[i] <= '9'; i++, digits++) {
            value = value * 10 + payload[i] - '0';
        }
        return digits == 0 ? -1 : value;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer: for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Waits until every message arrived or the timeout passed; returns how many arrived. */
    int await(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (received.get() < arrivals.length && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        return received.get();
    }

    /**
     * The latencies of messages {@code from} to the end, sorted, in microseconds.
     *
     * @param sent {@link System#nanoTime()} when each message was handed over (event posted, or publish called)
     */
    long[] sortedMicros(long[] sent, int from) {
        long[] micros = new long[arrivals.length - from];
        for (int i = from; i < arrivals.length; i++) {
            micros[i - from] = arrivals[i] == 0 ? Long.MAX_VALUE : (arrivals[i] - sent[i]) / 1000;
        }
        Arrays.sort(micros);
        return micros;
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect(2_000);
        }
        client.close();
    }
}
