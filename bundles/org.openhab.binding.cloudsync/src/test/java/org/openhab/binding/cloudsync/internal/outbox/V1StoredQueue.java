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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link V1StoredQueue} is the ordered queue of changes in an {@link V1OutboxStore}: it stores changes within the
 * bounds (choosing what gives way by the {@link OverflowPolicy}), replaces an item's waiting change by a newer one
 * when coalescing, hands out the oldest waiting changes (dropping those older than the maximum age), and tracks
 * which changes are in flight. Only sequence numbers in flight are kept in memory. Not thread-safe: the
 * {@link V1DurableOutbox} calls it under its lock.
 * <p>
 * Test scope only: the first outbox format (one store record per change), kept as it was so that the cost
 * measurement ({@code OutboxCost} in the benchmarks module) compares it with the segment outbox in the same run and
 * {@link V1OutboxFileWriter} can write the upgrade fixture again.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class V1StoredQueue {

    private final Logger logger = LoggerFactory.getLogger(V1StoredQueue.class);
    private final V1OutboxStore store;
    private final OutboxSettings settings;
    private final boolean coalesce;
    /** Per item, the sequence number of its newest change in the outbox; kept with the {@link V1DurableOutbox}. */
    private final Map<String, Long> newest;
    private final OutboxCounters counters;
    private final LongSupplier clock;
    /** Read without the lock for counters. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /** Every stored sequence number below it is in flight. */
    private long waitingFloor;

    V1StoredQueue(V1OutboxStore store, OutboxSettings settings, boolean coalesce, Map<String, Long> newest,
            OutboxCounters counters, LongSupplier clock) {
        this.store = store;
        this.settings = settings;
        this.coalesce = coalesce;
        this.newest = newest;
        this.counters = counters;
        this.clock = clock;
    }

    V1OutboxStore store() {
        return store;
    }

    int inFlightCount() {
        return inFlight.size();
    }

    /** Stores a new change, or drops it (counted) when the bounds and the policy refuse it. */
    void add(OutboxEntry entry) {
        String item = entry.change().itemName();
        long seq = entry.seq();
        if (coalesce) {
            if (isSuperseded(item, seq)) {
                // a newer state of the item follows
                counters.coalesced();
                return;
            }
            Long previous = store.newestOf(item);
            if (previous != null && previous < seq && !inFlight.contains(previous) && store.remove(previous) != null) {
                counters.coalesced();
            }
        }
        byte[] bytes = EntryCodec.encode(entry.change());
        if (!makeRoom(bytes.length)) {
            newest.remove(item, seq);
            counters.dropped(DropReason.OVERFLOW);
            return;
        }
        store.put(seq, item, bytes);
        waitingFloor = Math.min(waitingFloor, seq);
    }

    /** Makes room for one more change of the size; false when the policy refuses the new change instead. */
    private boolean makeRoom(int size) {
        if (size > settings.maxQueuedBytes()) {
            return false;
        }
        while (store.count() >= settings.maxQueued() || store.bytes() + size > settings.maxQueuedBytes()) {
            OverflowPolicy policy = settings.overflowPolicy();
            if (policy == OverflowPolicy.DROP_NEWEST) {
                return false;
            }
            long victim = policy == OverflowPolicy.KEEP_LATEST_PER_ITEM ? oldestSuperseded() : -1;
            if (victim < 0) {
                victim = oldestWaiting();
            }
            if (victim < 0) {
                // everything stored is in flight
                return false;
            }
            drop(victim, DropReason.OVERFLOW);
        }
        return true;
    }

    private long oldestWaiting() {
        Iterator<Long> keys = store.keysFrom(waitingFloor);
        while (keys.hasNext()) {
            long seq = keys.next();
            if (!inFlight.contains(seq)) {
                return seq;
            }
        }
        return -1;
    }

    /**
     * The oldest waiting change whose item has a newer one in the outbox. Every waiting change passed over is the
     * newest of its item, so the search ends after as many changes as there are items.
     */
    private long oldestSuperseded() {
        Iterator<Long> keys = store.keysFrom(waitingFloor);
        long budget = newest.size() + 1L;
        while (keys.hasNext() && budget > 0) {
            long seq = keys.next();
            byte[] bytes = inFlight.contains(seq) ? null : store.get(seq);
            if (bytes == null) {
                continue;
            }
            budget--;
            try {
                if (isSuperseded(EntryCodec.itemName(bytes), seq)) {
                    return seq;
                }
            } catch (EntryCodec.UnreadableEntryException e) {
                return seq;
            }
        }
        return -1;
    }

    /** Takes up to {@code max} of the oldest waiting changes, dropping those past the maximum age on the way. */
    List<OutboxEntry> take(int max) {
        List<OutboxEntry> taken = new ArrayList<>(Math.min(max, 64));
        long cutoff = settings.maxAgeMillis() > 0 ? clock.getAsLong() - settings.maxAgeMillis() : Long.MIN_VALUE;
        Iterator<Long> keys = store.keysFrom(waitingFloor);
        long lastVisited = waitingFloor - 1;
        while (taken.size() < max && keys.hasNext()) {
            long seq = keys.next();
            lastVisited = seq;
            byte[] bytes = inFlight.contains(seq) ? null : store.get(seq);
            if (bytes == null) {
                continue;
            }
            StateChange change;
            try {
                change = EntryCodec.decode(bytes);
            } catch (EntryCodec.UnreadableEntryException e) {
                logger.warn("Outbox {}: change {} cannot be read and is dropped: {}", store, seq, e.getMessage());
                drop(seq, DropReason.UNREADABLE);
                continue;
            }
            if (change.eventTime() < cutoff) {
                drop(seq, DropReason.EXPIRED);
            } else if (coalesce && isSuperseded(change.itemName(), seq)) {
                store.remove(seq);
                counters.coalesced();
            } else {
                inFlight.add(seq);
                taken.add(new OutboxEntry(seq, change));
            }
        }
        // everything visited is in flight now, or gone
        waitingFloor = Math.max(waitingFloor, lastVisited + 1);
        return taken;
    }

    /** The broker has the change: it leaves the store. */
    void acknowledge(long seq) {
        inFlight.remove(seq);
        store.remove(seq);
    }

    /** Sending failed: the change waits again at its place, unless a newer state of its item replaced it. */
    void release(OutboxEntry entry) {
        long seq = entry.seq();
        if (!inFlight.remove(seq)) {
            return;
        }
        String item = entry.change().itemName();
        if (coalesce && isSuperseded(item, seq)) {
            store.remove(seq);
            counters.coalesced();
            return;
        }
        newest.merge(item, seq, Math::max);
        waitingFloor = Math.min(waitingFloor, seq);
    }

    private boolean isSuperseded(String item, long seq) {
        Long newer = newest.get(item);
        return newer != null && newer > seq;
    }

    private void drop(long seq, DropReason reason) {
        byte[] removed = store.remove(seq);
        if (removed != null) {
            try {
                newest.remove(EntryCodec.itemName(removed), seq);
            } catch (EntryCodec.UnreadableEntryException e) {
                // no item to forget
            }
            counters.dropped(reason);
        }
    }
}
