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

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.cloudsync.internal.intake.ItemInfo;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.intake.Trigger;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionListener;
import org.openhab.binding.cloudsync.internal.mqtt.DeliveryCallback;
import org.openhab.binding.cloudsync.internal.mqtt.MqttConnection;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.payload.OutgoingMessage;
import org.openhab.binding.cloudsync.internal.payload.PayloadSettings;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;
import org.openhab.binding.cloudsync.internal.selection.ItemSelector;
import org.openhab.binding.cloudsync.internal.selection.SelectionSettings;
import org.openhab.binding.cloudsync.internal.selection.ValueFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SyncEndpoint} is one configured cloud endpoint at work: it takes the changes its selection and
 * filters let through into its outbox and, every interval (or at once), sends what waits to the broker,
 * keeping at most an in-flight window of unacknowledged messages. An entry leaves the outbox only when the
 * broker acknowledged the message carrying it; when the connection breaks, everything in flight goes back
 * in line.
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
    private final ItemSelector selector;
    private final ValueFilter filter;
    private final MessageBuilder messages;
    private final MqttConnection connection;

    private final Map<Long, OutgoingMessage> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    /** In interval mode: a send round is open from a tick until the outbox is empty. */
    private final AtomicBoolean roundOpen = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    // --- retries: a send that fails while the link is up holds sending until the retry interval passed
    private final RetryTracker retries;
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile boolean retryHold;
    private volatile @Nullable ScheduledFuture<?> retry;
    private volatile long lastSuccess;
    private volatile @Nullable String lastError;
    private volatile boolean paused;
    private final Object drainLock = new Object();
    private volatile boolean running;
    private @Nullable ScheduledFuture<?> tick;

    public SyncEndpoint(String name, EndpointSettings settings, Outbox outbox, ScheduledExecutorService scheduler,
            EndpointStatusListener status, Function<String, @Nullable ItemInfo> itemLookup) {
        this.name = name;
        this.settings = settings;
        this.retries = new RetryTracker(settings.outbox().maxRetries());
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.status = status;
        SelectionSettings selection = settings.selection();
        this.selector = new ItemSelector(selection.include(), selection.exclude(), itemLookup);
        this.filter = new ValueFilter(selection.ignoreUndefined(), selection.deadband(),
                selection.minIntervalMillis());
        PayloadSettings payload = settings.payload();
        this.messages = new MessageBuilder(payload.format(), payload.topic(), payload.batchTopic(),
                payload.staticFields(), payload.maxBatchItems(), payload.maxMessageBytes(), itemLookup);
        this.connection = new MqttConnection(settings.connection(), scheduler, this);
    }

    /** Starts connecting and, in interval mode, the send ticks; returns at once. */
    public synchronized void start() throws MqttException {
        running = true;
        connection.start();
        int interval = settings.delivery().intervalSeconds();
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
            ScheduledFuture<?> currentRetry = retry;
            if (currentRetry != null) {
                currentRetry.cancel(false);
            }
        }
        connection.stop();
        releaseInFlight();
    }

    /** Told when the item registry changed, so that group and tag selections are decided anew. */
    public ItemSelector selector() {
        return selector;
    }

    public Outbox outbox() {
        return outbox;
    }

    public int inFlight() {
        return inFlight.size();
    }

    /** Changes the broker acknowledged. */
    public long sent() {
        return sent.get();
    }

    /** Changes set aside because their message would exceed the size limit. */
    public long oversized() {
        return oversized.get();
    }

    // --- event thread: memory only

    @Override
    public Trigger trigger() {
        return settings.selection().trigger();
    }

    @Override
    public boolean selects(String itemName) {
        return selector.selects(itemName);
    }

    @Override
    public boolean accepts(StateChange change) {
        return filter.accepts(change);
    }

    @Override
    public void offer(StateChange change) {
        outbox.add(change);
        if (settings.delivery().intervalSeconds() == 0) {
            requestDrain();
        }
    }

    // --- connection events

    @Override
    public void connected() {
        status.online();
        // what waited during the outage goes now, not at the next tick nor after a retry interval
        retryHold = false;
        if (outbox.waiting() > 0 || settings.delivery().intervalSeconds() == 0) {
            roundOpen.set(true);
            requestDrain();
        }
    }

    @Override
    public void connectFailed(ConnectFailure failure) {
        String[] arguments = failure.arguments().toArray(String[]::new);
        if (failure.configurationProblem()) {
            lastError = failure.textKey() + " " + failure.arguments();
            status.configurationProblem(failure.textKey(), arguments);
        } else {
            lastError = failure.textKey() + " " + failure.arguments();
            status.communicationProblem(failure.textKey(), arguments);
        }
    }

    @Override
    public void connectionLost(String reason) {
        releaseInFlight();
        lastError = "connection lost: " + reason;
        status.communicationProblem("offline.comm-error-connection-lost", reason);
    }

    // --- sending

    /** Sends what waits now, without waiting for the next tick. */
    public void flush() {
        openRound();
    }

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
    private void drain() {
        if (retryHold) {
            // a send failed while the link is up: the retry timer opens the next round
            return;
        }
        synchronized (drainLock) {
            while (running && !paused && connection.isConnected()) {
                int room = settings.connection().inFlightWindow() - inFlight.size();
                if (room <= 0) {
                    return;
                }
                List<OutboxEntry> taken = outbox.take(room * messages.maxEntriesPerMessage());
                if (taken.isEmpty()) {
                    roundOpen.set(false);
                    return;
                }
                MessageBuilder.Built built = messages.build(taken);
                setAside(built.oversized());
                List<OutgoingMessage> ready = built.messages();
                for (int i = 0; i < ready.size(); i++) {
                    if (i >= room || !send(ready.get(i))) {
                        // no room or the client refused: give the rest back, in order, for the next trigger
                        for (int j = i; j < ready.size(); j++) {
                            ready.get(j).entries().forEach(outbox::release);
                        }
                        if (i < room) {
                            retryLater();
                        }
                        return;
                    }
                }
            }
        }
    }

    private void setAside(List<OutboxEntry> tooLarge) {
        for (OutboxEntry entry : tooLarge) {
            // it can never be sent: keeping it would block the outbox forever
            outbox.acknowledge(entry);
            oversized.incrementAndGet();
            logger.warn("Endpoint {}: the change of {} (seq {}) is larger than the message size limit of {} bytes"
                    + " and is not sent", name, entry.change().itemName(), entry.seq(),
                    settings.payload().maxMessageBytes());
        }
    }

    private boolean send(OutgoingMessage message) {
        inFlight.put(message.id(), message);
        try {
            connection.publish(message.topic(), message.payload(), settings.delivery().qos(),
                    settings.delivery().retain(), new Delivery(message));
            return true;
        } catch (MqttException e) {
            // the caller gives the message's entries back
            inFlight.remove(message.id());
            logger.debug("Endpoint {}: publishing to {} refused: {}", name, message.topic(), e.getMessage());
            return false;
        }
    }

    private void releaseInFlight() {
        for (Long id : List.copyOf(inFlight.keySet())) {
            OutgoingMessage message = inFlight.remove(id);
            if (message != null) {
                message.entries().forEach(outbox::release);
            }
        }
    }

    /** Hears the broker's answer for one message. */
    private final class Delivery implements DeliveryCallback {
        private final OutgoingMessage message;

        Delivery(OutgoingMessage message) {
            this.message = message;
        }

        @Override
        public void delivered() {
            if (inFlight.remove(message.id()) != null) {
                message.entries().forEach(outbox::acknowledge);
                retries.delivered(message.entries());
                sent.addAndGet(message.entries().size());
                lastSuccess = System.currentTimeMillis();
            }
            if (settings.delivery().intervalSeconds() == 0 || roundOpen.get()) {
                requestDrain();
            }
        }

        @Override
        public void failed(String reason) {
            if (inFlight.remove(message.id()) != null) {
                failed.incrementAndGet();
                lastError = "delivery failed: " + reason;
                if (connection.isConnected()) {
                    // refused with the link up: try again after the retry interval, never in a storm
                    message.entries().forEach(entry -> releaseOrSetAside(entry, reason));
                    retryLater();
                } else {
                    // the link broke: the reconnect sends it again at once
                    message.entries().forEach(outbox::release);
                }
            }
            logger.debug("Endpoint {}: delivery of message {} failed: {}", name, message.id(), reason);
        }
    }

    /** Counts a failure of the change with the link up; after the last retry it is set aside as a dead letter. */
    private void releaseOrSetAside(OutboxEntry entry, String reason) {
        int failures = retries.failedWhileConnected(entry);
        if (failures > 0) {
            outbox.acknowledge(entry);
            logger.warn("Endpoint {}: the change of {} (seq {}) failed {} times while connected ({}); it is set aside"
                    + " as a dead letter", name, entry.change().itemName(), entry.seq(), failures, reason);
        } else {
            outbox.release(entry);
        }
    }

    /** Holds sending until the retry interval passed, then opens a round; waiting changes keep their order. */
    private void retryLater() {
        retryHold = true;
        if (running && retryScheduled.compareAndSet(false, true)) {
            try {
                retry = scheduler.schedule(() -> {
                    retryScheduled.set(false);
                    retryHold = false;
                    openRound();
                }, settings.outbox().retryIntervalMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                retryScheduled.set(false);
            }
        }
    }

    /** Changes set aside after failing {@code maxRetries} times while the connection stayed up. */
    public long deadLettered() {
        return retries.deadLettered();
    }

    /** Messages whose delivery failed (connection lost or refused); their changes were kept. */
    public long failed() {
        return failed.get();
    }

    // --- operation (console and channels)

    /** Stops sending; changes keep queueing. */
    public void pause() {
        paused = true;
    }

    /** Sends again, starting with what queued meanwhile. */
    public void resume() {
        paused = false;
        openRound();
    }

    /**
     * Queues changes the user asked to send again (for example the current states after a cloud-side reset),
     * past the value filters, and sends them at once.
     */
    public void republish(List<StateChange> changes) {
        changes.forEach(outbox::add);
        openRound();
    }

    /**
     * Publishes one message outside the outbox, to check the link.
     *
     * @return completes with the milliseconds until the broker acknowledged it, or exceptionally
     */
    public CompletableFuture<Long> publishTest(String topic, byte[] payload) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        long start = System.nanoTime();
        try {
            connection.publish(topic, payload, settings.delivery().qos(), false, new DeliveryCallback() {
                @Override
                public void delivered() {
                    result.complete((System.nanoTime() - start) / 1_000_000);
                }

                @Override
                public void failed(String reason) {
                    result.completeExceptionally(new IllegalStateException(reason));
                }
            });
        } catch (MqttException e) {
            result.completeExceptionally(new IllegalStateException(e.getMessage(), e));
        }
        return result;
    }

    /**
     * Drops every waiting change (not those in flight, which the broker may already have).
     *
     * @return how many were dropped
     */
    public long purge() {
        long purged = 0;
        for (List<OutboxEntry> batch = outbox.take(1000); !batch.isEmpty(); batch = outbox.take(1000)) {
            batch.forEach(outbox::acknowledge);
            purged += batch.size();
        }
        return purged;
    }

    public EndpointStatistics statistics() {
        return new EndpointStatistics(connection.isConnected(), paused, outbox.waiting(), inFlight.size(), sent.get(),
                failed.get(), outbox.dropped() + oversized.get(), lastSuccess, lastError);
    }

    public EndpointSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "SyncEndpoint[" + name + "]";
    }
}
