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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.MqttTransport;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.mqtt.TransportListener;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;
import org.openhab.binding.cloudsync.internal.selection.ItemSelector;
import org.openhab.binding.cloudsync.internal.selection.SelectionSettings;
import org.openhab.binding.cloudsync.internal.selection.ValueFilter;

/**
 * The {@link SyncEndpoint} is one configured cloud endpoint at work: it takes the changes its selection and
 * filters let through into its outbox, keeps its broker link, and has its {@link OutboxSender} send what waits
 * every interval (or at once). It also carries out what the console and the status channels ask.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SyncEndpoint implements ChangeSink, TransportListener {

    private final String name;
    private final EndpointSettings settings;
    private final Outbox outbox;
    private final EndpointServices services;
    private final EndpointStatusListener status;
    private final ItemSelector selector;
    private final ValueFilter filter;
    private final MqttTransport transport;
    private final OutboxSender sender;
    private final CredentialRenewal renewal;

    private volatile @Nullable String lastError;
    private @Nullable ScheduledFuture<?> tick;

    /**
     * @throws TransportException when the MQTT client refuses the connection settings
     */
    public SyncEndpoint(String name, EndpointSettings settings, Outbox outbox, EndpointServices services,
            EndpointStatusListener status) throws TransportException {
        this.name = name;
        this.settings = settings;
        this.outbox = outbox;
        this.services = services;
        this.status = status;
        SelectionSettings selection = settings.selection();
        this.selector = new ItemSelector(selection.include(), selection.exclude(), services.items()::get);
        this.filter = new ValueFilter(selection.ignoreUndefined(), selection.deadband(), selection.minIntervalMillis());
        this.transport = services.transports().create(settings.connection(), services.scheduler(), this);
        MessageBuilder messages = new MessageBuilder(settings.payload(), settings.rules(), services.items()::get);
        this.sender = new OutboxSender(name, settings, outbox, services.scheduler(), transport, messages,
                error -> lastError = error, services.nanoClock());
        PasswordSource password = settings.connection().password();
        this.renewal = new CredentialRenewal(services.scheduler(), transport, sender,
                password == null ? null : password.validity(), services.nanoClock());
    }

    /** Starts connecting and, in interval mode, the send ticks; returns at once. */
    public synchronized void start() {
        sender.start();
        transport.start();
        int interval = settings.delivery().intervalSeconds();
        if (!settings.delivery().sendsAtOnce()) {
            tick = services.scheduler().scheduleWithFixedDelay(sender::openRound, interval, interval, TimeUnit.SECONDS);
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
        renewal.stop();
        sender.stop();
        transport.stop();
        // acknowledgements that arrived while disconnecting counted; what is still in flight goes back in line
        sender.releaseInFlight();
    }

    public Outbox outbox() {
        return outbox;
    }

    public EndpointSettings settings() {
        return settings;
    }

    /** The broker in use, for the console (never with credentials). */
    public String server() {
        return transport.server();
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
    public boolean accepts(IncomingChange change) {
        return filter.accepts(change);
    }

    @Override
    public void offer(IncomingChange change) {
        outbox.add(change);
        if (settings.delivery().sendsAtOnce()) {
            sender.requestDrain();
        }
    }

    // --- link events

    @Override
    public void connected() {
        status.online(settings.connection().serverUris().size() > 1 ? transport.server() : null);
        sender.connected();
        renewal.connected();
        if (settings.delivery().publishOnConnect()) {
            try {
                // reading the items' states is no work for Paho's callback thread
                services.scheduler().execute(() -> republish(item -> true));
            } catch (RejectedExecutionException e) {
                // shutting down: nothing to publish to
            }
        }
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
        sender.linkBroke();
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
     * Queues the current state of every item this endpoint selects and {@code only} takes (for example after a
     * cloud-side reset), past the value filters, and sends them at once.
     *
     * @return how many item states were queued
     */
    public int republish(Predicate<ItemInfo> only) {
        List<StateChange> changes = services.currentStates()
                .currentStates(item -> selects(item.name()) && only.test(item));
        changes.forEach(outbox::add);
        sender.openRound();
        return changes.size();
    }

    /**
     * Publishes one message outside the outbox, to check the link.
     *
     * @return completes with the milliseconds until the broker acknowledged it, or exceptionally
     */
    public CompletableFuture<Long> publishTest(String topic, byte[] payload) {
        long start = System.nanoTime();
        try {
            return transport.publish(topic, payload, settings.delivery().qos(), false)
                    .thenApply(done -> (System.nanoTime() - start) / 1_000_000);
        } catch (TransportException e) {
            return CompletableFuture.failedFuture(e);
        }
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
        return sender.statistics(transport.isConnected(), lastError);
    }

    @Override
    public String toString() {
        return "SyncEndpoint[" + name + "]";
    }
}
