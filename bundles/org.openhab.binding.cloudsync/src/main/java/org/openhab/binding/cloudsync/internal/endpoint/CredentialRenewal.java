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

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.MqttTransport;

/**
 * The {@link CredentialRenewal} reconnects before the password of the link expires (an Azure IoT Hub SAS token:
 * the hub cuts the connection at its expiry, and MQTT 3.1.1 cannot log in again on a connection). At
 * {@value #RENEW_AT_PERCENT} % of the password's validity it holds new sends, waits until the broker acknowledged
 * what is in flight, and has the transport connect again with a fresh password; the reconnect sends what waited.
 * Nothing is lost and nothing is sent twice, as nothing is in flight when the link is closed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class CredentialRenewal {

    static final int RENEW_AT_PERCENT = 80;
    /** How often the renewal looks whether everything in flight was acknowledged. */
    private static final long QUIET_POLL_MILLIS = 20;

    private final ScheduledExecutorService scheduler;
    private final MqttTransport transport;
    private final OutboxSender sender;
    private final @Nullable Duration validity;
    private final LongSupplier nanoClock;

    private @Nullable ScheduledFuture<?> pending;

    /**
     * @param validity how long a password is accepted; null when it does not expire (then nothing is done)
     * @param nanoClock the scheduler's clock, in nanoseconds
     */
    CredentialRenewal(ScheduledExecutorService scheduler, MqttTransport transport, OutboxSender sender,
            @Nullable Duration validity, LongSupplier nanoClock) {
        this.scheduler = scheduler;
        this.transport = transport;
        this.sender = sender;
        this.validity = validity;
        this.nanoClock = nanoClock;
    }

    /** The link came up with a fresh password: plans its renewal. */
    synchronized void connected() {
        Duration current = validity;
        if (current == null) {
            return;
        }
        cancel();
        long renewAfter = current.toMillis() * RENEW_AT_PERCENT / 100;
        // what is still in flight then may take the rest of the validity to be acknowledged
        long latestReconnect = current.toMillis() * (100 + RENEW_AT_PERCENT) / 200;
        schedule(() -> renew(nanoClock.getAsLong() + TimeUnit.MILLISECONDS.toNanos(latestReconnect - renewAfter)),
                renewAfter);
    }

    synchronized void stop() {
        cancel();
    }

    /** Holds new sends; reconnects once nothing is in flight, or at the deadline anyway. */
    private synchronized void renew(long deadlineNanos) {
        sender.hold();
        if (sender.inFlight() == 0 || nanoClock.getAsLong() >= deadlineNanos) {
            pending = null;
            transport.reconnect();
        } else {
            schedule(() -> renew(deadlineNanos), QUIET_POLL_MILLIS);
        }
    }

    private void schedule(Runnable task, long delayMillis) {
        try {
            pending = scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending = null;
        }
    }

    private void cancel() {
        ScheduledFuture<?> current = pending;
        if (current != null) {
            current.cancel(false);
            pending = null;
        }
    }
}
