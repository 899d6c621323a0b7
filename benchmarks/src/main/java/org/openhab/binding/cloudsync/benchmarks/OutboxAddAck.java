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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The {@link OutboxAddAck} is a JMH benchmark of what one change costs in the durable (segment) outbox on disk, as
 * {@link CostBreakdown} and {@link OutboxCost} measure it: add a window of 1,000 changes, store them (the writer's
 * work, here on the benchmark thread), take them, acknowledge each and store the acknowledgements. One operation is
 * one change, so JMH's time per operation and the GC profiler's bytes per operation are per change. The outbox's
 * writer is never scheduled (an idle scheduler), so all the work is on the measured thread; the time includes what
 * the store spends in system calls.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OutboxAddAck {

    static final int WINDOW = 1_000;

    private List<StateChange> changes = List.of();
    private @Nullable ScheduledExecutorService idle;
    private @Nullable SegmentedOutbox outbox;
    private @Nullable Path folder;
    private int cursor;

    @Setup(Level.Trial)
    public void open() throws IOException {
        changes = CostBreakdown.changes(100 * WINDOW);
        EndpointSettings settings = TestSettings.endpoint(1883, c -> {
            c.maxQueued = 1_000_000;
            c.maxQueuedMB = 1_000;
        });
        Path folder = Files.createTempDirectory("cloudsync-outbox-jmh");
        ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
        this.folder = folder;
        this.idle = idle;
        this.outbox = SegmentedOutbox.open(folder, settings.outbox(), false, idle);
    }

    @Benchmark
    @OperationsPerInvocation(WINDOW)
    public void addAndAcknowledge() {
        SegmentedOutbox outbox = this.outbox;
        if (outbox == null) {
            throw new IllegalStateException("not open");
        }
        for (int i = 0; i < WINDOW; i++) {
            outbox.add(changes.get(cursor));
            cursor = cursor + 1 == changes.size() ? 0 : cursor + 1;
        }
        outbox.write();
        for (OutboxEntry entry : outbox.take(WINDOW)) {
            outbox.acknowledge(entry);
        }
        outbox.write();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        SegmentedOutbox outbox = this.outbox;
        if (outbox != null) {
            outbox.close();
        }
        ScheduledExecutorService idle = this.idle;
        if (idle != null) {
            idle.shutdownNow();
        }
        Path folder = this.folder;
        if (folder != null) {
            SegmentedOutbox.delete(folder);
        }
    }
}
