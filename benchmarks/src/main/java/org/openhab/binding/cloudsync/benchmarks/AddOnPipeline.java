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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointServices;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatistics;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatusListener;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.intake.CurrentStates;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.intake.ItemStateListener;
import org.openhab.binding.cloudsync.internal.mqtt.PahoTransport;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;
import org.openhab.core.events.Event;
import org.openhab.core.items.ItemRegistry;

/**
 * The {@link AddOnPipeline} is the add-on's data path as the handler wires it, without OSGi: the item catalog over
 * an item registry, the {@link SyncHub}, the {@link ItemStateListener} that openHAB's event manager calls, and one
 * {@link SyncEndpoint} with a durable outbox on disk (the default) and its own Paho connection. Events go in through
 * {@link #receive(Event)}; {@link #sent()} counts the changes the broker acknowledged.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class AddOnPipeline implements AutoCloseable {

    /** openHAB's shared {@code thingHandler} pool has five threads. */
    private static final int SCHEDULER_THREADS = 5;

    private final ScheduledExecutorService scheduler;
    private final ItemCatalog catalog;
    private final SegmentedOutbox outbox;
    private final SyncEndpoint endpoint;
    private final ItemStateListener listener;

    private AddOnPipeline(ScheduledExecutorService scheduler, ItemCatalog catalog, SegmentedOutbox outbox,
            SyncEndpoint endpoint, ItemStateListener listener) {
        this.scheduler = scheduler;
        this.catalog = catalog;
        this.outbox = outbox;
        this.endpoint = endpoint;
        this.listener = listener;
    }

    /**
     * Starts the pipeline and its connection (returns at once; see {@link #awaitConnected}).
     *
     * @param brokerPort the broker on 127.0.0.1
     * @param outboxFolder where the durable outbox keeps its store
     * @param configure the Thing configuration beyond the defaults (for example {@code interval},
     *            {@code payloadFormat})
     */
    static AddOnPipeline start(int brokerPort, Path outboxFolder, ItemRegistry registry,
            Consumer<EndpointConfiguration> configure) throws IOException, TransportException {
        EndpointSettings settings = TestSettings.endpoint(brokerPort, configure);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(SCHEDULER_THREADS);
        ItemCatalog catalog = new ItemCatalog(registry);
        SegmentedOutbox outbox = SegmentedOutbox.open(outboxFolder, settings.outbox(), settings.delivery().coalesce(),
                scheduler);
        SyncEndpoint endpoint = new SyncEndpoint("benchmark", settings, outbox,
                new EndpointServices(scheduler, catalog, new CurrentStates(catalog), PahoTransport::new),
                new QuietStatus());
        SyncHub hub = new SyncHub(catalog);
        hub.register(endpoint);
        endpoint.start();
        return new AddOnPipeline(scheduler, catalog, outbox, endpoint, new ItemStateListener(hub));
    }

    /** What openHAB's event manager does for each event: one call, on the event thread. */
    void receive(Event event) {
        listener.receive(event);
    }

    /** Changes the broker acknowledged so far. */
    long sent() {
        return endpoint.statistics().sent();
    }

    /** Changes given up (outbox bounds, the writer behind) or failed deliveries: must stay 0 in a valid run. */
    long lostOrFailed() {
        EndpointStatistics statistics = endpoint.statistics();
        return statistics.dropped() + statistics.failed();
    }

    /** Changes waiting in the outbox. */
    long waiting() {
        return outbox.waiting();
    }

    SegmentedOutbox outbox() {
        return outbox;
    }

    void awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!endpoint.statistics().connected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the endpoint did not connect within " + timeout + ": " + endpoint.statistics());
            }
            Thread.sleep(10);
        }
    }

    /**
     * Waits until the broker acknowledged {@code count} changes in all.
     *
     * @return {@link System#nanoTime()} when it saw the count reached (polled every 0.1 ms)
     */
    long awaitSent(long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (endpoint.statistics().sent() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + endpoint.statistics().sent() + " of " + count + " changes acknowledged" + " within "
                                + timeout + ": " + endpoint.statistics() + ", outbox " + outbox.stats());
            }
            LockSupport.parkNanos(100_000);
        }
        return System.nanoTime();
    }

    String statistics() {
        return endpoint.statistics() + ", outbox " + outbox.stats();
    }

    @Override
    public void close() {
        endpoint.stop();
        outbox.close();
        catalog.deactivate();
        scheduler.shutdownNow();
    }

    /** The Thing status does not matter here. */
    private static final class QuietStatus implements EndpointStatusListener {
        @Override
        public void online(@Nullable String server) {
        }

        @Override
        public void configurationProblem(String textKey, String... arguments) {
        }

        @Override
        public void communicationProblem(String textKey, String... arguments) {
        }
    }
}
