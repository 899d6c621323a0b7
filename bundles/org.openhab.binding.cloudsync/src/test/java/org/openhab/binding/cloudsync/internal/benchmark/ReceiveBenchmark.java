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
package org.openhab.binding.cloudsync.internal.benchmark;

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
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatusListener;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.intake.ItemStateListener;
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
 * {@code ItemStateListener.receive()}: capture, selection, filters and the outbox, with 1, 3 and 10 endpoints
 * over 10,000 items. It prints the median, p99 and p99.9 of single calls and the bytes allocated per call.
 * Endpoints are not connected, so only the event-thread side is measured.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ReceiveBenchmark {

    private static final int ITEMS = 10_000;
    private static final int WARMUP_EVENTS = 300_000;
    private static final int MEASURED_EVENTS = 1_000_000;

    private ReceiveBenchmark() {
    }

    public static void main(String[] args) {
        ItemRegistry registry = registry();
        List<Event> events = events();
        System.out.printf(Locale.ROOT, "receive() cost, %d items, %d measured events after %d warm-up (JDK %s, %d cores)%n",
                ITEMS, MEASURED_EVENTS, WARMUP_EVENTS, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %12s%n", "endpoints", "median ns", "p99 ns", "p99.9 ns",
                "bytes/event");
        for (int endpoints : new int[] { 1, 3, 10 }) {
            run(registry, events, endpoints);
        }
    }

    private static void run(ItemRegistry registry, List<Event> events, int endpointCount) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        SyncHub hub = new SyncHub();
        ItemCatalog catalog = new ItemCatalog(registry);
        List<SyncEndpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < endpointCount; i++) {
            SyncEndpoint endpoint = endpoint(i, catalog, scheduler);
            endpoints.add(endpoint);
            hub.register(endpoint);
        }
        ItemStateListener listener = new ItemStateListener(hub, catalog);

        for (int i = 0; i < WARMUP_EVENTS; i++) {
            listener.receive(events.get(i % events.size()));
        }
        long[] nanos = new long[MEASURED_EVENTS];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED_EVENTS; i++) {
            Event event = events.get(i % events.size());
            long start = System.nanoTime();
            listener.receive(event);
            nanos[i] = System.nanoTime() - start;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        // the timing array itself was allocated before the loop
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-10d %10d %10d %10d %12d%n", endpointCount, nanos[nanos.length / 2],
                nanos[(int) (nanos.length * 0.99)], nanos[(int) (nanos.length * 0.999)],
                allocated / MEASURED_EVENTS);
        long waiting = endpoints.stream().mapToLong(e -> e.outbox().waiting()).sum();
        if (waiting == 0) {
            throw new IllegalStateException("no change reached an outbox: the benchmark measured nothing");
        }
        endpoints.forEach(SyncEndpoint::stop);
        scheduler.shutdownNow();
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
        EndpointSettings settings = TestSettings.endpoint(1883, configure.andThen(c -> c.interval = 5));
        EndpointStatusListener status = mock(EndpointStatusListener.class);
        return new SyncEndpoint("bench" + index, settings, DurableOutbox.inMemory("bench" + index,
                settings.outbox(), true, scheduler), scheduler, status,
                catalog::get);
    }

    private static ItemRegistry registry() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Item item = mock(Item.class);
            boolean number = i % 2 == 0;
            when(item.getName()).thenReturn(name(i));
            when(item.getType()).thenReturn(number ? "Number:Temperature" : "Switch");
            when(item.getGroupNames()).thenReturn(i % 3 == 0 ? List.of("gSensors") : List.of());
            when(item.getTags()).thenReturn(i % 4 == 0 ? Set.of("Measurement") : Set.of());
            items.add(item);
        }
        ItemRegistry registry = mock(ItemRegistry.class);
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
