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
package org.openhab.binding.cloudsync.internal.handler;

import static org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatistics;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The {@link StatusChannels} turns an endpoint's statistics into the states of the Thing's status channels, every
 * {@value #REFRESH_SECONDS} seconds while the endpoint runs, and passes on only those that changed, so that a quiet
 * endpoint does not flood the event bus.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class StatusChannels {

    private static final int REFRESH_SECONDS = 5;

    private final BiConsumer<String, State> publish;
    private final Map<String, State> published = new HashMap<>();
    private @Nullable Supplier<EndpointStatistics> source;
    private @Nullable ScheduledFuture<?> refresh;

    /** @param publish takes a channel id and its new state */
    StatusChannels(BiConsumer<String, State> publish) {
        this.publish = publish;
    }

    /** Refreshes the channels from the endpoint's statistics from now on, all of them at first. */
    synchronized void start(Supplier<EndpointStatistics> statistics, ScheduledExecutorService scheduler) {
        stop();
        source = statistics;
        published.clear();
        refresh = scheduler.scheduleWithFixedDelay(() -> refresh(false), REFRESH_SECONDS, REFRESH_SECONDS,
                TimeUnit.SECONDS);
    }

    synchronized void stop() {
        ScheduledFuture<?> current = refresh;
        if (current != null) {
            current.cancel(false);
            refresh = null;
        }
        source = null;
    }

    /** Passes the changed channel states on; all of them when {@code force} is set. */
    synchronized void refresh(boolean force) {
        Supplier<EndpointStatistics> current = source;
        if (current == null) {
            return;
        }
        EndpointStatistics statistics = current.get();
        Map<String, State> states = new HashMap<>();
        states.put(CHANNEL_CONNECTED, OnOffType.from(statistics.connected()));
        states.put(CHANNEL_QUEUED, new DecimalType(statistics.queued() + statistics.inFlight()));
        states.put(CHANNEL_SENT, new DecimalType(statistics.sent()));
        states.put(CHANNEL_FAILED, new DecimalType(statistics.failed()));
        states.put(CHANNEL_DROPPED, new DecimalType(statistics.dropped()));
        states.put(CHANNEL_LAST_SUCCESS, statistics.lastSuccess() == 0 ? UnDefType.NULL
                : new DateTimeType(Instant.ofEpochMilli(statistics.lastSuccess()).atZone(ZoneId.systemDefault())));
        String lastError = statistics.lastError();
        states.put(CHANNEL_LAST_ERROR, lastError == null ? UnDefType.NULL : new StringType(lastError));
        states.forEach((channel, state) -> {
            @Nullable
            State before = published.put(channel, state);
            if (force || !state.equals(before)) {
                publish.accept(channel, state);
            }
        });
    }
}
