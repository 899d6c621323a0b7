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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link IntakeBuffer} is the event thread's side of a {@link SegmentedOutbox}: a lock-free queue the changes
 * wait in until the outbox's writer stores them, at most {@value #WRITE_DELAY_MILLIS} ms, and the wake-up of that
 * writer, handed to the scheduler at most once per write. When the writer falls behind by {@value #LIMIT} changes
 * (the disk stalls), changes are dropped by the overflow policy and counted.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class IntakeBuffer {

    /** The longest a change waits in memory before the writer stores it: the crash window. */
    static final long WRITE_DELAY_MILLIS = 50;
    /** Buffered changes that make the writer run at once instead of after the delay. */
    static final int WRITE_BATCH = 1000;
    /** The most changes buffered in memory; more only when the disk stalls. */
    static final int LIMIT = 20_000;

    private final Logger logger = LoggerFactory.getLogger(IntakeBuffer.class);
    private final String name;
    private final boolean dropNewest;
    private final OutboxCounters counters;
    private final ScheduledExecutorService scheduler;
    private final Runnable writer;

    private final ConcurrentLinkedQueue<IncomingChange> changes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final AtomicBoolean warnedBehind = new AtomicBoolean();
    private volatile boolean closed;

    IntakeBuffer(String name, OverflowPolicy policy, OutboxCounters counters, ScheduledExecutorService scheduler,
            Runnable writer) {
        this.name = name;
        this.dropNewest = policy == OverflowPolicy.DROP_NEWEST;
        this.counters = counters;
        this.scheduler = scheduler;
        this.writer = writer;
    }

    /** Queues a change and makes sure the writer comes; memory only, never waits. */
    void add(IncomingChange change) {
        if (closed) {
            counters.dropped(DropReason.STOPPED);
            return;
        }
        if (dropNewest && size.get() >= LIMIT) {
            writerBehind();
            return;
        }
        changes.offer(change);
        int buffered = size.incrementAndGet();
        if (closed && changes.remove(change)) {
            // the outbox closed after the check above and stored the buffer without this change
            size.decrementAndGet();
            counters.dropped(DropReason.STOPPED);
            return;
        }
        if (buffered > LIMIT && changes.poll() != null) {
            size.decrementAndGet();
            writerBehind();
        }
        if (buffered % WRITE_BATCH == 0) {
            schedule(0);
        } else {
            requestWrite(WRITE_DELAY_MILLIS);
        }
    }

    private void writerBehind() {
        counters.dropped(DropReason.WRITER_BEHIND);
        if (warnedBehind.compareAndSet(false, true)) {
            logger.warn("Outbox {}: the store does not keep up with the changes; changes are dropped and counted",
                    name);
        }
    }

    /** Has the writer run after the delay, unless a run is already pending. */
    void requestWrite(long delayMillis) {
        // read first: while a write is pending, the event thread does not even contend for the flag's cache line
        if (!writeScheduled.get() && writeScheduled.compareAndSet(false, true)) {
            schedule(delayMillis);
        }
    }

    private void schedule(long delayMillis) {
        try {
            scheduler.schedule(writer, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the scheduler is shutting down: closing the outbox stores what is buffered
            writeScheduled.set(false);
        }
    }

    /** The writer started: a change arriving from now on asks for another run. */
    void writeStarted() {
        writeScheduled.set(false);
    }

    /**
     * Takes the changes buffered now, oldest first. They still count in {@link #size()} until {@link #stored} is
     * called, so that what waits is never under-counted meanwhile.
     */
    List<IncomingChange> poll() {
        int count = size.get();
        List<IncomingChange> polled = new ArrayList<>(count);
        IncomingChange change;
        while (polled.size() < count && (change = changes.poll()) != null) {
            polled.add(change);
        }
        return polled;
    }

    /** The polled changes are stored (or dropped, counted). */
    void stored(int count) {
        size.addAndGet(-count);
    }

    int size() {
        return size.get();
    }

    /** No change is taken from now on; those still buffered are for the last {@link #poll()}. */
    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }
}
