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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.intake.StateChange;

/**
 * The {@link MemoryOutbox} keeps waiting changes in memory, ordered by sequence number. It is lock-free: the
 * event thread adds while the sending thread takes, acknowledges and releases. When full it drops the
 * oldest waiting entry and counts it. When coalescing, a new change of an item replaces the item's change
 * still waiting, so only the latest state per item is sent.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MemoryOutbox implements Outbox {

    private final int capacity;
    private final ConcurrentSkipListMap<Long, OutboxEntry> waiting = new ConcurrentSkipListMap<>();
    private final AtomicLong nextSeq = new AtomicLong(1);
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong coalesced = new AtomicLong();
    /** When coalescing: the sequence number of each item's waiting entry. */
    private final @Nullable Map<String, Long> latestWaiting;

    public MemoryOutbox(int capacity, boolean coalesce) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.latestWaiting = coalesce ? new ConcurrentHashMap<>() : null;
    }

    @Override
    public void add(StateChange change) {
        long seq = nextSeq.getAndIncrement();
        waiting.put(seq, new OutboxEntry(seq, change));
        size.incrementAndGet();
        Map<String, Long> latest = latestWaiting;
        if (latest != null) {
            Long replaced = latest.put(change.itemName(), seq);
            // null from remove: the sender took the older entry meanwhile, so both go out
            if (replaced != null && waiting.remove(replaced) != null) {
                size.decrementAndGet();
                coalesced.incrementAndGet();
            }
        }
        if (size.get() > capacity) {
            Map.Entry<Long, OutboxEntry> oldest = waiting.pollFirstEntry();
            if (oldest != null) {
                if (latest != null) {
                    latest.remove(oldest.getValue().change().itemName(), oldest.getKey());
                }
                size.decrementAndGet();
                dropped.incrementAndGet();
            }
        }
    }

    @Override
    public List<OutboxEntry> take(int max) {
        List<OutboxEntry> taken = new ArrayList<>(Math.min(max, 64));
        while (taken.size() < max) {
            Map.Entry<Long, OutboxEntry> first = waiting.pollFirstEntry();
            if (first == null) {
                break;
            }
            size.decrementAndGet();
            OutboxEntry entry = first.getValue();
            Map<String, Long> latest = latestWaiting;
            if (latest != null) {
                latest.remove(entry.change().itemName(), entry.seq());
            }
            taken.add(entry);
        }
        return taken;
    }

    @Override
    public void acknowledge(OutboxEntry entry) {
        // nothing to do: a taken entry is no longer in memory
    }

    @Override
    public void release(OutboxEntry entry) {
        Map<String, Long> latest = latestWaiting;
        if (latest != null) {
            String item = entry.change().itemName();
            Long newer = latest.get(item);
            if (newer != null && newer > entry.seq()) {
                // a newer state of the item waits already: it supersedes this one
                coalesced.incrementAndGet();
                return;
            }
            latest.merge(item, entry.seq(), Math::max);
        }
        waiting.put(entry.seq(), entry);
        size.incrementAndGet();
    }

    @Override
    public int waiting() {
        return size.get();
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    /** Changes replaced by a newer state of the same item before they were sent. */
    public long coalesced() {
        return coalesced.get();
    }
}
