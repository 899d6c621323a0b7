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
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.outbox.OutboxSettings;
import org.openhab.binding.cloudsync.internal.outbox.OverflowPolicy;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.outbox.V1DurableOutbox;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * The {@link OutboxCost} is a program that prints, for the first outbox format ({@link V1DurableOutbox}, one store
 * record per change)
 * and the segment outbox ({@link SegmentedOutbox}) in the same run: the CPU time one thread spends per change for
 * add, write, take, acknowledge and commit, as {@code CostBreakdown.outbox} measures it (200,000 temperature
 * changes of 1,000 items, 1,000 per write window); and the time to drain a backlog of 600,000 changes from disk
 * (reopen, then take 100 at a time as the sender does with its default window, acknowledge each, commit every
 * 1,000). CPU time is the thread's ({@link ThreadMXBean}), so other work on the machine weighs less; each figure is
 * the median of three runs after a warm-up. A small heap touched in advance ({@code -XX:+AlwaysPreTouch}) keeps the
 * kernel's first-touch page faults of a fresh multi-gigabyte heap out of the thread's CPU time.
 *
 * <pre>
 * ./mvnw -B -Pbenchmark -pl benchmarks -am verify -DskipTests \
 *     -Dbenchmark.main=org.openhab.binding.cloudsync.benchmarks.OutboxCost
 * </pre>
 *
 * (with the suite's JVM settings); its work folder is the first argument, else {@code -Dbenchmark.workDir} (which
 * the command above sets to {@code benchmarks/target/benchmark-work}), else {@code target}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class OutboxCost {

    private static final int CHANGES = 200_000;
    private static final int WINDOW = 1_000;
    private static final int BACKLOG = 600_000;
    private static final int TAKE = 100;
    private static final int RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OutboxSettings SETTINGS = new OutboxSettings(true, 1_000_000, 1_000L << 20,
            OverflowPolicy.DROP_OLDEST, 0, 10_000, 10);

    /** Opens one of the two outboxes in a folder. */
    private interface Kind {
        Outbox open(Path folder, ScheduledExecutorService scheduler) throws IOException;
    }

    private static final Kind V1 = (folder, scheduler) -> V1DurableOutbox.open(folder, SETTINGS, false, scheduler);
    private static final Kind SEGMENTS = (folder, scheduler) -> SegmentedOutbox.open(folder, SETTINGS, false,
            scheduler);

    /** One drain: the reopen, and take plus acknowledge plus commit of the whole backlog. */
    private record Drain(double reopenSeconds, double drainSeconds, double drainCpuSeconds) {
    }

    private OutboxCost() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("benchmark.workDir", "target"));
        Files.createDirectories(root);
        Path work = Files.createTempDirectory(root, "outbox-cost");
        ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
        try {
            List<StateChange> changes = changes(CHANGES);
            cpuPerChange(V1, work, changes, idle);
            cpuPerChange(SEGMENTS, work, changes, idle);
            double[] v1 = new double[RUNS];
            double[] segments = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                v1[run] = cpuPerChange(V1, work, changes, idle);
                segments[run] = cpuPerChange(SEGMENTS, work, changes, idle);
            }
            System.out.printf(Locale.ROOT,
                    "CPU µs per change (add, write, take, acknowledge, commit; one thread):%n"
                            + "  first format (record per change): median %.2f of %s%n"
                            + "  segment outbox:                   median %.2f of %s%n",
                    median(v1), runs(v1), median(segments), runs(segments));

            List<StateChange> backlog = changes(BACKLOG);
            for (Kind kind : List.of(V1, SEGMENTS)) {
                List<Drain> drains = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    drains.add(drain(kind, work, backlog, idle));
                }
                double[] wall = drains.stream().mapToDouble(Drain::drainSeconds).toArray();
                double[] cpu = drains.stream().mapToDouble(Drain::drainCpuSeconds).toArray();
                double[] reopen = drains.stream().mapToDouble(Drain::reopenSeconds).toArray();
                System.out.printf(Locale.ROOT,
                        "Drain of %,d changes from disk, %s: take+acknowledge+commit median %.2f s (CPU %.2f s)"
                                + " of %s, reopen median %.2f s of %s%n",
                        BACKLOG, kind == V1 ? "first format" : "segment outbox", median(wall), median(cpu), runs(wall),
                        median(reopen), runs(reopen));
            }
        } finally {
            idle.shutdownNow();
            SegmentedOutbox.delete(work);
        }
    }

    /** Mirrors {@code CostBreakdown.outbox}: add, store, take and acknowledge every change, store the acks. */
    private static double cpuPerChange(Kind kind, Path work, List<StateChange> changes, ScheduledExecutorService idle)
            throws Exception {
        Path folder = Files.createTempDirectory(work, "cpu-");
        Outbox outbox = kind.open(folder, idle);
        try {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int from = 0; from < changes.size(); from += WINDOW) {
                for (int i = from; i < from + WINDOW; i++) {
                    outbox.add(changes.get(i));
                }
                write(outbox);
                for (OutboxEntry entry : outbox.take(WINDOW)) {
                    outbox.acknowledge(entry);
                }
                write(outbox);
            }
            return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / changes.size();
        } finally {
            outbox.close();
            SegmentedOutbox.delete(folder);
        }
    }

    private static Drain drain(Kind kind, Path work, List<StateChange> backlog, ScheduledExecutorService idle)
            throws Exception {
        Path folder = Files.createTempDirectory(work, "drain-");
        try {
            Outbox filling = kind.open(folder, idle);
            for (int from = 0; from < backlog.size(); from += WINDOW) {
                for (int i = from; i < from + WINDOW; i++) {
                    filling.add(backlog.get(i));
                }
                write(filling);
            }
            filling.close();

            long start = System.nanoTime();
            Outbox outbox = kind.open(folder, idle);
            double reopen = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            int drained = 0;
            for (List<OutboxEntry> taken = outbox.take(TAKE); !taken.isEmpty(); taken = outbox.take(TAKE)) {
                for (OutboxEntry entry : taken) {
                    outbox.acknowledge(entry);
                }
                drained += taken.size();
                if (drained % WINDOW == 0) {
                    write(outbox);
                }
            }
            write(outbox);
            Drain drain = new Drain(reopen, (System.nanoTime() - start) / 1e9,
                    (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            outbox.close();
            if (drained != backlog.size()) {
                throw new IllegalStateException("drained " + drained + " of " + backlog.size());
            }
            return drain;
        } finally {
            SegmentedOutbox.delete(folder);
        }
    }

    private static void write(Outbox outbox) {
        if (outbox instanceof SegmentedOutbox segments) {
            segments.write();
        } else if (outbox instanceof V1DurableOutbox v1) {
            v1.write();
        }
    }

    /** Temperature changes of 1,000 items as the capture makes them: value, unit, previous state. */
    private static List<StateChange> changes(int count) {
        List<StateChange> changes = new ArrayList<>(count);
        long now = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            int round = i % 10;
            changes.add(Changes.quantity("Sensor_" + (i % 1000), String.valueOf((200 + round) / 10.0), "°C",
                    (200 + (round + 9) % 10) / 10.0 + " °C", now));
        }
        return changes;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String runs(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
