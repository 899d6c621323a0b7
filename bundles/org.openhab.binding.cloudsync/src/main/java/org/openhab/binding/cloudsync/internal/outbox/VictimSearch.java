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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link VictimSearch} is the search for the change that gives way when the outbox is at its bounds: the oldest
 * waiting
 * one, or for {@code keep-latest-per-item} the oldest whose item has a newer change queued or coming. It walks the
 * stored segments, then the writer run not yet stored, jumping over runs of changes that are done, and passing
 * over changes in flight, which never give way. What it found is left in its fields, so a search allocates
 * nothing. Not thread-safe: the {@link StoredQueue} uses it under the outbox's lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class VictimSearch {

    private final SegmentCursor cursor;
    private final AckedSeqs acked;
    private final InFlight inFlight;
    private final SegmentBuilder builder;
    private final NewestPerItem newest;

    /** The change found: its number, size and item (null when its item cannot be read). */
    long seq;
    int size;
    @Nullable
    String item;
    /** Whether it is stored (else it is in the writer run not yet stored). */
    boolean stored;
    /** After a search that found nothing: whether it looked at every waiting change. */
    boolean lookedAtAll;

    VictimSearch(SegmentCursor cursor, AckedSeqs acked, InFlight inFlight, SegmentBuilder builder,
            NewestPerItem newest) {
        this.cursor = cursor;
        this.acked = acked;
        this.inFlight = inFlight;
        this.builder = builder;
        this.newest = newest;
    }

    /**
     * Finds the oldest waiting change from {@code from} on, or with an {@code incoming} item the oldest whose item
     * has a newer change. Every waiting change passed over then is the newest of its item, so that search ends
     * after as many changes as there are items.
     *
     * @return whether one was found
     */
    boolean find(long from, @Nullable String incoming) {
        long budget = newest.size() + 1L;
        lookedAtAll = false;
        boolean more = cursor.seek(from);
        while (more) {
            long at = cursor.seq();
            if (acked.isDone(at)) {
                more = cursor.seek(acked.doneThrough(at) + 1);
                continue;
            }
            if (!inFlight.contains(at)) {
                Segment segment = cursor.segment();
                int index = cursor.index();
                String name = itemOf(segment, index);
                if (incoming == null || name == null || gives(name, at, incoming)) {
                    return found(at, segment.length(index), name, true);
                }
                if (--budget <= 0) {
                    return false;
                }
            }
            more = cursor.next();
        }
        for (int i = builder.firstLeft(); i < builder.count(); i++) {
            long at = builder.seq(i);
            if (!builder.isGone(i) && at >= from) {
                String name = builder.item(i);
                if (incoming == null || gives(name, at, incoming)) {
                    return found(at, builder.length(i), name, false);
                }
                if (--budget <= 0) {
                    return false;
                }
            }
        }
        lookedAtAll = true;
        return false;
    }

    private boolean gives(String name, long at, String incoming) {
        return name.equals(incoming) || newest.isSuperseded(name, at);
    }

    private boolean found(long at, int length, @Nullable String name, boolean inStore) {
        seq = at;
        size = length;
        item = name;
        stored = inStore;
        return true;
    }

    static @Nullable String itemOf(Segment segment, int index) {
        try {
            return EntryCodec.itemName(segment.bytes(), segment.start(index), segment.length(index));
        } catch (EntryCodec.UnreadableEntryException e) {
            return null;
        }
    }
}
