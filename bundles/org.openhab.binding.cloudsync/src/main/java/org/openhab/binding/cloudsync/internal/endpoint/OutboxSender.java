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
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

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
 * while the link is up, keeping at most an in-flight window of unacknowledged messages and within the endpoint's
 * rate limits. An entry leaves the outbox only when the broker acknowledged the message carrying it; when the link
 * breaks, everything in flight goes back in line. A send refused while the link is up holds sending for the retry
 * interval; a change that can never be sent (too large, breaking a service rule, failing {@code maxRetries} times,
 * or making the broker drop the link again and again) becomes a dead letter, never retried in a storm. Rounds run
 * on the scheduler, one at a time.
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
    private final DeadLetters deadLetters;
    private final PublishRateLimiter rate;

    private final InFlightMessages inFlight = new InFlightMessages();
    /** A send round is running or queued on the scheduler: at most one per endpoint. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Something asked for a round since the running one last looked. */
    private final AtomicBoolean drainWanted = new AtomicBoolean();
    /** In interval mode: a send round is open from a tick until the outbox is empty. */
    private final AtomicBoolean roundOpen = new AtomicBoolean();
    /** A round is scheduled for when the rate limits allow the next message. */
    private final AtomicBoolean rateWakeUp = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile boolean retryHold;
    private volatile @Nullable ScheduledFuture<?> retry;
    private volatile long lastSuccess;
    private volatile boolean paused;
    /** New sends wait for the link's planned reconnect (a password about to expire). */
    private volatile boolean held;
    private volatile boolean running;

    /**
     * @param errors told a readable reason whenever a delivery fails
     * @param nanoClock the clock of the rate limits, in nanoseconds
     */
    OutboxSender(String name, EndpointSettings settings, Outbox outbox, ScheduledExecutorService scheduler,
            MqttTransport transport, MessageBuilder messages, Consumer<String> errors, LongSupplier nanoClock) {
        this.name = name;
        this.settings = settings;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.transport = transport;
        this.messages = messages;
        this.errors = errors;
        this.retries = new RetryTracker(settings.outbox().maxRetries());
        this.deadLetters = new DeadLetters(name, outbox);
        this.rate = new PublishRateLimiter(settings.delivery().maxPublishRate(), settings.delivery().maxBytesRate(),
                nanoClock);
    }

    void start() {
        running = true;
    }

    /**
     * Stops starting sends. What is in flight stays in flight, so that acknowledgements arriving while the
     * link closes still count; {@link #releaseInFlight()} gives the rest back afterwards.
     */
    void stop() {
        running = false;
        ScheduledFuture<?> currentRetry = retry;
        if (currentRetry != null) {
            currentRetry.cancel(false);
        }
    }

    /** The link is up: what waited during the outage goes now, not at the next tick nor after a retry. */
    void connected() {
        inFlight.linkUp();
        retryHold = false;
        held = false;
        if (outbox.waiting() > 0 || settings.delivery().sendsAtOnce()) {
            openRound();
        }
    }

    /** The link broke: whatever is in flight is sent again after the reconnect. */
    void linkBroke() {
        noteBreak();
        releaseInFlight();
    }

    void pause() {
        paused = true;
    }

    /** Sends nothing new until the link comes up again; what is in flight still lands. */
    void hold() {
        held = true;
    }

    /** Messages sent and not yet acknowledged. */
    int inFlight() {
        return inFlight.size();
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

    /** Sends waiting entries while the link is up, the in-flight window has room and the rate limits allow. */
    private void drain() {
        if (retryHold || held) {
            // a send failed while the link is up: the retry timer opens the next round; or a reconnect is due
            return;
        }
        while (running && !paused && transport.isConnected()) {
            int room = inFlight.room(settings.connection().inFlightWindow());
            if (room <= 0) {
                return;
            }
            List<OutboxEntry> taken = outbox.take(room * messages.maxEntriesPerMessage());
            if (taken.isEmpty()) {
                roundOpen.set(false);
                return;
            }
            MessageBuilder.Built built = messages.build(taken);
            built.rejected().forEach(rejected -> deadLetters.setAside(rejected.entry(), rejected.topic(),
                    rejected.size(), rejected.reason()));
            if (!sendAll(built.messages(), room)) {
                return;
            }
        }
    }

    /** Sends the messages in order; false when it had to stop early (the rest went back in line). */
    private boolean sendAll(List<OutgoingMessage> ready, int room) {
        int sentNow = 0;
        for (int i = 0; i < ready.size(); i++) {
            OutgoingMessage message = ready.get(i);
            if (inFlight.isPoison(message)) {
                message.entries()
                        .forEach(entry -> deadLetters.setAside(entry, message.topic(), message.payload().length,
                                "the broker closed the connection " + PoisonDetector.STRIKES
                                        + " times in a row while it was sent"));
                continue;
            }
            if (sentNow >= room) {
                giveBack(ready, i);
                return false;
            }
            int size = message.payload().length;
            if (!rate.tryAcquire(size)) {
                giveBack(ready, i);
                wakeUpAfter(rate.nanosUntil(size));
                return false;
            }
            if (!send(message)) {
                giveBack(ready, i);
                retryLater();
                return false;
            }
            sentNow++;
        }
        return true;
    }

    /** Gives the messages from {@code from} on back to the outbox, in order, for the next round. */
    private void giveBack(List<OutgoingMessage> ready, int from) {
        for (int j = from; j < ready.size(); j++) {
            ready.get(j).entries().forEach(outbox::release);
        }
    }

    private boolean send(OutgoingMessage message) {
        inFlight.sent(message);
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
            inFlight.remove(message);
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
        if (inFlight.delivered(message)) {
            message.entries().forEach(outbox::acknowledge);
            retries.delivered(message.entries());
            sent.addAndGet(message.entries().size());
            lastSuccess = System.currentTimeMillis();
        }
        if (settings.delivery().sendsAtOnce() || roundOpen.get()) {
            refill();
        }
    }

    /**
     * Refills the in-flight window from the acknowledgement's own thread: a round runs right here unless one
     * runs already (which then looks again), with no hand-over to the scheduler per acknowledgement.
     */
    private void refill() {
        drainWanted.set(true);
        if (running && !draining.get() && draining.compareAndSet(false, true)) {
            drainWhileWanted();
        }
    }

    private void failed(OutgoingMessage message, String reason) {
        boolean linkUp = transport.isConnected();
        if (!linkUp) {
            // before the message leaves the in-flight set: the oldest in flight when the link broke is the suspect
            noteBreak();
        }
        if (inFlight.remove(message) != null) {
            failed.incrementAndGet();
            errors.accept("delivery failed: " + reason);
            if (linkUp) {
                // refused with the link up: try again after the retry interval, never in a storm
                message.entries().forEach(entry -> releaseOrSetAside(entry, message, reason));
                retryLater();
            } else {
                // the link broke: the reconnect sends it again at once
                message.entries().forEach(outbox::release);
            }
        }
        logger.debug("Endpoint {}: delivery of message {} failed: {}", name, message.id(), reason);
    }

    /** Tells of a broken link; not when the endpoint stops (a stop breaks no link a message could be blamed for). */
    private void noteBreak() {
        if (running) {
            inFlight.linkBroke();
        }
    }

    /** Puts everything in flight back in line (the link broke, or the endpoint stops). */
    void releaseInFlight() {
        inFlight.releaseAll(outbox);
    }

    /** Counts a failure of the change with the link up; after the last retry it is set aside as a dead letter. */
    private void releaseOrSetAside(OutboxEntry entry, OutgoingMessage message, String reason) {
        int failures = retries.failedWhileConnected(entry);
        if (failures > 0) {
            deadLetters.setAside(entry, message.topic(), message.payload().length,
                    "it failed " + failures + " times while connected (" + reason + ")");
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

    /** The rate limits hold the next message: a round comes when they allow it; nothing is dropped meanwhile. */
    private void wakeUpAfter(long nanos) {
        if (running && rateWakeUp.compareAndSet(false, true)) {
            try {
                scheduler.schedule(() -> {
                    rateWakeUp.set(false);
                    requestDrain();
                }, Math.max(1, nanos), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                rateWakeUp.set(false);
            }
        }
    }

    /** The counters of this sender and its outbox, with the link state and last error the endpoint knows. */
    EndpointStatistics statistics(boolean connected, @Nullable String lastError) {
        return new EndpointStatistics(connected, paused, outbox.waiting(), inFlight.size(), sent.get(), failed.get(),
                outbox.dropped() + deadLetters.count(), lastSuccess, lastError);
    }
}
