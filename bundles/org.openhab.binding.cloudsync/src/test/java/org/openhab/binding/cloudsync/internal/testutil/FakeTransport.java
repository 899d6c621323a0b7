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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.MqttTransport;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.mqtt.TransportFactory;
import org.openhab.binding.cloudsync.internal.mqtt.TransportListener;

/**
 * The {@link FakeTransport} is an {@link MqttTransport} the test drives by hand: the link comes up and breaks when
 * the test says, every publish waits for the test to acknowledge or fail it, and publishes can be refused. It
 * remembers every publish in order and the most ever in flight, so tests can check what was sent and the window.
 * Single-threaded: drive it from the test thread together with a {@link ManualScheduler}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class FakeTransport implements MqttTransport {

    /** One publish and its completion. */
    public record Publish(String topic, byte[] payload, int qos, boolean retain,
            CompletableFuture<@Nullable Void> completion) {

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final List<Publish> published = new ArrayList<>();
    private @Nullable TransportListener listener;
    private boolean started;
    private boolean connected;
    private int refuse;
    private int maxInFlight;
    private int reconnects;

    /** A factory that hands out this transport and keeps the listener the endpoint gives it. */
    public TransportFactory factory() {
        return (settings, scheduler, transportListener) -> {
            listener = transportListener;
            return this;
        };
    }

    /** Listens to this transport's link events (when not made through {@link #factory()}). */
    public FakeTransport listenedBy(TransportListener transportListener) {
        listener = transportListener;
        return this;
    }

    // --- what the test does

    /** The link comes up. */
    public void connect() {
        connected = true;
        listener().connected();
    }

    /** A connect attempt fails. */
    public void failConnect(ConnectFailure failure) {
        listener().connectFailed(failure);
    }

    /**
     * The link breaks, as Paho reports it: the publishes still waiting fail, then the listener hears the loss.
     */
    public void breakLink(String reason) {
        connected = false;
        for (Publish publish : published) {
            publish.completion().completeExceptionally(new TransportException(reason));
        }
        listener().connectionLost(reason);
    }

    /** Refuses the next publishes (as Paho does when its own window is full). */
    public void refuseNext(int count) {
        refuse = count;
    }

    /** The broker acknowledges every publish still waiting, oldest first. */
    public void acknowledgeAll() {
        for (Publish publish : List.copyOf(published)) {
            publish.completion().complete(null);
        }
    }

    /** The broker acknowledges the publish with that index (0 is the first ever). */
    public void acknowledge(int index) {
        published.get(index).completion().complete(null);
    }

    /** The publish with that index fails while the link stays up. */
    public void fail(int index, String reason) {
        published.get(index).completion().completeExceptionally(new TransportException(reason));
    }

    // --- what the test reads

    public List<Publish> published() {
        return List.copyOf(published);
    }

    /** The payloads of every publish so far, as text, in order. */
    public List<String> payloads() {
        return published.stream().map(Publish::text).toList();
    }

    public int waitingForAnswer() {
        return (int) published.stream().filter(publish -> !publish.completion().isDone()).count();
    }

    /** The most publishes that ever waited for an answer at once. */
    public int maxInFlight() {
        return maxInFlight;
    }

    public boolean started() {
        return started;
    }

    // --- MqttTransport

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        started = false;
        connected = false;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    /** A planned reconnect: the link goes down quietly; the test brings it up again with {@link #connect()}. */
    @Override
    public void reconnect() {
        if (connected) {
            connected = false;
            reconnects++;
        }
    }

    /** How often the endpoint asked for a planned reconnect. */
    public int reconnects() {
        return reconnects;
    }

    @Override
    public String server() {
        return "fake://broker";
    }

    @Override
    public CompletableFuture<@Nullable Void> publish(String topic, byte[] payload, int qos, boolean retain)
            throws TransportException {
        if (!connected) {
            throw new TransportException("not connected");
        }
        if (refuse > 0) {
            refuse--;
            throw new TransportException("too many publishes in progress");
        }
        Publish publish = new Publish(topic, payload, qos, retain, new CompletableFuture<>());
        published.add(publish);
        maxInFlight = Math.max(maxInFlight, waitingForAnswer());
        return publish.completion();
    }

    private TransportListener listener() {
        TransportListener current = listener;
        if (current == null) {
            throw new IllegalStateException("no listener: make the transport through factory() or listenedBy()");
        }
        return current;
    }
}
