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

import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointServices;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
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
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The {@link ReceiveCost} is a JMH benchmark of what one state event costs openHAB's event thread in
 * {@code ItemStateListener.receive()} — routing, filters and the hand-over to each endpoint's outbox — with 1, 3 and
 * 10 endpoints over 10,000 items, next to two baselines measured the same way: an empty subscriber (what the clock
 * and JMH's sampling cost) and the add-on with no endpoint ({@link #endpoints} {@code "empty"} and {@code "0"}). It
 * runs in {@link Mode#SampleTime}, so JMH reports the median, p99 and p99.9 of single calls; with JMH's GC profiler
 * it also reports the bytes allocated per call, by all threads of the JVM: the outbox writers' share of a change
 * included, and a few bytes of JMH's own sampling (see the empty subscriber).
 * <p>
 * Events come at a steady rate ({@code -Dbenchmark.rate}, default {@value #DEFAULT_RATE} per second, far above a
 * home's): a wait before each call (an invocation-level set-up, outside the timed call) keeps the outbox writers
 * ahead as they must be in openHAB. A trial in which an outbox had to drop a change fails, since its figures would
 * time a drop path instead. Endpoints are not connected and send nothing; their outboxes keep the changes in the
 * heap, one per item (the default coalescing).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReceiveCost {

    static final int ITEMS = 10_000;
    private static final int DEFAULT_RATE = 10_000;
    /** Writer threads for the endpoints' outboxes, as openHAB's shared thread pool would lend them. */
    private static final int WRITER_THREADS = 2;

    /** Endpoints the event goes to; {@code "empty"} is an empty subscriber instead of the add-on. */
    @Param({ "empty", "0", "1", "3", "10" })
    public String endpoints = "1";

    private final List<SyncEndpoint> running = new ArrayList<>();
    private List<Event> events = List.of();
    private Consumer<Event> subscriber = event -> {
    };
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable ItemCatalog catalog;
    private long spacing;
    private long next;
    private int cursor;

    @Setup(Level.Trial)
    public void start() {
        spacing = 1_000_000_000L / Integer.getInteger("benchmark.rate", DEFAULT_RATE);
        events = events();
        if ("empty".equals(endpoints)) {
            return;
        }
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(WRITER_THREADS);
        ItemCatalog catalog = new ItemCatalog(registry());
        SyncHub hub = new SyncHub(catalog);
        for (int i = 0; i < Integer.parseInt(endpoints); i++) {
            SyncEndpoint endpoint = endpoint(i, catalog, scheduler);
            running.add(endpoint);
            hub.register(endpoint);
        }
        this.scheduler = scheduler;
        this.catalog = catalog;
        subscriber = new ItemStateListener(hub)::receive;
        next = System.nanoTime();
    }

    /** An event thread waiting for the next event; spinning keeps the wait out of the timed call. */
    @Setup(Level.Invocation)
    public void awaitNextEvent() {
        next += spacing;
        long now = System.nanoTime();
        if (now - next > 1_000 * spacing) {
            // far behind (a GC, a JMH iteration boundary): start over rather than catch up in a burst
            next = now;
        }
        while (System.nanoTime() < next) {
            Thread.onSpinWait();
        }
    }

    @Benchmark
    public void receive() {
        subscriber.accept(events.get(cursor));
        cursor = cursor + 1 == events.size() ? 0 : cursor + 1;
    }

    @TearDown(Level.Trial)
    public void stop() {
        long dropped = running.stream().mapToLong(e -> e.outbox().dropped()).sum();
        long waiting = running.stream().mapToLong(e -> e.outbox().waiting()).sum();
        running.forEach(SyncEndpoint::stop);
        running.forEach(e -> e.outbox().close());
        ItemCatalog catalog = this.catalog;
        if (catalog != null) {
            catalog.deactivate();
        }
        ScheduledExecutorService scheduler = this.scheduler;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (!running.isEmpty() && waiting == 0) {
            throw new IllegalStateException("no change reached an outbox: the benchmark measured nothing");
        }
        if (dropped > 0) {
            throw new IllegalStateException(dropped + " changes dropped with " + endpoints
                    + " endpoints: the outbox writers did not keep up; lower -Dbenchmark.rate");
        }
    }

    /** Endpoint 0 takes all items; the others a glob, a group, a type, a tag, in turn. */
    private static SyncEndpoint endpoint(int index, ItemCatalog catalog, ScheduledExecutorService scheduler) {
        Consumer<EndpointConfiguration> configure = switch (index % 5) {
            case 0 -> c -> {
            };
            case 1 -> c -> c.include = List.of("Temperature_1*");
            case 2 -> c -> c.include = List.of("group:gSensors");
            case 3 -> c -> c.include = List.of("type:Switch");
            default -> c -> c.include = List.of("tag:Measurement");
        };
        EndpointSettings settings = TestSettings.endpoint(1883, configure);
        EndpointStatusListener status = mock(EndpointStatusListener.class);
        try {
            return new SyncEndpoint("bench" + index, settings,
                    SegmentedOutbox.inHeap("bench" + index, settings.outbox(), settings.delivery().coalesce(),
                            scheduler),
                    new EndpointServices(scheduler, catalog, new CurrentStates(catalog), PahoTransport::new), status);
        } catch (TransportException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ItemRegistry registry() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Item item = mock(Item.class, withSettings().stubOnly());
            boolean number = i % 2 == 0;
            when(item.getName()).thenReturn(name(i));
            when(item.getType()).thenReturn(number ? "Number:Temperature" : "Switch");
            when(item.getGroupNames()).thenReturn(i % 3 == 0 ? List.of("gSensors") : List.of());
            when(item.getTags()).thenReturn(i % 4 == 0 ? Set.of("Measurement") : Set.of());
            items.add(item);
        }
        ItemRegistry registry = mock(ItemRegistry.class, withSettings().stubOnly());
        when(registry.getItems()).thenReturn(items);
        return registry;
    }

    private static String name(int i) {
        return (i % 2 == 0 ? "Temperature_" : "Switch_") + i;
    }

    /** Numbers move by a tenth of a degree; switches toggle. */
    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < ITEMS; i++) {
                if (i % 2 == 0) {
                    events.add(ItemEventFactory.createStateChangedEvent(name(i),
                            new QuantityType<>((200 + round) / 10.0 + " °C"),
                            new QuantityType<>((199 + round) / 10.0 + " °C")));
                } else {
                    OnOffType state = round % 2 == 0 ? OnOffType.ON : OnOffType.OFF;
                    events.add(ItemEventFactory.createStateChangedEvent(name(i), state,
                            state == OnOffType.ON ? OnOffType.OFF : OnOffType.ON));
                }
            }
        }
        return events;
    }
}
