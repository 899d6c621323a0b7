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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.cloudsync.internal.intake.IncomingChange;
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
import org.openhab.binding.cloudsync.internal.payload.PayloadSettings;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;
import org.openhab.binding.cloudsync.internal.selection.ItemSelector;
import org.openhab.binding.cloudsync.internal.selection.SelectionSettings;
import org.openhab.binding.cloudsync.internal.selection.ValueFilter;

/**
 * The {@link SyncEndpoint} is one configured cloud endpoint at work: it takes the changes its selection and
 * filters let through into its outbox, keeps its broker connection, and has its {@link OutboxSender} send what
 * waits every interval (or at once). It also carries out what the console and the status channels ask.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SyncEndpoint implements ChangeSink, ConnectionListener {

    private final String name;
    private final EndpointSettings settings;
    private final Outbox outbox;
    private final ScheduledExecutorService scheduler;
    private final EndpointStatusListener status;
    private final ItemSelector selector;
    private final ValueFilter filter;
    private final MqttConnection connection;
    private final OutboxSender sender;
    // read for every event: kept at hand rather than looked up through the settings
    private final Trigger trigger;
    private final boolean sendsAtOnce;

    private volatile @Nullable String lastError;
    private @Nullable ScheduledFuture<?> tick;

    public SyncEndpoint(String name, EndpointSettings settings, Outbox outbox, ScheduledExecutorService scheduler,
            EndpointStatusListener status, Function<String, @Nullable ItemInfo> itemLookup) {
        this.name = name;
        this.settings = settings;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.status = status;
        this.sendsAtOnce = settings.delivery().intervalSeconds() == 0;
        SelectionSettings selection = settings.selection();
        this.trigger = selection.trigger();
        this.selector = new ItemSelector(selection.include(), selection.exclude(), itemLookup);
        this.filter = new ValueFilter(selection.ignoreUndefined(), selection.deadband(),
                selection.minIntervalMillis());
        PayloadSettings payload = settings.payload();
        MessageBuilder messages = new MessageBuilder(payload.format(), payload.topic(), payload.batchTopic(),
                payload.staticFields(), payload.maxBatchItems(), payload.maxMessageBytes(), itemLookup);
        this.connection = new MqttConnection(settings.connection(), scheduler, this);
        this.sender = new OutboxSender(name, settings, outbox, scheduler, connection, messages,
                error -> lastError = error);
    }

    /** Starts connecting and, in interval mode, the send ticks; returns at once. */
    public synchronized void start() throws MqttException {
        sender.start();
        connection.start();
        int interval = settings.delivery().intervalSeconds();
        if (interval > 0) {
            tick = scheduler.scheduleWithFixedDelay(sender::openRound, interval, interval, TimeUnit.SECONDS);
        }
    }

    /** Stops sending and disconnects; what is in flight goes back to the outbox. */
    public void stop() {
        synchronized (this) {
            ScheduledFuture<?> currentTick = tick;
            if (currentTick != null) {
                currentTick.cancel(false);
                tick = null;
            }
        }
        sender.stop();
        connection.stop();
        // acknowledgements that arrived while disconnecting counted; what is still in flight goes back in line
        sender.connectionLost();
    }

    public Outbox outbox() {
        return outbox;
    }

    public EndpointSettings settings() {
        return settings;
    }

    public int inFlight() {
        return sender.inFlight();
    }

    /** Changes the broker acknowledged. */
    public long sent() {
        return sender.sent();
    }

    /** Changes set aside because their message would exceed the size limit. */
    public long oversized() {
        return sender.oversized();
    }

    /** Messages whose delivery failed (connection lost or refused); their changes were kept. */
    public long failed() {
        return sender.failed();
    }

    /** Changes set aside after failing {@code maxRetries} times while the connection stayed up. */
    public long deadLettered() {
        return sender.deadLettered();
    }

    // --- event thread: memory only

    @Override
    public Trigger trigger() {
        return trigger;
    }

    @Override
    public boolean selects(String itemName) {
        return selector.selects(itemName);
    }

    @Override
    public boolean accepts(IncomingChange change) {
        return filter.accepts(change);
    }

    @Override
    public void offer(IncomingChange change) {
        outbox.add(change);
        if (sendsAtOnce) {
            sender.requestDrain();
        }
    }

    // --- connection events

    @Override
    public void connected() {
        status.online();
        sender.connected();
    }

    @Override
    public void connectFailed(ConnectFailure failure) {
        String[] arguments = failure.arguments().toArray(String[]::new);
        lastError = failure.textKey() + " " + failure.arguments();
        if (failure.configurationProblem()) {
            status.configurationProblem(failure.textKey(), arguments);
        } else {
            status.communicationProblem(failure.textKey(), arguments);
        }
    }

    @Override
    public void connectionLost(String reason) {
        sender.connectionLost();
        lastError = "connection lost: " + reason;
        status.communicationProblem("offline.comm-error-connection-lost", reason);
    }

    // --- operation (console and channels)

    /** Sends what waits now, without waiting for the next tick. */
    public void flush() {
        sender.openRound();
    }

    /** Stops sending; changes keep queueing. */
    public void pause() {
        sender.pause();
    }

    /** Sends again, starting with what queued meanwhile. */
    public void resume() {
        sender.resume();
    }

    /**
     * Queues changes the user asked to send again (for example the current states after a cloud-side reset),
     * past the value filters, and sends them at once.
     */
    public void republish(List<StateChange> changes) {
        changes.forEach(outbox::add);
        sender.openRound();
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
        return new EndpointStatistics(connection.isConnected(), sender.isPaused(), outbox.waiting(),
                sender.inFlight(), sender.sent(), sender.failed(),
                outbox.dropped() + sender.oversized() + sender.deadLettered(), sender.lastSuccess(), lastError);
    }

    @Override
    public String toString() {
        return "SyncEndpoint[" + name + "]";
    }
}
