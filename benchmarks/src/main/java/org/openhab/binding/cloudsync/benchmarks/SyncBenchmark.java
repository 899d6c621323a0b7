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
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.benchmarks.BrokerRuns.Figures;
import org.openhab.binding.cloudsync.benchmarks.BrokerRuns.Latency;
import org.openhab.binding.cloudsync.benchmarks.CostBreakdown.Costs;

/**
 * The {@link SyncBenchmark} is the add-on's performance program (issue 7). In one run, against the embedded
 * Moquette broker and, when the {@code mosquitto} program is installed, a Mosquitto process it starts on 127.0.0.1,
 * it measures (a) a bare Paho v3 publish loop with the add-on's QoS, payload size and in-flight window, the
 * baseline; (b) the add-on's end-to-end throughput with per-item JSON, events into
 * {@code ItemStateListener.receive()} until the broker acknowledged them; (c) the same with json-batch, in item
 * changes per second; (e) the latency from event to a subscriber at interval 0, median and p99. Once, in a JVM with
 * a 64 MB heap, it measures (d) the heap with 1,000,000 changes queued while the broker is down
 * ({@link QueuedHeapProbe}). It prints each figure, its ratio to the baseline and the target.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SyncBenchmark {

    static final int QUEUED = 1_000_000;
    /**
     * Changes per second fed into the broker-less pipeline of (d): a hundred times a busy home's rate, and within
     * what the durable outbox's writer stores in a 64 MB heap on 2 cores (at 100,000/s it falls behind and drops,
     * counted as WRITER_BEHIND).
     */
    static final int QUEUE_RATE = 25_000;
    private static final double PER_ITEM_TARGET = 0.9;
    private static final double BATCH_TARGET = 20;
    private static final long P99_TARGET_MICROS = 10_000;
    private static final long HEAP_TARGET_BYTES = 64L << 20;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workDir = Files.createTempDirectory("cloudsync-benchmark");
        try {
            System.out.printf(Locale.ROOT,
                    "Cloud Sync benchmark: JDK %s, %d cores, %s %s, load average %.2f; QoS %d,"
                            + " in-flight window %d, per-item JSON payload %d bytes, %d items%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.arch"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), BrokerRuns.QOS,
                    BrokerRuns.WINDOW, BrokerRuns.perItemPayloadBytes(), BrokerRuns.ITEMS);
            Costs costs = CostBreakdown.measure(workDir);
            System.out.println("  where a change's time goes: " + CostBreakdown.describe(costs));
            List<Figures> figures = new ArrayList<>();
            try (BenchmarkBroker moquette = BenchmarkBroker.moquette()) {
                System.out.println("  " + moquette.name() + ":");
                figures.add(new BrokerRuns(moquette, workDir).measure());
            }
            BenchmarkBroker mosquitto = BenchmarkBroker.mosquittoIfInstalled();
            if (mosquitto == null) {
                System.out.println("  mosquitto is not installed: only the embedded broker was measured");
            } else {
                try (BenchmarkBroker running = mosquitto) {
                    System.out.println("  " + running.name() + ":");
                    figures.add(new BrokerRuns(running, workDir).measure());
                }
            }
            Map<String, Long> heap = queuedHeap(workDir);
            report(figures, heap);
            System.out.println("where a change's time goes: " + CostBreakdown.describe(costs));
            System.out.printf(Locale.ROOT, "load average at the end: %.2f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            delete(workDir);
        }
        System.exit(0);
    }

    private static void report(List<Figures> all, Map<String, Long> heap) {
        System.out.println();
        for (Figures figures : all) {
            System.out.println("== " + figures.broker() + " ==");
            row("(a) bare Paho v3 publish loop", String.format(Locale.ROOT, "%,.0f msg/s", figures.bare()), "1.00x",
                    "baseline");
            double perItem = figures.perItem() / figures.bare();
            row("(b) add-on, per-item JSON", String.format(Locale.ROOT, "%,.0f changes/s", figures.perItem()),
                    ratio(perItem), verdict(perItem >= PER_ITEM_TARGET, "target >= 0.9x"));
            double batch = figures.batch() / figures.bare();
            row("(c) add-on, json-batch", String.format(Locale.ROOT, "%,.0f changes/s", figures.batch()), ratio(batch),
                    verdict(batch >= BATCH_TARGET, "target >= 20x"));
            Latency addOn = figures.addOn();
            Latency bare = figures.bareLatency();
            row("(e) latency event -> subscriber", millis(addOn),
                    ratio((double) addOn.p99Micros() / bare.p99Micros()) + " (p99)",
                    verdict(addOn.p99Micros() <= P99_TARGET_MICROS && addOn.lost() == 0, "target p99 <= 10 ms"));
            row("    bare Paho publish -> subscriber", millis(bare), "", "baseline of (e)");
        }
        long after = heap.getOrDefault("heapAfter", -1L);
        long before = heap.getOrDefault("heapBefore", -1L);
        long queued = heap.getOrDefault("queued", -1L);
        System.out.println("== broker down, durable outbox, JVM with -Xmx64m ==");
        row("(d) heap with " + String.format(Locale.ROOT, "%,d", queued) + " queued",
                String.format(Locale.ROOT, "%.1f MB used after GC", after / 1048576.0), "",
                verdict(after >= 0 && after <= HEAP_TARGET_BYTES && queued == QUEUED
                        && heap.getOrDefault("dropped", -1L) == 0, "target <= 64 MB"));
        row("    heap per queued change", String.format(Locale.ROOT, "%.2f bytes", (after - before) / (double) queued),
                "",
                String.format(Locale.ROOT, "%.1f MB before queueing; store file %.0f MB; %,d dropped",
                        before / 1048576.0, heap.getOrDefault("file", 0L) / 1048576.0,
                        heap.getOrDefault("dropped", -1L)));
    }

    private static void row(String what, String figure, String ratio, String note) {
        System.out.printf(Locale.ROOT, "%-36s %-36s %-12s %s%n", what, figure, ratio, note);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String millis(Latency latency) {
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms", latency.medianMicros() / 1000.0,
                latency.p99Micros() / 1000.0) + (latency.lost() > 0 ? ", " + latency.lost() + " lost" : "");
    }

    private static String verdict(boolean met, String target) {
        return target + (met ? ": met" : ": MISSED");
    }

    /** Runs {@link QueuedHeapProbe} in a JVM with a 64 MB heap and reads its RESULT line. */
    private static Map<String, Long> queuedHeap(Path workDir) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "  (d) queueing %,d changes at %,d/s with the broker down, -Xmx64m ...%n",
                QUEUED, QUEUE_RATE);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-Xmx64m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"), QueuedHeapProbe.class.getName(),
                workDir.resolve("queued").toString(), String.valueOf(QUEUED), String.valueOf(QUEUE_RATE))
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!probe.waitFor(5, TimeUnit.MINUTES)) {
            probe.destroyForcibly();
        }
        Map<String, Long> result = new HashMap<>();
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null);
        if (line == null) {
            System.out.println("  (d) the heap probe failed:\n" + output);
            return result;
        }
        System.out.println("    " + output.strip().replace("\n", "\n    "));
        for (String pair : line.substring(7).split(" ")) {
            String[] parts = pair.split("=", 2);
            parseInto(result, parts[0], parts[1]);
        }
        return result;
    }

    private static void parseInto(Map<String, Long> result, String key, @Nullable String value) {
        if (value != null && value.matches("-?\\d+")) {
            result.put(key, Long.parseLong(value));
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
