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
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link StoredQueue} is the ordered queue of changes in an {@link OutboxStore}. The changes of a writer run
 * collect in a {@link SegmentBuilder} and are stored as one {@link Segment}; which stored changes are done
 * (acknowledged, or gone for a counted reason) is tracked in memory by {@link AckedSeqs} and stored whole with
 * each commit; a segment whose changes are all done is removed, one mostly done is rewritten smaller
 * ({@link SegmentSweeper}). So the store works per writer run and per commit, never per change.
 * <p>
 * It stores changes within the bounds (choosing what gives way by the {@link OverflowPolicy}), and when coalescing
 * a new state of an item makes the item's waiting one done (counted as coalesced), so after a restart it is gone
 * as well. It hands out the oldest waiting changes (dropping those older than the maximum age) and tracks which
 * are in flight. In memory per queued change: nothing. In memory otherwise: the changes in flight, the newest
 * stored change of each item ({@link #rebuild() rebuilt} from the segments when the store opens), the ranges of
 * {@link AckedSeqs}, and one writer run's builder. Not thread-safe: the {@link SegmentedOutbox} calls it under its
 * lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class StoredQueue {

    private final Logger logger = LoggerFactory.getLogger(StoredQueue.class);
    private final OutboxStore store;
    private final OutboxSettings settings;
    private final boolean coalesce;
    private final OutboxCounters counters;
    private final LongSupplier clock;
    private final AckedSeqs acked;
    private final InFlight inFlight = new InFlight();
    /** Read without the lock for counters. */
    private volatile int inFlightCount;
    private final NewestPerItem newest = new NewestPerItem();
    private final SegmentBuilder builder = new SegmentBuilder();
    private final SegmentCursor cursor;
    private final SegmentSweeper sweeper;
    private final VictimSearch victims;
    /** Segments stored since the last commit: kept in the heap if the disk fails before it. */
    private final List<byte[]> uncommitted = new ArrayList<>();
    /** Every stored change below it is in flight or done: where taking and the search for room start. */
    private long waitingFrom;
    /** Stored changes not done (waiting and in flight), and their encoded size. */
    private long count;
    private long bytes;
    /** The highest sequence number stored. */
    private long lastSeq;
    private boolean ackedChanged;
    private boolean tookLast;

    StoredQueue(OutboxStore store, OutboxSettings settings, boolean coalesce, OutboxCounters counters,
            LongSupplier clock) {
        this.store = store;
        this.settings = settings;
        this.coalesce = coalesce;
        this.counters = counters;
        this.clock = clock;
        this.acked = AckedSeqs.decode(store.acked());
        this.cursor = new SegmentCursor(store);
        this.sweeper = new SegmentSweeper(store, acked);
        this.victims = new VictimSearch(cursor, acked, inFlight, builder, newest);
        rebuild();
    }

    /**
     * Counts what is queued and finds each item's newest change, reading every segment once; when coalescing, an
     * older change of an item that the last run left (it was in flight then, or that run did not coalesce) is
     * done now, as it would have been when it came back.
     */
    private void rebuild() {
        List<Long> unreadable = new ArrayList<>();
        store.forEachSegment((key, bytes) -> {
            Segment segment = Segment.parse(bytes);
            if (segment == null) {
                unreadable.add(key);
            } else {
                rebuild(segment);
            }
        });
        for (long key : unreadable) {
            logger.warn("Outbox {}: the stored changes from {} on cannot be read and are dropped", store, key);
            store.removeSegment(key);
            counters.dropped(DropReason.UNREADABLE);
        }
        waitingFrom = acked.low();
        newest.searchAgainFrom(waitingFrom);
    }

    private void rebuild(Segment segment) {
        for (int i = 0; i < segment.count(); i++) {
            long seq = segment.seq(i);
            if (acked.isDone(seq)) {
                continue;
            }
            int size = segment.length(i);
            try {
                String item = EntryCodec.itemName(segment.bytes(), segment.start(i), size);
                count++;
                bytes += size;
                if (coalesce) {
                    supersede(item);
                }
                newest.stored(item, seq, size);
            } catch (EntryCodec.UnreadableEntryException e) {
                logger.warn("Outbox {}: change {} cannot be read and is dropped: {}", store, seq, e.getMessage());
                markDone(seq);
                counters.dropped(DropReason.UNREADABLE);
            }
        }
        lastSeq = segment.lastSeq();
    }

    OutboxStore store() {
        return store;
    }

    /** Stored changes not done: waiting and in flight. */
    long count() {
        return count;
    }

    /** The encoded size of the stored changes not done. */
    long bytes() {
        return bytes;
    }

    int inFlightCount() {
        return inFlightCount;
    }

    /** The highest sequence number stored, or 0. */
    long lastSeq() {
        return lastSeq;
    }

    /** Stores a new change, numbered only once it fits, or drops it (counted) when the policy refuses it. */
    void add(StateChange change, LongSupplier numbering) {
        tookLast = false;
        String item = change.itemName();
        if (coalesce) {
            supersede(item);
        }
        byte[] encoded = EntryCodec.encode(change);
        newest.coming(item);
        if (!makeRoom(item, encoded.length)) {
            counters.dropped(DropReason.OVERFLOW);
            return;
        }
        long seq = numbering.getAsLong();
        if (!builder.isEmpty() && seq != builder.nextSeq()) {
            flush();
        }
        builder.add(seq, item, encoded);
        tookLast = true;
        count++;
        bytes += encoded.length;
        newest.stored(item, seq, encoded.length);
        lastSeq = Math.max(lastSeq, seq);
        if (builder.isFull()) {
            flush();
        }
    }

    /** When coalescing: the item's waiting change is replaced by the one coming, so it is done. */
    private void supersede(String item) {
        NewestPerItem.Newest previous = newest.get(item);
        if (previous != null && !acked.isDone(previous.seq) && !inFlight.contains(previous.seq)) {
            markDone(previous.seq);
            count--;
            bytes -= previous.size;
            counters.coalesced();
        }
    }

    /** Makes room for one more change of the size; false when the policy refuses the new change instead. */
    private boolean makeRoom(String item, int size) {
        if (size > settings.maxQueuedBytes()) {
            return false;
        }
        while (count >= settings.maxQueued() || bytes + size > settings.maxQueuedBytes()) {
            OverflowPolicy policy = settings.overflowPolicy();
            if (policy == OverflowPolicy.DROP_NEWEST) {
                return false;
            }
            if (!(policy == OverflowPolicy.KEEP_LATEST_PER_ITEM && dropOldest(item)) && !dropOldest(null)) {
                // everything stored is in flight
                return false;
            }
        }
        return true;
    }

    /** Drops the oldest waiting change, or with an {@code incoming} item the oldest that has a newer one. */
    private boolean dropOldest(@Nullable String incoming) {
        long from = incoming != null ? Math.max(waitingFrom, newest.searchFrom()) : waitingFrom;
        if (!victims.find(from, incoming)) {
            if (incoming != null && victims.lookedAtAll) {
                // every waiting change is the newest of its item: only a newer change of one makes a candidate
                newest.searchedUpTo(lastSeq + 1);
            }
            return false;
        }
        long seq = victims.seq;
        drop(seq, victims.size, victims.item, DropReason.OVERFLOW);
        if (victims.stored) {
            // everything before it is in flight or done now, or the newest of its item
            if (incoming != null) {
                newest.searchedUpTo(seq + 1);
            } else {
                waitingFrom = seq + 1;
            }
        }
        return true;
    }

    /** Takes up to {@code max} of the oldest waiting changes, dropping those past the maximum age on the way. */
    List<OutboxEntry> take(int max) {
        flush();
        List<OutboxEntry> taken = new ArrayList<>(Math.min(max, 64));
        if (count <= inFlight.size() || !cursor.seek(waitingFrom)) {
            // nothing waits: a send round that finds nothing costs no lookup
            return taken;
        }
        long cutoff = settings.maxAgeMillis() > 0 ? clock.getAsLong() - settings.maxAgeMillis() : Long.MIN_VALUE;
        long lastVisited = waitingFrom - 1;
        boolean more = true;
        while (more && taken.size() < max) {
            long seq = cursor.seq();
            if (acked.isDone(seq)) {
                // changes that gave way lie in runs: jump over the whole run
                lastVisited = acked.doneThrough(seq);
                more = cursor.seek(lastVisited + 1);
                continue;
            }
            lastVisited = seq;
            if (!inFlight.contains(seq)) {
                take(seq, cutoff, taken);
            }
            more = cursor.next();
        }
        // everything visited is in flight now, or done
        waitingFrom = Math.max(waitingFrom, lastVisited + 1);
        inFlightCount = inFlight.size();
        return taken;
    }

    /** Takes the change at the cursor, or drops it when it is too old or cannot be read. */
    private void take(long seq, long cutoff, List<OutboxEntry> taken) {
        Segment segment = cursor.segment();
        int index = cursor.index();
        int length = segment.length(index);
        StateChange change;
        try {
            change = EntryCodec.decode(segment.bytes(), segment.start(index), length);
        } catch (EntryCodec.UnreadableEntryException e) {
            logger.warn("Outbox {}: change {} cannot be read and is dropped: {}", store, seq, e.getMessage());
            drop(seq, length, VictimSearch.itemOf(segment, index), DropReason.UNREADABLE);
            return;
        }
        if (change.eventTime() < cutoff) {
            drop(seq, length, change.itemName(), DropReason.EXPIRED);
        } else {
            inFlight.put(seq, length);
            taken.add(new OutboxEntry(seq, change));
        }
    }

    /** The broker has the change: it is done, and its segment goes once all of it is. */
    void acknowledge(long seq) {
        int size = inFlight.remove(seq);
        if (size < 0) {
            // not taken from this store (it failed meanwhile), or answered twice
            return;
        }
        inFlightCount = inFlight.size();
        markDone(seq);
        count--;
        bytes -= size;
    }

    /** Sending failed: the change waits again at its place, unless a newer state of its item replaced it. */
    void release(OutboxEntry entry) {
        long seq = entry.seq();
        int size = inFlight.remove(seq);
        if (size < 0) {
            return;
        }
        inFlightCount = inFlight.size();
        String item = entry.change().itemName();
        if (coalesce && newest.isSuperseded(item, seq)) {
            markDone(seq);
            count--;
            bytes -= size;
            counters.coalesced();
            return;
        }
        newest.stored(item, seq, size);
        waitingFrom = Math.min(waitingFrom, seq);
    }

    private void drop(long seq, int size, @Nullable String item, DropReason reason) {
        if (item != null) {
            newest.dropped(item, seq);
        }
        markDone(seq);
        count--;
        bytes -= size;
        counters.dropped(reason);
    }

    private void markDone(long seq) {
        acked.markDone(seq);
        ackedChanged = true;
        int index = builder.indexOf(seq);
        if (index >= 0) {
            builder.remove(index);
        }
        sweeper.rangesChanged();
    }

    /** Stores the builder's changes as one segment. */
    void flush() {
        if (builder.isEmpty()) {
            return;
        }
        byte[] segment = builder.build();
        if (segment != null) {
            uncommitted.add(segment);
            store.putSegment(Segment.firstSeqOf(segment), segment);
        }
    }

    boolean needsCommit() {
        return !builder.isEmpty() || ackedChanged || store.hasUnsavedChanges();
    }

    /**
     * Stores the builder, removes the segments that are done, and commits them with what is done and the ceiling
     * of the sequence numbers, as one atomic version.
     */
    void commit(long seqCeiling) {
        flush();
        ackedChanged |= sweeper.settle(cursor);
        store.commit(seqCeiling, ackedChanged ? acked.encode() : null);
        ackedChanged = false;
        uncommitted.clear();
    }

    /** Removes and rewrites segments done out of order, at most once a second. */
    void sweep(long now) {
        sweeper.sweep(now);
    }

    /** Whether the change of the last {@link #add} is in the builder (it was stored, or fails with the store). */
    boolean tookLast() {
        return tookLast;
    }

    /**
     * The store failed (disk full, gone): a queue in the heap takes over what was stored since the last commit and
     * the changes the store did not take; the file stays as the last commit left it, so nothing that moves into
     * the heap is sent twice from there after a restart.
     */
    StoredQueue inHeapAfterFailure(List<StateChange> unstored, LongSupplier numbering) {
        List<byte[]> left = new ArrayList<>(uncommitted);
        byte[] building = builder.isEmpty() ? null : builder.build();
        if (building != null) {
            left.add(building);
        }
        store.abandon();
        OutboxStore heap = OutboxStore.inMemory();
        left.forEach(segment -> heap.putSegment(Segment.firstSeqOf(segment), segment));
        StoredQueue replacement = new StoredQueue(heap, settings, coalesce, counters, clock);
        unstored.forEach(change -> replacement.add(change, numbering));
        replacement.flush();
        return replacement;
    }
}
