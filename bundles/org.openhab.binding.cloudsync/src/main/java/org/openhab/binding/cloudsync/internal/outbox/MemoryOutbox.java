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
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.intake.StateChange;

/**
 * The {@link MemoryOutbox} keeps waiting changes in memory, ordered by sequence number. It is lock-free: the
 * event thread adds while the sending thread takes, acknowledges and releases. When full it drops the
 * oldest waiting entry and counts it.
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

    public MemoryOutbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void add(StateChange change) {
        long seq = nextSeq.getAndIncrement();
        waiting.put(seq, new OutboxEntry(seq, change));
        if (size.incrementAndGet() > capacity) {
            Map.Entry<Long, OutboxEntry> oldest = waiting.pollFirstEntry();
            if (oldest != null) {
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
            taken.add(first.getValue());
        }
        return taken;
    }

    @Override
    public void acknowledge(OutboxEntry entry) {
        // nothing to do: a taken entry is no longer in memory
    }

    @Override
    public void release(OutboxEntry entry) {
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
}
