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

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.openhab.binding.cloudsync.internal.outbox.DurableOutbox;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;
import org.openhab.core.events.Event;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;

/**
 * The {@link ReceiveBenchmark} measures what one state event costs openHAB's event thread in
 * {@code ItemStateListener.receive()} — routing, filters and the hand-over to each endpoint's outbox — with 1, 3 and
 * 10 endpoints over 10,000 items, next to two baselines measured the same way in the same run: an empty subscriber
 * (what the clock itself costs) and the add-on with no endpoint. It prints the median, p99 and p99.9 of single
 * calls and the bytes the event thread allocated per call.
 * <p>
 * Events come at a steady rate ({@code -Dbenchmark.rate}, default {@value #DEFAULT_RATE} per second, far above a
 * home's), so that the outbox writers keep up as they must in openHAB: a run in which any outbox had to drop a change
 * is refused, since its figures would time a drop path instead. Endpoints are not connected and send nothing; their
 * outboxes keep the changes in the heap.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ReceiveBenchmark {

    private static final int ITEMS = 10_000;
    private static final int DEFAULT_RATE = 10_000;
    private static final int WARMUP_EVENTS = 50_000;
    private static final int MEASURED_EVENTS = 200_000;
    /** Writer threads for the endpoints' outboxes, as openHAB's shared thread pool would lend them. */
    private static final int WRITER_THREADS = 2;

    private ReceiveBenchmark() {
    }

    public static void main(String[] args) {
        int rate = Integer.getInteger("benchmark.rate", DEFAULT_RATE);
        ItemRegistry registry = registry();
        List<Event> events = events();
        System.out.printf(Locale.ROOT,
                "receive() cost, %d items, %d events at %d/s measured after %d warm-up (JDK %s, %d cores)%n", ITEMS,
                MEASURED_EVENTS, rate, WARMUP_EVENTS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %12s %9s%n", "subscriber", "median ns", "p99 ns",
                "p99.9 ns", "bytes/event", "dropped");
        print("baseline: empty subscriber", measure(event -> {
        }, events, rate), 0);
        for (int endpoints : new int[] { 0, 1, 3, 10 }) {
            run(registry, events, endpoints, rate);
        }
    }

    private static void run(ItemRegistry registry, List<Event> events, int endpointCount, int rate) {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(WRITER_THREADS);
        ItemCatalog catalog = new ItemCatalog(registry);
        SyncHub hub = new SyncHub(catalog);
        List<SyncEndpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < endpointCount; i++) {
            SyncEndpoint endpoint = endpoint(i, catalog, scheduler);
            endpoints.add(endpoint);
            hub.register(endpoint);
        }
        ItemStateListener listener = new ItemStateListener(hub);
        Figures figures = measure(listener::receive, events, rate);

        long dropped = endpoints.stream().mapToLong(e -> e.outbox().dropped()).sum();
        long waiting = endpoints.stream().mapToLong(e -> e.outbox().waiting()).sum();
        endpoints.forEach(SyncEndpoint::stop);
        endpoints.forEach(e -> e.outbox().close());
        scheduler.shutdownNow();
        print(endpointCount == 0 ? "baseline: add-on, 0 endpoints" : "add-on, " + endpointCount + " endpoint(s)",
                figures, dropped);
        if (endpointCount > 0 && waiting == 0) {
            throw new IllegalStateException("no change reached an outbox: the benchmark measured nothing");
        }
        if (dropped > 0) {
            throw new IllegalStateException(dropped + " changes dropped with " + endpointCount
                    + " endpoints: the outbox writers did not keep up at " + rate + "/s; lower -Dbenchmark.rate");
        }
    }

    private record Figures(long median, long p99, long p999, long bytesPerEvent) {
    }

    /** Calls the subscriber once per event at the given rate on this thread, timing each call alone. */
    private static Figures measure(Consumer<Event> subscriber, List<Event> events, int rate) {
        long spacing = 1_000_000_000L / rate;
        paced(subscriber, events, WARMUP_EVENTS, spacing, null);
        long[] nanos = new long[MEASURED_EVENTS];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        paced(subscriber, events, MEASURED_EVENTS, spacing, nanos);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        Arrays.sort(nanos);
        return new Figures(nanos[nanos.length / 2], nanos[(int) (nanos.length * 0.99)],
                nanos[(int) (nanos.length * 0.999)], allocated / MEASURED_EVENTS);
    }

    private static void paced(Consumer<Event> subscriber, List<Event> events, int count, long spacing,
            long @Nullable [] nanos) {
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            next += spacing;
            while (System.nanoTime() < next) {
                // an event thread waiting for the next event; spinning keeps the wait out of the figures
                Thread.onSpinWait();
            }
            Event event = events.get(i % events.size());
            long start = System.nanoTime();
            subscriber.accept(event);
            long took = System.nanoTime() - start;
            if (nanos != null) {
                nanos[i] = took;
            }
        }
    }

    private static void print(String label, Figures figures, long dropped) {
        System.out.printf(Locale.ROOT, "%-28s %10d %10d %10d %12d %9d%n", label, figures.median(), figures.p99(),
                figures.p999(), figures.bytesPerEvent(), dropped);
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
                    DurableOutbox.inMemory("bench" + index, settings.outbox(), settings.delivery().coalesce(),
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
