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
package org.openhab.binding.cloudsync.internal.outbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * The {@link OutboxHeapProbe} is a program, run by {@link SegmentedOutboxHeapTest} in a JVM with a small heap: it
 * queues a backlog of changes over 200 items into a durable outbox, reopens it, checks every change comes back in
 * order, drains it, and prints the figures. It exits with 0 and {@code OK} only when nothing was lost.
 * <p>
 * Arguments: the outbox folder and the number of changes.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class OutboxHeapProbe {

    private static final int ITEMS = 200;
    /** How often the producer lets the writer store, as the scheduler would between events. */
    private static final int WRITE_EVERY = 5000;

    private OutboxHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        OutboxSettings settings = new OutboxSettings(true, 2 * count, 8L << 30, OverflowPolicy.DROP_OLDEST, 0, 10_000,
                10);

        SegmentedOutbox outbox = SegmentedOutbox.open(folder, settings, false, scheduler);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            outbox.add(Changes.number("Item_" + (i % ITEMS), String.valueOf(i), System.currentTimeMillis()));
            if (i % WRITE_EVERY == WRITE_EVERY - 1) {
                outbox.write();
            }
        }
        outbox.write();
        double storeSeconds = (System.nanoTime() - start) / 1e9;
        long heapWithBacklog = usedHeapAfterGc();
        long fileSize = Files.size(folder.resolve(OutboxStore.FILE_NAME));
        long waiting = outbox.waiting();
        outbox.close();

        SegmentedOutbox reopened = SegmentedOutbox.open(folder, settings, false, scheduler);
        long reopenedWaiting = reopened.waiting();
        start = System.nanoTime();
        long drained = 0;
        long lastSeq = 0;
        int misordered = 0;
        for (List<OutboxEntry> batch = reopened.take(1000); !batch.isEmpty(); batch = reopened.take(1000)) {
            for (OutboxEntry entry : batch) {
                if (entry.seq() <= lastSeq || !entry.change().state().equals(String.valueOf(drained))) {
                    misordered++;
                }
                lastSeq = entry.seq();
                drained++;
                reopened.acknowledge(entry);
            }
        }
        reopened.write();
        double drainSeconds = (System.nanoTime() - start) / 1e9;
        long fileAfterDrain = Files.size(folder.resolve(OutboxStore.FILE_NAME));
        reopened.close();
        scheduler.shutdownNow();

        System.out.printf(Locale.ROOT,
                "changes=%d waiting=%d afterReopen=%d drained=%d misordered=%d dropped=%d%n"
                        + "store: %.0f changes/s, file %.1f MB with the backlog, %.1f MB after draining%n"
                        + "drain (take + acknowledge + commit): %.0f changes/s%n"
                        + "heap: max %d MB, used after GC with the backlog queued %.1f MB, peak old gen %.1f MB%n",
                count, waiting, reopenedWaiting, drained, misordered, outbox.dropped(), count / storeSeconds,
                fileSize / 1e6, fileAfterDrain / 1e6, drained / drainSeconds, Runtime.getRuntime().maxMemory() >> 20,
                heapWithBacklog / 1e6, peakOldGeneration() / 1e6);
        boolean ok = waiting == count && reopenedWaiting == count && drained == count && misordered == 0
                && outbox.dropped() == 0;
        System.out.println(ok ? "OK" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakOldGeneration() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName().toLowerCase(Locale.ROOT);
            if (pool.getType() == MemoryType.HEAP && (name.contains("old") || name.contains("tenured"))) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak;
    }
}
