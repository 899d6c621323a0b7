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

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.outbox.OutboxStats;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.Folders;
import org.openhab.core.events.Event;

/**
 * The {@link QueuedHeapProbe} is the queued-heap figure, a program that {@link BenchmarkSuite} runs in a JVM of its
 * own with a 64 MB heap: the add-on's pipeline with its default durable outbox, pointed at a port where no broker
 * listens, takes {@code count} changes through {@code ItemStateListener.receive()} at {@code rate} changes per
 * second; then it measures the used heap after a full GC, and prints one {@code RESULT} line:
 * {@code RESULT queued=<n> dropped=<n> heapBefore=<bytes> heapAfter=<bytes> file=<bytes> seconds=<s>}.
 * <p>
 * Arguments: the outbox folder, the number of changes, the feeding rate.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class QueuedHeapProbe {

    private static final int ITEMS = 1_000;

    private QueuedHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        List<Event> events = BenchmarkItems.temperatureChanges("Sensor", ITEMS);
        int closedPort = EmbeddedBroker.freePort();
        try (AddOnPipeline pipeline = AddOnPipeline.start(closedPort, folder, BenchmarkItems.registry("Sensor", ITEMS),
                c -> {
                    c.interval = 0;
                    // room for the whole backlog (the default keeps 100,000 changes)
                    c.maxQueued = 2 * count;
                    c.maxQueuedMB = 4_000;
                })) {
            Thread.sleep(1_000);
            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();
            long period = 1_000_000_000L / rate;
            for (int i = 0; i < count; i++) {
                long due = start + i * period;
                for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                    LockSupport.parkNanos(due - now);
                }
                pipeline.receive(events.get(i % events.size()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // the writer stores within 50 ms and syncs within a second
            Thread.sleep(2_000);
            long heapAfter = usedHeapAfterGc();
            OutboxStats stats = pipeline.outbox().stats();
            System.out.printf(Locale.ROOT,
                    "RESULT queued=%d dropped=%d heapBefore=%d heapAfter=%d file=%d" + " seconds=%.1f sent=%d%n",
                    stats.waiting() + stats.inFlight(), stats.droppedTotal(), heapBefore, heapAfter,
                    Folders.bytesIn(folder), seconds, pipeline.sent());
            System.out.println("outbox: " + stats);
        }
        System.exit(0);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
