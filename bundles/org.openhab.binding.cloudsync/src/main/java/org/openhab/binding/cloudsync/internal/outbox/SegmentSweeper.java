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

/**
 * The {@link SegmentSweeper} is what gives back the store space of changes that are done. With every commit it moves
 * the
 * low-water mark of {@link AckedSeqs} over numbers no stored change has (changes that gave way before they were
 * stored, the numbers skipped after a crash) and removes the segments wholly below the mark: in-order
 * acknowledgements need nothing more. At most once a second, when changes were done out of order, it also removes
 * the segments whose changes are all done above the mark, and rewrites a segment of which at most a quarter is
 * left (changes that stay queued long, such as the latest state of an item that rarely changes, while the changes
 * around them went). Not thread-safe: the {@link StoredQueue} calls it under the outbox's lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class SegmentSweeper {

    private static final long SWEEP_INTERVAL_MILLIS = 1000;
    /** Smaller segments are not worth rewriting. */
    private static final int MIN_REWRITE_CHANGES = 16;

    private final OutboxStore store;
    private final AckedSeqs acked;
    private boolean due;
    private long lastSweep;

    SegmentSweeper(OutboxStore store, AckedSeqs acked) {
        this.store = store;
        this.acked = acked;
    }

    /** Changes were done: the next sweep looks. */
    void rangesChanged() {
        due = true;
    }

    /**
     * Raises the mark over numbers without a stored change, and removes the segments wholly below it.
     *
     * @return whether the mark moved
     */
    boolean settle(SegmentCursor cursor) {
        boolean raised = false;
        while (acked.rangeCount() > 0) {
            long next = cursor.seek(acked.low()) ? cursor.seq() : Long.MAX_VALUE;
            if (next < acked.rangeStart(0)) {
                // a stored change between the mark and the first range is not done
                break;
            }
            acked.raiseTo(acked.rangeStart(0));
            raised = true;
        }
        long low = acked.low();
        for (Long key = store.firstKey(); key != null; key = store.firstKey()) {
            byte[] bytes = store.segment(key);
            Segment segment = bytes == null ? null : Segment.parse(bytes);
            if (segment != null && segment.lastSeq() >= low) {
                break;
            }
            store.removeSegment(key);
        }
        return raised;
    }

    /** Removes the segments done out of order and rewrites those mostly done; at most once a second. */
    void sweep(long now) {
        int ranges = acked.rangeCount();
        if (!due || ranges == 0 || now - lastSweep < SWEEP_INTERVAL_MILLIS) {
            return;
        }
        due = false;
        lastSweep = now;
        long[] starts = new long[ranges];
        long[] ends = new long[ranges];
        for (int i = 0; i < ranges; i++) {
            starts[i] = acked.rangeStart(i);
            ends[i] = acked.rangeEnd(i);
        }
        // each segment touching a range once, however many ranges touch it
        long swept = Long.MIN_VALUE;
        for (int i = 0; i < ranges; i++) {
            Long key = store.floorKey(starts[i]);
            if (key == null) {
                key = store.firstKey();
            }
            while (key != null && key <= ends[i]) {
                Long next = store.higherKey(key);
                byte[] bytes = key > swept ? store.segment(key) : null;
                Segment segment = bytes == null ? null : Segment.parse(bytes);
                if (segment != null && segment.lastSeq() >= starts[i]) {
                    sweep(key, segment);
                    swept = key;
                }
                key = next;
            }
        }
    }

    private void sweep(long key, Segment segment) {
        int left = 0;
        for (int i = 0; i < segment.count(); i++) {
            if (!acked.isDone(segment.seq(i))) {
                left++;
            }
        }
        if (left == 0) {
            store.removeSegment(key);
        } else if (segment.count() >= MIN_REWRITE_CHANGES && left * 4 <= segment.count()) {
            byte[] smaller = segment.keepOnly(seq -> !acked.isDone(seq));
            if (smaller != null) {
                store.replaceSegment(key, Segment.firstSeqOf(smaller), smaller);
            }
        }
    }
}
