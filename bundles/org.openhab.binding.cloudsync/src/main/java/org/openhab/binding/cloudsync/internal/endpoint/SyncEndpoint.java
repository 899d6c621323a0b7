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
package org.openhab.binding.cloudsync.internal.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.cloudsync.internal.intake.ItemInfo;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionListener;
import org.openhab.binding.cloudsync.internal.mqtt.DeliveryCallback;
import org.openhab.binding.cloudsync.internal.mqtt.MqttConnection;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.JsonMessage;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SyncEndpoint} is one configured cloud endpoint at work: it queues the changes the hub hands it in
 * its outbox and, every interval (or at once), sends what waits to the broker, keeping at most an in-flight
 * window of unacknowledged messages. An entry leaves the outbox only when the broker acknowledged it; when
 * the connection breaks, everything in flight goes back in line.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SyncEndpoint implements ChangeSink, ConnectionListener {

    private final Logger logger = LoggerFactory.getLogger(SyncEndpoint.class);

    private final String name;
    private final EndpointSettings settings;
    private final Outbox outbox;
    private final ScheduledExecutorService scheduler;
    private final EndpointStatusListener status;
    private final Function<String, @Nullable ItemInfo> itemLookup;
    private final MqttConnection connection;

    private final Map<Long, OutboxEntry> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    /** In interval mode: a send round is open from a tick until the outbox is empty. */
    private final AtomicBoolean roundOpen = new AtomicBoolean();
    private final Object drainLock = new Object();
    private volatile boolean running;
    private @Nullable ScheduledFuture<?> tick;

    public SyncEndpoint(String name, EndpointSettings settings, Outbox outbox, ScheduledExecutorService scheduler,
            EndpointStatusListener status, Function<String, @Nullable ItemInfo> itemLookup) {
        this.name = name;
        this.settings = settings;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.status = status;
        this.itemLookup = itemLookup;
        this.connection = new MqttConnection(settings.connection(), scheduler, this);
    }

    /** Starts connecting and, in interval mode, the send ticks; returns at once. */
    public synchronized void start() throws MqttException {
        running = true;
        connection.start();
        int interval = settings.intervalSeconds();
        if (interval > 0) {
            tick = scheduler.scheduleWithFixedDelay(this::openRound, interval, interval, TimeUnit.SECONDS);
        }
    }

    /** Stops sending and disconnects; what is in flight goes back to the outbox. */
    public void stop() {
        synchronized (this) {
            running = false;
            ScheduledFuture<?> currentTick = tick;
            if (currentTick != null) {
                currentTick.cancel(false);
                tick = null;
            }
        }
        connection.stop();
        releaseInFlight();
    }

    public Outbox outbox() {
        return outbox;
    }

    public int inFlight() {
        return inFlight.size();
    }

    // --- event thread: memory only

    @Override
    public boolean accepts(StateChange change) {
        return true;
    }

    @Override
    public void offer(StateChange change) {
        outbox.add(change);
        if (settings.intervalSeconds() == 0) {
            requestDrain();
        }
    }

    // --- connection events

    @Override
    public void connected() {
        status.online();
        // what waited during the outage goes now, not at the next tick
        roundOpen.set(true);
        requestDrain();
    }

    @Override
    public void connectFailed(ConnectFailure failure) {
        if (failure.notAuthorized()) {
            status.configurationProblem("offline.conf-error-not-authorized");
        } else {
            status.communicationProblem("offline.comm-error-connect", failure.reason());
        }
    }

    @Override
    public void connectionLost(String reason) {
        releaseInFlight();
        status.communicationProblem("offline.comm-error-connection-lost", reason);
    }

    // --- sending

    private void openRound() {
        roundOpen.set(true);
        requestDrain();
    }

    private void requestDrain() {
        if (running && drainQueued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                drainQueued.set(false);
                drain();
            });
        }
    }

    /** Sends waiting entries while the connection is up and the in-flight window has room. */
    void drain() {
        synchronized (drainLock) {
            while (running && connection.isConnected()) {
                int room = settings.connection().inFlightWindow() - inFlight.size();
                if (room <= 0) {
                    return;
                }
                List<OutboxEntry> batch = outbox.take(room);
                if (batch.isEmpty()) {
                    roundOpen.set(false);
                    return;
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (!send(batch.get(i))) {
                        // the client refused: give back the rest, in order, and wait for the next trigger
                        for (int j = i + 1; j < batch.size(); j++) {
                            outbox.release(batch.get(j));
                        }
                        return;
                    }
                }
            }
        }
    }

    private boolean send(OutboxEntry entry) {
        StateChange change = entry.change();
        String topic = settings.topic().render(change, itemLookup.apply(change.itemName()));
        byte[] payload = JsonMessage.of(entry).getBytes(StandardCharsets.UTF_8);
        inFlight.put(entry.seq(), entry);
        try {
            connection.publish(topic, payload, settings.qos(), settings.retain(), new Delivery(entry));
            return true;
        } catch (MqttException e) {
            if (inFlight.remove(entry.seq()) != null) {
                outbox.release(entry);
            }
            logger.debug("Endpoint {}: publishing to {} refused: {}", name, topic, e.getMessage());
            return false;
        }
    }

    private void releaseInFlight() {
        for (Long seq : List.copyOf(inFlight.keySet())) {
            OutboxEntry entry = inFlight.remove(seq);
            if (entry != null) {
                outbox.release(entry);
            }
        }
    }

    /** Hears the broker's answer for one entry. */
    private final class Delivery implements DeliveryCallback {
        private final OutboxEntry entry;

        Delivery(OutboxEntry entry) {
            this.entry = entry;
        }

        @Override
        public void delivered() {
            if (inFlight.remove(entry.seq()) != null) {
                outbox.acknowledge(entry);
            }
            if (settings.intervalSeconds() == 0 || roundOpen.get()) {
                requestDrain();
            }
        }

        @Override
        public void failed(String reason) {
            if (inFlight.remove(entry.seq()) != null) {
                outbox.release(entry);
            }
            logger.debug("Endpoint {}: delivery of seq {} failed: {}", name, entry.seq(), reason);
        }
    }

    @Override
    public String toString() {
        return "SyncEndpoint[" + name + "]";
    }
}
