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
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
import org.openhab.binding.cloudsync.benchmarks.MicroBenchmarks.Averaged;
import org.openhab.binding.cloudsync.benchmarks.MicroBenchmarks.Sampled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BenchmarkSuite} is the add-on's performance program (issues 7 and 13), run by
 * {@code ./mvnw -B -Pbenchmark -pl benchmarks -am verify -DskipTests}. In one run it measures:
 * <ol>
 * <li>JMH micro-benchmarks ({@link MicroBenchmarks}): {@code ItemStateListener.receive()} per event with 0, 1, 3 and
 * 10 endpoints over 10,000 items and an empty-subscriber baseline (median, p99, p99.9 of single calls); the durable
 * outbox's add, store, take, acknowledge per change; the JSON of a change, per item and in a 500-change batch; each
 * with the bytes allocated per operation (JMH's GC profiler);</li>
 * <li>the CPU time per change of each stage on one thread ({@link CostBreakdown});</li>
 * <li>against the embedded Moquette and, when the {@code mosquitto} program is installed, a Mosquitto process on
 * 127.0.0.1 ({@link BrokerRuns}): a bare Paho v3 publish loop with the add-on's QoS, payload size and in-flight
 * window (the baseline), the add-on end to end with per-item JSON and with json-batch (events into
 * {@code receive()} until the broker acknowledged them), and the latency from event to subscriber at interval 0;</li>
 * <li>the replay after an outage ({@link ReplayRun}): 600,000 changes on disk, the broker comes up, the time until
 * all are acknowledged, per-item and json-batch;</li>
 * <li>the heap with 1,000,000 changes queued while the broker is down, in a JVM of its own with a 64 MB heap
 * ({@link QueuedHeapProbe});</li>
 * <li>with {@code -Dbenchmark.profile=true}, a JFR profile of the per-item run ({@link HotMethods}).</li>
 * </ol>
 * It ends with one table of every figure, its target and whether it was met. {@code -Dbenchmark.quick=true} runs
 * fewer and shorter iterations with fewer changes, a smoke test whose figures are not for the README.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchmarkSuite {

    static final boolean QUICK = Boolean.getBoolean("benchmark.quick");
    static final boolean PROFILE = Boolean.getBoolean("benchmark.profile");
    static final int QUEUED = QUICK ? 200_000 : 1_000_000;
    /**
     * Changes per second fed into the broker-less pipeline of the heap probe: a hundred times a busy home's rate, and
     * within what the durable outbox's writer stores in a 64 MB heap on 2 cores (at 100,000/s it falls behind and
     * drops, counted as WRITER_BEHIND).
     */
    static final int QUEUE_RATE = 25_000;
    static final int REPLAYED = QUICK ? 100_000 : 600_000;

    private static final Logger LOGGER = LoggerFactory.getLogger(BenchmarkSuite.class);

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path root = Path.of(System.getProperty("benchmark.workDir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(root);
        Path workDir = Files.createTempDirectory(root, "cloudsync-benchmark");
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        System.out.println(header(date));
        SuiteTable table = new SuiteTable();
        try {
            long phase = System.nanoTime();
            micro(table);
            phase = took("JMH micro-benchmarks", phase);
            costs(table, workDir);
            phase = took("CPU per change", phase);
            brokers(table, workDir);
            phase = took("end to end", phase);
            replay(table, workDir);
            phase = took("replay", phase);
            queuedHeap(table, workDir);
            phase = took("queued heap", phase);
            if (PROFILE) {
                profile(workDir, root);
                took("JFR profile", phase);
            }
        } finally {
            delete(workDir);
        }
        System.out.println();
        // again, after everything else has scrolled by (and with a Mosquitto installed while the suite ran)
        System.out.println(header(date));
        System.out.printf(Locale.ROOT, "load average at the end: %.2f; elapsed %s%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), elapsed(started));
        table.print();
        System.out.printf(Locale.ROOT, "%d of %d targets met; suite elapsed %s%n", table.met(), table.targets(),
                elapsed(started));
        System.exit(0);
    }

    private static String header(ZonedDateTime date) {
        String mosquitto = BenchmarkBroker.mosquittoVersion();
        return String.format(Locale.ROOT,
                "Cloud Sync benchmark suite%s, %s%n" + "JVM: %s %s (%s), heap %d MB; %s %s %s; %d cores; load %.2f%n"
                        + "brokers: %s (embedded), %s%n"
                        + "end to end: QoS %d, in-flight window %d, per-item JSON payload %d bytes, %d items",
                QUICK ? " (quick: a smoke run, not for the README)" : "",
                date.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19) + " UTC",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), BenchmarkBroker.moquetteVersion(),
                mosquitto == null ? "Mosquitto not installed (not measured)" : mosquitto + " (own process)",
                BrokerRuns.QOS, BrokerRuns.WINDOW, BrokerRuns.perItemPayloadBytes(), BrokerRuns.ITEMS);
    }

    private static void micro(SuiteTable table) {
        System.out.println("== JMH micro-benchmarks ==");
        MicroBenchmarks.Figures figures;
        try {
            figures = MicroBenchmarks.run(QUICK);
        } catch (Exception e) {
            LOGGER.warn("The JMH benchmarks failed: {}", e.toString());
            table.missing("JMH micro-benchmarks", "failed: " + e);
            return;
        }
        Sampled clock = figures.receive().get("empty");
        for (String endpoints : List.of("empty", "0", "1", "3", "10")) {
            Sampled sampled = figures.receive().get(endpoints);
            String what = switch (endpoints) {
                case "empty" -> "receive(): empty subscriber (clock)";
                case "0" -> "receive(): add-on, 0 endpoints";
                default -> "receive(): add-on, " + endpoints + " endpoint(s)";
            };
            if (sampled == null) {
                table.missing(what, "no result (the trial failed; see JMH's output)");
                continue;
            }
            String figure = String.format(Locale.ROOT, "p50 %.0f ns, p99 %.0f ns, p99.9 %.0f ns, %s B/op",
                    sampled.p50(), sampled.p99(), sampled.p999(), bytes(sampled.bytesPerOp()));
            if (clock != null && sampled != clock) {
                figure += String.format(Locale.ROOT, " (net of the empty subscriber: p50 %.0f ns, p99 %.0f ns)",
                        sampled.p50() - clock.p50(), sampled.p99() - clock.p99());
            }
            if ("1".equals(endpoints)) {
                table.row(what + ", median", figure, "<= 0.39 µs", sampled.p50() <= 390);
                table.row(what + ", p99",
                        String.format(Locale.ROOT, "%.0f ns%s", sampled.p99(),
                                clock == null ? ""
                                        : String.format(Locale.ROOT, " (net %.0f ns)", sampled.p99() - clock.p99())),
                        "<= 1.8 µs", sampled.p99() <= 1_800);
            } else {
                table.info(what, figure);
            }
        }
        averaged(table, "durable outbox add+ack per change (JMH, wall)", figures.outbox());
        averaged(table, "JSON per change, per-item (JMH)", figures.jsonPerItem());
        averaged(table, "JSON per change, json-batch of 500 (JMH)", figures.jsonBatch());
    }

    private static void averaged(SuiteTable table, String what, @Nullable Averaged averaged) {
        if (averaged == null) {
            table.missing(what, "no result (the trial failed; see JMH's output)");
            return;
        }
        String error = Double.isNaN(averaged.error()) ? "" : String.format(Locale.ROOT, " ± %.0f", averaged.error());
        table.row(what,
                String.format(Locale.ROOT, "%.0f%s ns, %s B/op", averaged.nanos(), error, bytes(averaged.bytesPerOp())),
                "<= 1 µs", averaged.nanos() <= 1_000);
    }

    private static void costs(SuiteTable table, Path workDir) throws Exception {
        System.out.println("== CPU time per change, one thread ==");
        Costs costs = CostBreakdown.measure(workDir);
        System.out.println("  " + CostBreakdown.describe(costs));
        table.info("capture of a change (CPU)", cpu(costs.capture()));
        table.row("durable outbox add+ack per change (CPU)", cpu(costs.outbox()), "<= 1 µs CPU", costs.outbox() <= 1);
        table.row("JSON per change, per-item (CPU)", cpu(costs.perItemJson()), "<= 1 µs", costs.perItemJson() <= 1);
        table.row("JSON per change, json-batch (CPU)", cpu(costs.batchJson()), "<= 1 µs", costs.batchJson() <= 1);
    }

    private static void brokers(SuiteTable table, Path workDir) throws Exception {
        List<Figures> all = new ArrayList<>();
        try (BenchmarkBroker moquette = BenchmarkBroker.moquette()) {
            System.out.println("== end to end: " + moquette.name() + " ==");
            all.add(new BrokerRuns(moquette, workDir).measure());
        }
        BenchmarkBroker mosquitto = BenchmarkBroker.mosquittoIfInstalled();
        if (mosquitto == null) {
            System.out.println("  mosquitto is not installed: only the embedded broker was measured");
        } else {
            try (BenchmarkBroker running = mosquitto) {
                System.out.println("== end to end: " + running.name() + " ==");
                all.add(new BrokerRuns(running, workDir).measure());
            }
        }
        for (Figures figures : all) {
            String broker = figures.broker().replaceFirst(",.*", "");
            table.info(broker + ": bare Paho v3 publish loop",
                    String.format(Locale.ROOT, "%,.0f msg/s (baseline)", figures.bare()));
            double perItem = figures.perItem() / figures.bare();
            table.row(broker + ": add-on, per-item JSON",
                    String.format(Locale.ROOT, "%,.0f changes/s = %.2fx bare", figures.perItem(), perItem),
                    ">= 0.9x bare", perItem >= 0.9);
            double batch = figures.batch() / figures.bare();
            table.row(broker + ": add-on, json-batch",
                    String.format(Locale.ROOT, "%,.0f changes/s = %.1fx bare", figures.batch(), batch), ">= 20x bare",
                    batch >= 20);
            Latency addOn = figures.addOn();
            table.row(broker + ": latency event -> subscriber", millis(addOn), "p99 <= 10 ms",
                    addOn.p99Micros() <= 10_000 && addOn.lost() == 0);
            table.info(broker + ": latency bare publish -> subscriber", millis(figures.bareLatency()));
        }
    }

    private static void replay(SuiteTable table, Path workDir) throws Exception {
        System.out.printf(Locale.ROOT, "== replay of %,d changes after an outage (%s) ==%n", REPLAYED,
                BenchmarkBroker.moquetteVersion());
        String count = String.format(Locale.ROOT, "%,d", REPLAYED);
        double perItem = ReplayRun.measure(workDir, "json", REPLAYED);
        table.row("replay of " + count + " queued, per-item", seconds(perItem, REPLAYED), "<= 30 s", perItem <= 30);
        double batch = ReplayRun.measure(workDir, "json-batch", REPLAYED);
        table.row("replay of " + count + " queued, json-batch", seconds(batch, REPLAYED), "<= 5 s", batch <= 5);
    }

    /** Runs {@link QueuedHeapProbe} in a JVM with a 64 MB heap and reads its RESULT line. */
    private static void queuedHeap(SuiteTable table, Path workDir) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "== heap: queueing %,d changes at %,d/s with the broker down, -Xmx64m ==%n",
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
        String what = String.format(Locale.ROOT, "heap with %,d queued (-Xmx64m)", QUEUED);
        Map<String, Long> heap = new HashMap<>();
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null);
        if (line == null) {
            System.out.println("  the heap probe failed:\n" + output);
            table.missing(what, "the probe failed (output above)");
            return;
        }
        System.out.println("  " + output.strip().replace("\n", "\n  "));
        for (String pair : line.substring(7).split(" ")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && parts[1].matches("-?\\d+")) {
                heap.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        long after = heap.getOrDefault("heapAfter", -1L);
        long before = heap.getOrDefault("heapBefore", -1L);
        long queued = heap.getOrDefault("queued", -1L);
        long dropped = heap.getOrDefault("dropped", -1L);
        table.row(what, String.format(Locale.ROOT, "%.1f MB used after GC (%.1f MB before; %.2f B/change; %,d dropped)",
                after / 1048576.0, before / 1048576.0, (after - before) / (double) Math.max(1, queued), dropped),
                "<= 64 MB", after >= 0 && after <= 64L << 20 && queued == QUEUED && dropped == 0);
    }

    private static void profile(Path workDir, Path root) throws Exception {
        System.out.println("== JFR profile of the per-item run (-Dbenchmark.profile=true) ==");
        Path file = root.resolve("per-item.jfr");
        try (BenchmarkBroker moquette = BenchmarkBroker.moquette()) {
            HotMethods.profile(new BrokerRuns(moquette, workDir), Duration.ofSeconds(QUICK ? 5 : 30),
                    Duration.ofSeconds(QUICK ? 5 : 20), file);
        }
    }

    private static String cpu(double micros) {
        return String.format(Locale.ROOT, "%.2f µs CPU", micros);
    }

    private static String bytes(double bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f", bytes);
    }

    private static String seconds(double seconds, int count) {
        return String.format(Locale.ROOT, "%.2f s (%,.0f changes/s)", seconds, count / seconds);
    }

    private static String millis(Latency latency) {
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms", latency.medianMicros() / 1000.0,
                latency.p99Micros() / 1000.0) + (latency.lost() > 0 ? ", " + latency.lost() + " lost" : "");
    }

    /** Prints how long a phase took; returns now. */
    private static long took(String phase, long startedNanos) {
        System.out.printf(Locale.ROOT, "  (%s took %s)%n", phase, elapsed(startedNanos));
        return System.nanoTime();
    }

    private static String elapsed(long startedNanos) {
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
