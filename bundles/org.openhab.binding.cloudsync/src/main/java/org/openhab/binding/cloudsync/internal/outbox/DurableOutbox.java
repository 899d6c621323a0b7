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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.h2.mvstore.MVStoreException;
import org.openhab.binding.cloudsync.internal.intake.IncomingChange;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DurableOutbox} keeps an endpoint's changes in an {@link OutboxStore} until the broker acknowledged
 * them. {@link #add} runs on openHAB's event thread and only touches memory: it puts the change in a lock-free
 * buffer and, at most once per write, hands the writer task to the scheduler. The writer formats the buffered
 * changes, numbers them and moves them into the {@link StoredQueue} (coalescing, bounds), and commits them to disk
 * at most {@value #WRITE_DELAY_MILLIS} ms after they came; numbering, taking, acknowledging and releasing happen
 * under one lock, never taken by the event thread.
 * <p>
 * What stays in the heap however long the backlog: the intake buffer (normally a few changes, at most
 * {@value #BUFFER_LIMIT}), the sequence numbers in flight, one sequence number per item, and MVStore's page cache.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class DurableOutbox implements Outbox {

    /** The longest a change waits in memory before the writer stores it: the crash window. */
    static final long WRITE_DELAY_MILLIS = 50;
    /** Buffered changes that make the writer run at once instead of after the delay. */
    static final int WRITE_BATCH = 1000;
    /** The most changes buffered in memory; more only when the disk stalls. */
    static final int BUFFER_LIMIT = 20_000;
    /** Sequence numbers reserved by one commit, so that a number sent is never handed out again. */
    static final long SEQ_BLOCK = 10_000;

    private final Logger logger = LoggerFactory.getLogger(DurableOutbox.class);
    private final String name;
    private final OutboxSettings settings;
    private final boolean coalesce;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final OutboxCounters counters = new OutboxCounters();

    // event thread side: lock-free
    private final ConcurrentLinkedQueue<IncomingChange> buffer = new ConcurrentLinkedQueue<>();
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final AtomicBoolean warnedWriterBehind = new AtomicBoolean();
    private volatile boolean closed;

    // changed under lock, read by the counters without it
    private final Object lock = new Object();
    private volatile StoredQueue queue;
    private long nextSeq;
    /** Per item, the sequence number of its newest change in the store (waiting or in flight). */
    private final Map<String, Long> newest = new HashMap<>();
    /** Above every sequence number handed out before the last commit. */
    private long committedCeiling;
    private volatile long storedCount;
    private volatile long storedBytes;

    DurableOutbox(String name, OutboxStore store, OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler, LongSupplier clock, long firstSeq) {
        this.name = name;
        this.settings = settings;
        this.coalesce = coalesce;
        this.scheduler = scheduler;
        this.clock = clock;
        this.nextSeq = firstSeq;
        this.newest.putAll(store.newestPerItem());
        this.queue = new StoredQueue(store, settings, coalesce, newest, counters, clock);
        this.committedCeiling = store.seqCeiling();
        refreshCounts();
    }

    /**
     * Opens the outbox kept in a folder (created when missing), with the changes left there by the last run.
     *
     * @throws IOException when the folder or its store file cannot be used
     */
    public static DurableOutbox open(Path folder, OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler) throws IOException {
        OutboxStore store = OutboxStore.open(folder);
        long firstSeq = Math.max(1, Math.max(store.seqCeiling(), store.lastSeq() + 1));
        return new DurableOutbox(folder.toString(), store, settings, coalesce, scheduler, System::currentTimeMillis,
                firstSeq);
    }

    /**
     * An outbox in the heap: nothing survives a restart. Sequence numbers start from the clock (milliseconds
     * times 1000), so they still grow across restarts unless the clock goes back.
     */
    public static DurableOutbox inMemory(String name, OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler) {
        return new DurableOutbox(name, OutboxStore.inMemory(), settings, coalesce, scheduler,
                System::currentTimeMillis, System.currentTimeMillis() * 1000);
    }

    /** Deletes an outbox folder with everything queued in it (the Thing was removed). */
    public static void delete(Path folder) throws IOException {
        OutboxStore.delete(folder);
    }

    // --- event thread: memory only

    @Override
    public void add(IncomingChange change) {
        if (closed) {
            counters.dropped(DropReason.STOPPED);
            return;
        }
        if (settings.overflowPolicy() == OverflowPolicy.DROP_NEWEST && buffered.get() >= BUFFER_LIMIT) {
            writerBehind();
            return;
        }
        buffer.offer(change);
        int size = buffered.incrementAndGet();
        if (closed && buffer.remove(change)) {
            // close() stored the buffer before this change arrived
            buffered.decrementAndGet();
            counters.dropped(DropReason.STOPPED);
            return;
        }
        if (size > BUFFER_LIMIT && buffer.poll() != null) {
            buffered.decrementAndGet();
            writerBehind();
        }
        if (size % WRITE_BATCH == 0) {
            runWriter(0);
        } else {
            requestWrite();
        }
    }

    private void writerBehind() {
        counters.dropped(DropReason.WRITER_BEHIND);
        if (warnedWriterBehind.compareAndSet(false, true)) {
            logger.warn("Outbox {}: the store does not keep up with the changes; changes are dropped and counted",
                    name);
        }
    }

    private void requestWrite() {
        requestWrite(WRITE_DELAY_MILLIS);
    }

    private void requestWrite(long delayMillis) {
        // read first: while a write is pending, the event thread does not even contend for the flag's cache line
        if (!writeScheduled.get() && writeScheduled.compareAndSet(false, true)) {
            runWriter(delayMillis);
        }
    }

    private void runWriter(long delayMillis) {
        try {
            scheduler.schedule(this::write, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the scheduler is shutting down: close() stores what is buffered
            writeScheduled.set(false);
        }
    }

    // --- scheduler and connection threads

    /** Moves buffered changes into the store and commits them to disk: the writer task, also callable at once. */
    public void write() {
        writeScheduled.set(false);
        boolean syncDue = false;
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                absorb();
                if (queue.store().hasUnsavedChanges()) {
                    commit();
                }
                syncDue = queue.store().maintain(clock.getAsLong());
            } catch (MVStoreException e) {
                storeFailed(e);
            } finally {
                refreshCounts();
            }
        }
        if (syncDue) {
            // committed, not yet forced to the disk: come back when the sync is due
            requestWrite(OutboxStore.SYNC_INTERVAL_MILLIS);
        }
    }

    @Override
    public List<OutboxEntry> take(int max) {
        synchronized (lock) {
            if (closed || max <= 0) {
                return List.of();
            }
            try {
                absorb();
                List<OutboxEntry> taken = queue.take(max);
                if (!taken.isEmpty() && taken.get(taken.size() - 1).seq() >= committedCeiling) {
                    // a sequence number may only be sent once a commit keeps it from being handed out again
                    commit();
                }
                return taken;
            } catch (MVStoreException e) {
                storeFailed(e);
                return List.of();
            } finally {
                refreshCounts();
            }
        }
    }

    @Override
    public void acknowledge(OutboxEntry entry) {
        synchronized (lock) {
            if (closed) {
                // still stored: sent again after the next start, a duplicate but never a loss
                return;
            }
            try {
                queue.acknowledge(entry.seq());
            } catch (MVStoreException e) {
                storeFailed(e);
            } finally {
                refreshCounts();
            }
        }
        requestWrite();
    }

    @Override
    public void release(OutboxEntry entry) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                queue.release(entry);
            } catch (MVStoreException e) {
                storeFailed(e);
            } finally {
                refreshCounts();
            }
        }
    }

    /** Stores what is buffered, commits and closes the store: a clean stop loses nothing. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                absorb();
                // nothing more is handed out: the next start continues with the very next number
                committedCeiling = nextSeq;
                queue.store().commit(committedCeiling);
            } catch (MVStoreException e) {
                logger.warn("Outbox {}: storing the last changes failed: {}", name, e.getMessage());
            } finally {
                refreshCounts();
                queue.store().close();
            }
        }
    }

    // --- under lock

    /** Numbers the buffered changes in arrival order and stores them. */
    private void absorb() {
        int arrivedCount = buffered.get();
        if (arrivedCount == 0) {
            return;
        }
        List<OutboxEntry> arrived = new ArrayList<>(arrivedCount);
        int polled = 0;
        IncomingChange incoming;
        while (polled < arrivedCount && (incoming = buffer.poll()) != null) {
            polled++;
            StateChange change = capture(incoming);
            if (change != null) {
                long seq = nextSeq++;
                // numbered all before storing any: an item's older change in this batch is skipped, never written
                newest.put(change.itemName(), seq);
                arrived.add(new OutboxEntry(seq, change));
            }
        }
        arrived.forEach(queue::add);
        // counted as stored before they stop counting as buffered, so waiting() never dips meanwhile
        storedCount = queue.store().count();
        buffered.addAndGet(-polled);
    }

    private @Nullable StateChange capture(IncomingChange incoming) {
        try {
            return incoming.toStateChange();
        } catch (RuntimeException e) {
            // a state that cannot be formatted must not take the rest of the buffer with it
            logger.warn("Outbox {}: a change of {} cannot be captured and is dropped: {}", name, incoming.itemName(),
                    e.toString());
            counters.dropped(DropReason.UNREADABLE);
            return null;
        }
    }

    private void commit() {
        committedCeiling = Math.max(committedCeiling, nextSeq + SEQ_BLOCK);
        queue.store().commit(committedCeiling);
    }

    /** The disk failed (full, gone): keep working in the heap; what was committed is sent after a restart. */
    private void storeFailed(MVStoreException e) {
        logger.warn("Outbox {}: the store failed ({}); new changes are kept in memory until the Thing restarts,"
                + " the stored ones are sent after that", name, e.getMessage());
        queue.store().close();
        // in-flight changes belong to the failed store: their answers find nothing in the new one
        queue = new StoredQueue(OutboxStore.inMemory(), settings, coalesce, newest, counters, clock);
    }

    private void refreshCounts() {
        storedCount = queue.store().count();
        storedBytes = queue.store().bytes();
    }

    // --- counters: any thread

    @Override
    public int waiting() {
        long waiting = Math.max(0, storedCount - queue.inFlightCount()) + buffered.get();
        return (int) Math.min(Integer.MAX_VALUE, waiting);
    }

    @Override
    public long dropped() {
        return counters.droppedTotal();
    }

    @Override
    public OutboxStats stats() {
        return new OutboxStats(waiting(), queue.inFlightCount(), storedBytes, counters.coalescedTotal(),
                counters.droppedByReason());
    }

    /** The size of the store file on disk (0 in the heap or once closed). */
    public long fileSize() {
        synchronized (lock) {
            return closed ? 0 : queue.store().fileSize();
        }
    }

    @Override
    public String toString() {
        return "DurableOutbox[" + name + "]";
    }
}
