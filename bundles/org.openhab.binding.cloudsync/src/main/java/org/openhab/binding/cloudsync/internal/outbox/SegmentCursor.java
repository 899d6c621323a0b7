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
 * The {@link SegmentCursor} is a walk over the stored changes in sequence order, segment by segment. It keeps the
 * segment
 * it stands in, so taking the next changes costs no store lookup until the segment is used up; it looks the
 * segment up again when the store removed or rewrote segments meanwhile. Not thread-safe: used under the outbox's
 * lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class SegmentCursor {

    private final OutboxStore store;
    private @Nullable Segment segment;
    private long key;
    private int index;
    private int generation;

    SegmentCursor(OutboxStore store) {
        this.store = store;
    }

    /** Moves to the first stored change whose sequence number is at least {@code seq}; false when none is. */
    boolean seek(long seq) {
        Segment current = segment;
        if (current == null || generation != store.generation() || seq < current.firstSeq()) {
            Long floor = store.floorKey(seq);
            if (floor == null) {
                floor = store.firstKey();
            }
            if (floor == null || (current = load(floor)) == null) {
                return false;
            }
        }
        while (current.lastSeq() < seq) {
            Long next = store.higherKey(key);
            if (next == null) {
                index = current.count();
                return false;
            }
            if ((current = load(next)) == null) {
                return false;
            }
        }
        index = current.indexOf(seq);
        return true;
    }

    /** Moves to the next stored change; false at the end. */
    boolean next() {
        Segment current = segment;
        if (current == null) {
            return false;
        }
        if (generation != store.generation()) {
            // segments were removed or rewritten meanwhile: find the place again
            return seek((index < current.count() ? current.seq(index) : current.lastSeq()) + 1);
        }
        if (index + 1 < current.count()) {
            index++;
            return true;
        }
        Long next = store.higherKey(key);
        if (next == null || load(next) == null) {
            index = current.count();
            return false;
        }
        return true;
    }

    /** The segment of the current change; only valid after {@link #seek} or {@link #next} returned true. */
    Segment segment() {
        Segment current = segment;
        if (current == null) {
            throw new IllegalStateException("the cursor stands nowhere");
        }
        return current;
    }

    long key() {
        return key;
    }

    int index() {
        return index;
    }

    long seq() {
        return segment().seq(index);
    }

    int length() {
        return segment().length(index);
    }

    /** Forgets the segment it stands in (the store was rewritten behind it). */
    void reset() {
        segment = null;
    }

    private @Nullable Segment load(long segmentKey) {
        byte[] bytes = store.segment(segmentKey);
        Segment loaded = bytes == null ? null : Segment.parse(bytes);
        if (loaded == null) {
            // segments are checked when the store is opened; one missing now was removed under the cursor
            segment = null;
            return null;
        }
        segment = loaded;
        key = segmentKey;
        index = 0;
        generation = store.generation();
        return loaded;
    }
}
