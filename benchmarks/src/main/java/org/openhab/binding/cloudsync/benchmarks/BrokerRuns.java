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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.config.MqttEndpointConfiguration;
import org.openhab.binding.cloudsync.internal.intake.StateCapture;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.JsonMessage;
import org.openhab.core.events.Event;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;

/**
 * The {@link BrokerRuns} measure, against one broker, (a) the bare Paho baseline, (b) the add-on's end-to-end
 * throughput with per-item JSON, (c) with json-batch, and (e) the latency from event to subscriber at interval 0,
 * next to the baseline's publish-to-subscriber latency. Throughput runs are repeated and their median is kept.
 * The add-on runs with its defaults (durable outbox on disk, QoS 1, in-flight window 100) unless said otherwise.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class BrokerRuns {

    /** Latency at one percentile and the median, in microseconds, of {@code samples} messages. */
    record Latency(long medianMicros, long p99Micros, int samples, int lost) {
    }

    /** The figures of one broker. */
    record Figures(String broker, double bare, double perItem, double batch, Latency addOn, Latency bareLatency) {
    }

    static final int QOS = 1;
    /** The add-on's default in-flight window, also given to the baseline. */
    static final int WINDOW = new MqttEndpointConfiguration().maxInFlight;
    static final int ITEMS = 1_000;
    private static final boolean QUICK = Boolean.getBoolean("benchmark.quick");
    private static final int RUNS = QUICK ? 1 : 3;
    private static final int PER_ITEM_WARMUP = QUICK ? 5_000 : 20_000;
    private static final int PER_ITEM_COUNT = QUICK ? 10_000 : 40_000;
    private static final int BATCH_WARMUP = QUICK ? 20_000 : 50_000;
    private static final int BATCH_COUNT = QUICK ? 50_000 : 150_000;
    /** Changes fed but not yet acknowledged, at most: a saturating load that never overflows the intake buffer. */
    private static final int MAX_BACKLOG = 10_000;
    private static final int LATENCY_WARMUP = 200;
    private static final int LATENCY_COUNT = QUICK ? 500 : 2_000;
    private static final long LATENCY_PERIOD_NANOS = 5_000_000;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private final BenchmarkBroker broker;
    private final Path workDir;
    private final ItemRegistry registry = BenchmarkItems.registry("Sensor", ITEMS);
    private final List<Event> events = BenchmarkItems.temperatureChanges("Sensor", ITEMS);
    private final List<String> topics = new ArrayList<>();
    private final byte[] payload;
    private int cursor;

    BrokerRuns(BenchmarkBroker broker, Path workDir) {
        this.broker = broker;
        this.workDir = workDir;
        for (int i = 0; i < ITEMS; i++) {
            topics.add("openhab/" + BenchmarkItems.name("Sensor", i) + "/state");
        }
        this.payload = filler(perItemPayloadBytes());
    }

    /** The size of the add-on's JSON message for a typical change of the benchmark: the baseline's payload size. */
    static int perItemPayloadBytes() {
        return json(new QuantityType<>("20.5 °C"), new QuantityType<>("20.4 °C"), 123_456).length;
    }

    Figures measure() throws Exception {
        double bare = bareThroughput();
        System.out.printf("    (a) bare Paho loop: %,.0f msg/s%n", bare);
        double perItem = addOnThroughput("json", PER_ITEM_WARMUP, PER_ITEM_COUNT);
        System.out.printf("    (b) add-on, per-item JSON: %,.0f changes/s%n", perItem);
        double batch = addOnThroughput("json-batch", BATCH_WARMUP, BATCH_COUNT);
        System.out.printf("    (c) add-on, json-batch: %,.0f changes/s%n", batch);
        Latency addOn = addOnLatency();
        Latency bareLatency = bareLatency(latencyPayloadBytes());
        return new Figures(broker.name(), bare, perItem, batch, addOn, bareLatency);
    }

    private double bareThroughput() throws Exception {
        try (BarePahoLoop loop = BarePahoLoop.connect(broker.uri(), "cloudsync-bench-bare", WINDOW)) {
            loop.throughput(topics, payload, QOS, PER_ITEM_WARMUP);
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = loop.throughput(topics, payload, QOS, PER_ITEM_COUNT);
            }
            return median(runs);
        }
    }

    private double addOnThroughput(String format, int warmup, int count) throws Exception {
        Path folder = Files.createTempDirectory(workDir, format + "-");
        try (AddOnPipeline pipeline = AddOnPipeline.start(broker.port(), folder, registry, config(format, c -> {
            // the outbox must hold the whole backlog; every change is kept (interval 0 does not coalesce)
            c.maxQueued = 1_000_000;
            c.maxQueuedMB = 1_000;
        }))) {
            pipeline.awaitConnected(Duration.ofSeconds(10));
            feed(pipeline, warmup);
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = feed(pipeline, count);
            }
            if (pipeline.lostOrFailed() != 0) {
                throw new IllegalStateException("the " + format + " run lost or failed changes, so its figure is"
                        + " void: " + pipeline.statistics());
            }
            return median(runs);
        }
    }

    /**
     * The per-item run of (b) for a profile: feeds for {@code warmup}, calls {@code atMeasureStart}, feeds for
     * {@code measured}.
     */
    void perItemFor(Duration warmup, Duration measured, Runnable atMeasureStart) throws Exception {
        Path folder = Files.createTempDirectory(workDir, "profile-");
        try (AddOnPipeline pipeline = AddOnPipeline.start(broker.port(), folder, registry, config("json", c -> {
            c.maxQueued = 1_000_000;
            c.maxQueuedMB = 1_000;
        }))) {
            pipeline.awaitConnected(Duration.ofSeconds(10));
            feedFor(pipeline, warmup);
            atMeasureStart.run();
            feedFor(pipeline, measured);
        }
    }

    /** Feeds events for {@code duration} as the throughput runs do, never letting the pipeline run dry. */
    private void feedFor(AddOnPipeline pipeline, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long base = pipeline.sent();
        for (long i = 0; System.nanoTime() < end; i++) {
            while (i - (pipeline.sent() - base) >= MAX_BACKLOG) {
                LockSupport.parkNanos(50_000);
            }
            pipeline.receive(events.get(cursor));
            cursor = (cursor + 1) % events.size();
        }
    }

    /** Feeds {@code count} events as fast as the backlog bound allows; changes acknowledged per second. */
    private double feed(AddOnPipeline pipeline, int count) {
        long base = pipeline.sent();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            while (i - (pipeline.sent() - base) >= MAX_BACKLOG) {
                LockSupport.parkNanos(50_000);
            }
            pipeline.receive(events.get(cursor));
            cursor = (cursor + 1) % events.size();
        }
        long end = pipeline.awaitSent(base + count, RUN_TIMEOUT);
        return count / ((end - start) / 1e9);
    }

    private Latency addOnLatency() throws Exception {
        int total = LATENCY_WARMUP + LATENCY_COUNT;
        List<Event> changes = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            changes.add(BenchmarkItems.numberChange(BenchmarkItems.name("Latency", i % 100), i));
        }
        Path folder = Files.createTempDirectory(workDir, "latency-");
        try (AddOnPipeline pipeline = AddOnPipeline.start(broker.port(), folder,
                BenchmarkItems.registry("Latency", 100), config("json", c -> {
                })); LatencyProbe probe = LatencyProbe.subscribe(broker.uri(), "openhab/+/state", total)) {
            pipeline.awaitConnected(Duration.ofSeconds(10));
            long[] sent = new long[total];
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                awaitNanoTime(start + i * LATENCY_PERIOD_NANOS);
                sent[i] = System.nanoTime();
                pipeline.receive(changes.get(i));
            }
            return latency(probe, sent);
        }
    }

    private Latency bareLatency(int payloadBytes) throws Exception {
        int total = LATENCY_WARMUP + LATENCY_COUNT;
        try (BarePahoLoop loop = BarePahoLoop.connect(broker.uri(), "cloudsync-bench-bare-latency", WINDOW);
                LatencyProbe probe = LatencyProbe.subscribe(broker.uri(), "bench/latency/+", total)) {
            long[] sent = new long[total];
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                byte[] numbered = filler(payloadBytes);
                byte[] digits = String.valueOf(i).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(digits, 0, numbered, 0, digits.length);
                awaitNanoTime(start + i * LATENCY_PERIOD_NANOS);
                sent[i] = System.nanoTime();
                loop.publish("bench/latency/" + (i % 100), numbered, QOS);
            }
            return latency(probe, sent);
        }
    }

    private static Latency latency(LatencyProbe probe, long[] sent) throws InterruptedException {
        int received = probe.await(10_000);
        long[] micros = probe.sortedMicros(sent, LATENCY_WARMUP);
        int lost = sent.length - received;
        return new Latency(micros[micros.length / 2], micros[(int) Math.ceil(micros.length * 0.99) - 1], micros.length,
                lost);
    }

    /** The add-on's JSON of a latency-run change: the baseline latency run's payload size. */
    private static int latencyPayloadBytes() {
        return json(new DecimalType(1_000), new DecimalType(999), 1_000).length;
    }

    private static byte[] json(State state, State previous, long seq) {
        ItemInfo item = new ItemInfo(BenchmarkItems.name("Sensor", 500), BenchmarkItems.TYPE, null, List.of(),
                Set.of());
        OutboxEntry entry = new OutboxEntry(seq,
                new StateCapture().capture(item.name(), item, state, previous, System.currentTimeMillis()));
        return JsonMessage.of(entry, Map.of()).getBytes(StandardCharsets.UTF_8);
    }

    private static Consumer<EndpointConfiguration> config(String format, Consumer<EndpointConfiguration> more) {
        return ((Consumer<EndpointConfiguration>) c -> {
            c.interval = 0;
            c.payloadFormat = format;
            c.qos = QOS;
        }).andThen(more);
    }

    private static byte[] filler(int bytes) {
        byte[] filler = new byte[bytes];
        Arrays.fill(filler, (byte) ' ');
        return filler;
    }

    private static void awaitNanoTime(long due) {
        for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
            LockSupport.parkNanos(due - now);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
