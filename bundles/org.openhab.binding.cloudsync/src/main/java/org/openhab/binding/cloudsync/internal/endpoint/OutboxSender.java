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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.MqttTransport;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.payload.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutboxSender} sends what waits in an endpoint's outbox: in send rounds (every tick, or at once),
 * while the connection is up, keeping at most an in-flight window of unacknowledged messages. An entry leaves
 * the outbox only when the broker acknowledged the message carrying it; when the connection breaks,
 * everything in flight goes back in line. A send refused while the link is up holds sending for the retry
 * interval, and a change failing {@code maxRetries} times is set aside as a dead letter, never retried in a
 * storm. Rounds run on the scheduler, one at a time.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OutboxSender {

    private final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

    private final String name;
    private final EndpointSettings settings;
    private final Outbox outbox;
    private final ScheduledExecutorService scheduler;
    private final MqttTransport transport;
    private final MessageBuilder messages;
    private final Consumer<String> errors;
    private final RetryTracker retries;

    private final Map<Long, OutgoingMessage> inFlight = new ConcurrentHashMap<>();
    /** A send round is running or queued on the scheduler: at most one per endpoint. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Something asked for a round since the running one last looked. */
    private final AtomicBoolean drainWanted = new AtomicBoolean();
    /** In interval mode: a send round is open from a tick until the outbox is empty. */
    private final AtomicBoolean roundOpen = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile boolean retryHold;
    private volatile @Nullable ScheduledFuture<?> retry;
    private volatile long lastSuccess;
    private volatile boolean paused;
    private volatile boolean running;

    /**
     * @param errors told a readable reason whenever a delivery fails
     */
    OutboxSender(String name, EndpointSettings settings, Outbox outbox, ScheduledExecutorService scheduler,
            MqttTransport transport, MessageBuilder messages, Consumer<String> errors) {
        this.name = name;
        this.settings = settings;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.transport = transport;
        this.messages = messages;
        this.errors = errors;
        this.retries = new RetryTracker(settings.outbox().maxRetries());
    }

    void start() {
        running = true;
    }

    /**
     * Stops starting sends. What is in flight stays in flight, so that acknowledgements arriving while the
     * connection closes still count; {@link #connectionLost()} gives the rest back afterwards.
     */
    void stop() {
        running = false;
        ScheduledFuture<?> currentRetry = retry;
        if (currentRetry != null) {
            currentRetry.cancel(false);
        }
    }

    /** The connection is up: what waited during the outage goes now, not at the next tick nor after a retry. */
    void connected() {
        retryHold = false;
        if (outbox.waiting() > 0 || settings.delivery().sendsAtOnce()) {
            openRound();
        }
    }

    /** The connection broke: whatever is in flight is sent again after the reconnect. */
    void connectionLost() {
        releaseInFlight();
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        openRound();
    }

    /** Sends what waits now (a tick, a flush, a republish). */
    void openRound() {
        roundOpen.set(true);
        requestDrain();
    }

    /**
     * Asks for a send round. At most one round per endpoint runs or waits on the scheduler: a request while one
     * runs makes it look again instead of queueing a second task, so a busy endpoint never ties up more than
     * one thread of openHAB's shared pool. Cheap enough for the event thread.
     */
    void requestDrain() {
        // a request already pending covers this one: the round looks at the outbox after taking it
        if (!drainWanted.get()) {
            drainWanted.set(true);
        }
        if (running && !draining.get() && draining.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::drainWhileWanted);
            } catch (RejectedExecutionException e) {
                draining.set(false);
            }
        }
    }

    private void drainWhileWanted() {
        try {
            while (drainWanted.getAndSet(false)) {
                drain();
            }
        } finally {
            draining.set(false);
        }
        // a request that came after the last look but before the flag was cleared starts a new round
        if (drainWanted.get()) {
            requestDrain();
        }
    }

    /** Sends waiting entries while the connection is up and the in-flight window has room. */
    private void drain() {
        if (retryHold) {
            // a send failed while the link is up: the retry timer opens the next round
            return;
        }
        while (running && !paused && transport.isConnected()) {
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

    private void setAside(List<OutboxEntry> tooLarge) {
        for (OutboxEntry entry : tooLarge) {
            // it can never be sent: keeping it would block the outbox forever
            outbox.acknowledge(entry);
            oversized.incrementAndGet();
            logger.warn(
                    "Endpoint {}: the change of {} (seq {}) is larger than the message size limit of {} bytes"
                            + " and is not sent",
                    name, entry.change().itemName(), entry.seq(), settings.payload().maxMessageBytes());
        }
    }

    private boolean send(OutgoingMessage message) {
        inFlight.put(message.id(), message);
        try {
            transport.publish(message.topic(), message.payload(), settings.delivery().qos(),
                    settings.delivery().retain()).whenComplete((done, error) -> {
                        if (error == null) {
                            delivered(message);
                        } else {
                            failed(message, reasonOf(error));
                        }
                    });
            return true;
        } catch (TransportException e) {
            // the caller gives the message's entries back
            inFlight.remove(message.id());
            logger.debug("Endpoint {}: publishing to {} refused: {}", name, message.topic(), e.getMessage());
            return false;
        }
    }

    private static String reasonOf(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return String.valueOf(cause.getMessage());
    }

    /** The broker has the message: its changes leave the outbox. Runs on the transport's callback thread. */
    private void delivered(OutgoingMessage message) {
        if (inFlight.remove(message.id()) != null) {
            message.entries().forEach(outbox::acknowledge);
            retries.delivered(message.entries());
            sent.addAndGet(message.entries().size());
            lastSuccess = System.currentTimeMillis();
        }
        if (settings.delivery().sendsAtOnce() || roundOpen.get()) {
            requestDrain();
        }
    }

    private void failed(OutgoingMessage message, String reason) {
        if (inFlight.remove(message.id()) != null) {
            failed.incrementAndGet();
            errors.accept("delivery failed: " + reason);
            if (transport.isConnected()) {
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

    private void releaseInFlight() {
        for (Long id : List.copyOf(inFlight.keySet())) {
            OutgoingMessage message = inFlight.remove(id);
            if (message != null) {
                message.entries().forEach(outbox::release);
            }
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

    /** The counters of this sender and its outbox, with the link state and last error the endpoint knows. */
    EndpointStatistics statistics(boolean connected, @Nullable String lastError) {
        return new EndpointStatistics(connected, paused, outbox.waiting(), inFlight.size(), sent.get(), failed.get(),
                outbox.dropped() + oversized.get() + retries.deadLettered(), lastSuccess, lastError);
    }
}
