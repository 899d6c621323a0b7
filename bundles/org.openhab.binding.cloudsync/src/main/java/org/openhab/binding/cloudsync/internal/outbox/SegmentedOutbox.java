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
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.h2.mvstore.MVStoreException;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SegmentedOutbox} keeps an endpoint's changes in an {@link OutboxStore} until the broker acknowledged
 * them. {@link #add} runs on openHAB's event thread and only touches memory: the change waits in the
 * {@link IntakeBuffer}, which wakes the writer. The writer formats the buffered changes, numbers them and moves
 * them into the {@link StoredQueue} (coalescing, bounds) as one segment, and commits it to disk at most
 * {@value IntakeBuffer#WRITE_DELAY_MILLIS} ms after they came, together with the acknowledgements that came
 * meanwhile; numbering, taking, acknowledging and releasing happen under one lock, never taken by the event thread.
 * An outbox can take over the changes of an earlier one (the Thing's queue before its configuration changed): they
 * come first, renumbered after the earlier numbers.
 * <p>
 * What stays in the heap however long the backlog: the intake buffer (normally a few changes, at most
 * {@value IntakeBuffer#LIMIT}), the sequence numbers in flight, the acknowledgements above the low-water mark, one
 * sequence number per item, and MVStore's page cache.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SegmentedOutbox implements Outbox {

    /** Sequence numbers reserved by one commit, so that a number sent is never handed out again. */
    static final long SEQ_BLOCK = 10_000;
    /** Changes moved per step when taking over an earlier outbox. */
    private static final int HANDOVER_BATCH = 1000;
    /** Steps between two commits of the taker, so a large queue moving over never sits in the heap at once. */
    private static final int HANDOVER_BATCHES_PER_COMMIT = 64;

    private final Logger logger = LoggerFactory.getLogger(SegmentedOutbox.class);
    private final String name;
    /** Where the store lives; null in the heap. */
    private final @Nullable Path folder;
    private final boolean coalesce;
    private final LongSupplier clock;
    private final OutboxCounters counters = new OutboxCounters();
    /** The event thread's side: lock-free; closed with the outbox. */
    private final IntakeBuffer intake;

    // changed under lock, read by the counters without it
    private final Object lock = new Object();
    private volatile StoredQueue queue;
    private long nextSeq;
    /** Hands out the next sequence number; only for a change that is stored. */
    private final LongSupplier numbering = () -> nextSeq++;
    /** Earlier outboxes of the Thing whose changes come before this one's, oldest first. */
    private final List<SegmentedOutbox> earlier = new ArrayList<>();
    /** What waits in the earlier outboxes, counted here until it is moved. */
    private volatile long earlierWaiting;
    /** Changes of a writer run that a failing store did not take; for the heap queue that replaces it. */
    private List<StateChange> unstored = List.of();
    /** Above every sequence number handed out before the last commit. */
    private long committedCeiling;
    private volatile long storedCount;
    private volatile long storedBytes;

    SegmentedOutbox(String name, @Nullable Path folder, OutboxStore store, OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler, LongSupplier clock, long firstSeq) {
        this.name = name;
        this.folder = folder;
        this.coalesce = coalesce;
        this.clock = clock;
        this.intake = new IntakeBuffer(name, settings.overflowPolicy(), counters, scheduler, this::write);
        this.nextSeq = firstSeq;
        this.queue = new StoredQueue(store, settings, coalesce, counters, clock);
        this.committedCeiling = store.seqCeiling();
        refreshCounts();
    }

    /**
     * Opens the outbox kept in a folder (created when missing), with the changes left there by the last run.
     *
     * @throws IOException when the folder or its store file cannot be used
     */
    public static SegmentedOutbox open(Path folder, OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler) throws IOException {
        OutboxStore store = OutboxStore.open(folder);
        SegmentedOutbox outbox = new SegmentedOutbox(folder.toString(), folder, store, settings, coalesce, scheduler,
                System::currentTimeMillis, Math.max(1, store.seqCeiling()));
        // numbers continue above the last stored change too (a store written without a ceiling)
        outbox.nextSeq = Math.max(outbox.nextSeq, outbox.queue.lastSeq() + 1);
        return outbox;
    }

    /** In the heap, lost on restart; numbers start from the clock (ms × 1000), so they grow across restarts. */
    public static SegmentedOutbox inHeap(String name, OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler) {
        return new SegmentedOutbox(name, null, OutboxStore.inMemory(), settings, coalesce, scheduler,
                System::currentTimeMillis, System.currentTimeMillis() * 1000);
    }

    /** Deletes an outbox folder with everything queued in it (the Thing was removed). */
    public static void delete(Path folder) throws IOException {
        OutboxStore.delete(folder);
    }

    // --- event thread: memory only

    @Override
    public void add(IncomingChange change) {
        intake.add(change);
    }

    /**
     * Takes over the changes of an earlier outbox of the same Thing, to be sent before any of this one's: a queue
     * in the heap kept over a configuration change, or the store left on disk when persistence was switched off.
     * The writer moves them, off the event thread, numbering them after the earlier outbox's numbers; then the
     * earlier outbox is closed and its folder, if any, deleted. Nobody else may use the earlier outbox any more.
     */
    public void takeOver(SegmentedOutbox previous) {
        synchronized (lock) {
            earlier.add(previous);
            earlierWaiting += previous.waiting();
        }
        intake.requestWrite(0);
    }

    // --- scheduler and connection threads

    /** Moves buffered changes into the store and commits them to disk: the writer task, also callable at once. */
    public void write() {
        intake.writeStarted();
        boolean syncDue = false;
        synchronized (lock) {
            if (intake.isClosed()) {
                return;
            }
            try {
                absorb();
                long now = clock.getAsLong();
                queue.sweep(now);
                if (queue.needsCommit()) {
                    commit();
                }
                syncDue = queue.store().maintain(now, queue.bytes());
            } catch (MVStoreException e) {
                storeFailed(e);
            } finally {
                refreshCounts();
            }
        }
        if (syncDue) {
            // committed, not yet forced to the disk: come back when the sync is due
            intake.requestWrite(OutboxStore.SYNC_INTERVAL_MILLIS);
        }
    }

    @Override
    public List<OutboxEntry> take(int max) {
        synchronized (lock) {
            if (intake.isClosed() || max <= 0) {
                return List.of();
            }
            try {
                // the writer stores the (newer) buffer while enough stored wait; coalescing needs it at once
                if (coalesce || !earlier.isEmpty() || queue.count() - queue.inFlightCount() < max) {
                    absorb();
                }
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
            if (intake.isClosed()) {
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
        intake.requestWrite(IntakeBuffer.WRITE_DELAY_MILLIS);
    }

    @Override
    public void release(OutboxEntry entry) {
        synchronized (lock) {
            if (intake.isClosed()) {
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
            if (intake.isClosed()) {
                return;
            }
            intake.close();
            try {
                absorb();
                // nothing more is handed out: the next start continues with the very next number
                committedCeiling = nextSeq;
                queue.commit(committedCeiling);
            } catch (MVStoreException e) {
                logger.warn("Outbox {}: storing the last changes failed: {}", name, e.getMessage());
            } finally {
                refreshCounts();
                queue.store().close();
            }
        }
    }

    // --- under lock

    /** Numbers the buffered changes in arrival order and stores them, after those of earlier outboxes. */
    private void absorb() {
        if (!earlier.isEmpty()) {
            earlier.forEach(previous -> previous.handOverTo(this));
            earlier.clear();
            // counted as stored before they stop counting as earlier, so waiting() never dips meanwhile
            storedCount = queue.count();
            earlierWaiting = 0;
        }
        List<IncomingChange> polled = intake.poll();
        if (polled.isEmpty()) {
            return;
        }
        List<StateChange> batch = WriterBatch.of(name, polled, coalesce, counters);
        int added = 0;
        try {
            for (; added < batch.size(); added++) {
                queue.add(batch.get(added), numbering);
            }
            queue.flush();
        } catch (MVStoreException e) {
            // the store failed: what it did not take goes into the heap queue that replaces it
            unstored = List
                    .copyOf(batch.subList(Math.min(batch.size(), added + (queue.tookLast() ? 1 : 0)), batch.size()));
            throw e;
        } finally {
            // counted as stored before they stop counting as buffered, so waiting() never dips meanwhile
            storedCount = queue.count() + unstored.size();
            intake.stored(polled.size());
        }
    }

    /**
     * Moves every change still here, oldest first, into the taker, then closes; the folder goes only when all were
     * moved. Runs under the taker's lock, then this one's.
     */
    private void handOverTo(SegmentedOutbox taker) {
        int moved = 0;
        boolean complete = false;
        synchronized (lock) {
            if (intake.isClosed()) {
                return;
            }
            taker.nextSeq = Math.max(taker.nextSeq, nextSeq);
            boolean takerFailed = false;
            try {
                absorb();
                List<OutboxEntry> batch;
                for (int batches = 1; !(batch = queue.take(HANDOVER_BATCH)).isEmpty(); batches++) {
                    for (OutboxEntry entry : batch) {
                        taker.queue.add(entry.change(), taker.numbering);
                        queue.acknowledge(entry.seq());
                        moved++;
                    }
                    if (batches % HANDOVER_BATCHES_PER_COMMIT == 0) {
                        takerFailed = true;
                        taker.commit();
                        takerFailed = false;
                    }
                }
                // stored by the taker before they leave here: a crash in between sends them twice, never loses them
                takerFailed = true;
                taker.commit();
                takerFailed = false;
                complete = true;
            } catch (MVStoreException e) {
                if (takerFailed) {
                    // the taker's store failed: everything stays here, as the last commit left it
                    queue.store().abandon();
                    throw e;
                }
                logger.warn("Outbox {}: handing its changes over stopped after {}: {}; the rest stays there", name,
                        moved, e.getMessage());
            } finally {
                intake.close();
                // the close commits: what moved leaves a store on disk, what did not stays for a later start
                queue.store().close();
            }
        }
        logger.debug("Outbox {}: {} changes handed over to {}", name, moved, taker.name);
        Path storedIn = folder;
        if (complete && storedIn != null) {
            try {
                OutboxStore.delete(storedIn);
            } catch (IOException e) {
                logger.warn("Outbox {}: its changes were handed over, but the folder could not be deleted: {}", name,
                        e.getMessage());
            }
        }
    }

    private void commit() {
        committedCeiling = Math.max(committedCeiling, nextSeq + SEQ_BLOCK);
        queue.commit(committedCeiling);
    }

    /** The disk failed (full, gone): keep working in the heap; what was committed is sent after a restart. */
    private void storeFailed(MVStoreException e) {
        logger.warn("Outbox {}: the store failed ({}); new changes are kept in memory until the Thing restarts,"
                + " the stored ones are sent after that", name, e.getMessage());
        // in-flight changes belong to the failed store: their answers find nothing in the new one
        queue = queue.inHeapAfterFailure(unstored, numbering);
        unstored = List.of();
    }

    private void refreshCounts() {
        storedCount = queue.count();
        storedBytes = queue.bytes();
    }

    // --- counters: any thread

    @Override
    public int waiting() {
        long waiting = Math.max(0, storedCount - queue.inFlightCount()) + intake.size() + earlierWaiting;
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

    @Override
    public String location() {
        synchronized (lock) {
            return intake.isClosed() ? "closed" : queue.store().location();
        }
    }

    @Override
    public String toString() {
        return "SegmentedOutbox[" + name + "]";
    }
}
