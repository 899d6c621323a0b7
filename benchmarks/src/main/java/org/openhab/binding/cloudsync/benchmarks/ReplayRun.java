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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.intake.StateCapture;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.library.types.QuantityType;

/**
 * The {@link ReplayRun} measures how fast the add-on catches up after an outage: {@code count} changes of 1,000 items
 * wait on disk in the durable outbox (written into the endpoint's outbox folder before the add-on starts, 1,000 per
 * store write, as the outbox's writer stores them), the add-on starts with its broker down, and then the broker (the
 * embedded Moquette) comes up. The figure is the time from the broker's start until the broker acknowledged all
 * {@code count} changes. The endpoint retries its connection every second ({@code reconnectDelayMin} and
 * {@code reconnectDelayMax} 1 s), so up to a second of the figure is that wait; otherwise it runs with its defaults
 * (QoS 1, in-flight window 100, {@code maxBatchItems} 500) at interval 0.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class ReplayRun {

    private static final int ITEMS = 1_000;
    private static final int WINDOW = 1_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private ReplayRun() {
    }

    /** Seconds from the broker's start until all {@code count} changes were acknowledged, in {@code format}. */
    static double measure(Path workDir, String format, int count) throws Exception {
        Consumer<EndpointConfiguration> configure = c -> {
            c.interval = 0;
            c.payloadFormat = format;
            c.maxQueued = 2 * count;
            c.maxQueuedMB = 4_000;
            c.reconnectDelayMin = 1;
            c.reconnectDelayMax = 1;
        };
        Path folder = Files.createTempDirectory(workDir, "replay-" + format + "-");
        fill(folder, TestSettings.endpoint(1883, configure), count);
        ItemRegistry registry = BenchmarkItems.registry("Sensor", ITEMS);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            broker.down();
            try (AddOnPipeline pipeline = AddOnPipeline.start(broker.port(), folder, registry, configure)) {
                // the outbox reopened, and at least one connection attempt failed
                Thread.sleep(1_500);
                if (pipeline.waiting() < count) {
                    throw new IllegalStateException(
                            "only " + pipeline.waiting() + " of " + count + " changes waiting after the restart");
                }
                long start = System.nanoTime();
                broker.up();
                long end = pipeline.awaitSent(count, TIMEOUT);
                double seconds = (end - start) / 1e9;
                if (pipeline.lostOrFailed() != 0) {
                    throw new IllegalStateException("the replay lost or failed changes: " + pipeline.statistics());
                }
                System.out.printf(Locale.ROOT, "    replay of %,d changes, %s: %.2f s (%,.0f changes/s)%n", count,
                        format, seconds, count / seconds);
                return seconds;
            }
        } finally {
            SegmentedOutbox.delete(folder);
        }
    }

    /** Stores {@code count} changes in the outbox folder as the add-on would have while the broker was down. */
    private static void fill(Path folder, EndpointSettings settings, int count) throws Exception {
        ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
        StateCapture capture = new StateCapture();
        ItemInfo item = new ItemInfo("Sensor_1", BenchmarkItems.TYPE, null, List.of(), Set.of());
        List<QuantityType<?>> temperatures = List.of(new QuantityType<>("20.0 °C"), new QuantityType<>("20.1 °C"),
                new QuantityType<>("20.2 °C"), new QuantityType<>("20.3 °C"), new QuantityType<>("20.4 °C"),
                new QuantityType<>("20.5 °C"), new QuantityType<>("20.6 °C"), new QuantityType<>("20.7 °C"),
                new QuantityType<>("20.8 °C"), new QuantityType<>("20.9 °C"));
        SegmentedOutbox outbox = SegmentedOutbox.open(folder, settings.outbox(), settings.delivery().coalesce(), idle);
        try {
            long now = System.currentTimeMillis();
            for (int from = 0; from < count; from += WINDOW) {
                for (int i = from; i < Math.min(count, from + WINDOW); i++) {
                    int round = i / ITEMS % 10;
                    outbox.add(capture.capture(BenchmarkItems.name("Sensor", i % ITEMS), item, temperatures.get(round),
                            temperatures.get((round + 9) % 10), now));
                }
                outbox.write();
            }
            if (outbox.waiting() < count) {
                throw new IllegalStateException("only " + outbox.waiting() + " of " + count + " changes stored");
            }
        } finally {
            outbox.close();
            idle.shutdownNow();
        }
    }
}
