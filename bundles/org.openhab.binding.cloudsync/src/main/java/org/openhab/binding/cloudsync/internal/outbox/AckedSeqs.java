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

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link AckedSeqs} is the record of which stored changes are done with: acknowledged by the broker, or gone for a
 * counted
 * reason (bounds, age, unreadable, replaced by a newer state of their item). It is a low-water mark, below which
 * every change is done, plus ranges of done sequence numbers above it. Brokers acknowledge in order (QoS 1 PUBACKs
 * per connection), so acknowledgements mostly move the mark, and the ranges stay few: they hold what was done out
 * of order, bounded by the changes in flight and, for changes that gave way, by the number of items. The outbox
 * keeps it in memory and stores it whole with every commit ({@link #encode()}), so the store does no work per
 * acknowledgement. Not thread-safe: used under the outbox's lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class AckedSeqs {

    private static final byte FORMAT = 1;

    /** Every sequence number below is done. */
    private long low;
    /** Sorted, disjoint and not adjacent ranges of done numbers above {@link #low}, inclusive. */
    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private int ranges;

    /** Reads what a commit stored; an empty state (nothing done) for null or unreadable bytes. */
    static AckedSeqs decode(byte @Nullable [] bytes) {
        AckedSeqs acked = new AckedSeqs();
        if (bytes == null) {
            return acked;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (buffer.get() != FORMAT) {
                return acked;
            }
            acked.low = buffer.getLong();
            int count = buffer.getInt();
            for (int i = 0; i < count; i++) {
                long start = buffer.getLong();
                long end = buffer.getLong();
                if (start <= end) {
                    acked.markRange(start, end);
                }
            }
            return acked;
        } catch (BufferUnderflowException e) {
            return new AckedSeqs();
        }
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(1 + Long.BYTES + Integer.BYTES + ranges * 2 * Long.BYTES);
        buffer.put(FORMAT).putLong(low).putInt(ranges);
        for (int i = 0; i < ranges; i++) {
            buffer.putLong(starts[i]).putLong(ends[i]);
        }
        return buffer.array();
    }

    long low() {
        return low;
    }

    int rangeCount() {
        return ranges;
    }

    long rangeStart(int index) {
        return starts[index];
    }

    long rangeEnd(int index) {
        return ends[index];
    }

    boolean isDone(long seq) {
        if (seq < low) {
            return true;
        }
        if (ranges == 0 || seq < starts[0] || seq > ends[ranges - 1]) {
            return false;
        }
        int index = rangeAtOrBefore(seq);
        return index >= 0 && seq <= ends[index];
    }

    /**
     * The last number of the run of done numbers that {@code seq} belongs to, so a walk over the stored changes can
     * jump over many changes that gave way at once; {@code seq - 1} when {@code seq} is not done.
     */
    long doneThrough(long seq) {
        if (seq < low) {
            return low - 1;
        }
        int index = ranges == 0 ? -1 : rangeAtOrBefore(seq);
        return index >= 0 && seq <= ends[index] ? ends[index] : seq - 1;
    }

    /** Marks one change done; the common case, the change at the mark, only moves the mark. */
    void markDone(long seq) {
        if (seq < low) {
            return;
        }
        if (seq == low) {
            low = seq + 1;
            absorbRanges();
        } else if (ranges > 0 && seq == ends[ranges - 1] + 1) {
            ends[ranges - 1] = seq;
        } else {
            markRange(seq, seq);
        }
    }

    /**
     * Moves the mark up to {@code seq}: no stored change between the mark and {@code seq} is left that is not done
     * (the numbers between belong to no stored change).
     */
    void raiseTo(long seq) {
        if (seq > low) {
            low = seq;
            absorbRanges();
        }
    }

    /** Marks {@code [start, end]} done, merging with the ranges it touches. */
    private void markRange(long start, long end) {
        if (end < low) {
            return;
        }
        start = Math.max(start, low);
        if (start == low) {
            low = end + 1;
            absorbRanges();
            return;
        }
        int before = rangeAtOrBefore(start);
        int first = before >= 0 && ends[before] + 1 >= start ? before : before + 1;
        int last = first;
        while (last < ranges && starts[last] <= end + 1) {
            last++;
        }
        // ranges first .. last - 1 touch the new one and merge into it
        if (first < last) {
            start = Math.min(start, starts[first]);
            end = Math.max(end, ends[last - 1]);
        }
        int removed = last - first;
        if (removed == 0) {
            if (ranges == starts.length) {
                starts = Arrays.copyOf(starts, ranges * 2);
                ends = Arrays.copyOf(ends, ranges * 2);
            }
            System.arraycopy(starts, first, starts, first + 1, ranges - first);
            System.arraycopy(ends, first, ends, first + 1, ranges - first);
            ranges++;
        } else if (removed > 1) {
            System.arraycopy(starts, last, starts, first + 1, ranges - last);
            System.arraycopy(ends, last, ends, first + 1, ranges - last);
            ranges -= removed - 1;
        }
        starts[first] = start;
        ends[first] = end;
    }

    /** The ranges that now start at or below the mark move it. */
    private void absorbRanges() {
        int absorbed = 0;
        while (absorbed < ranges && starts[absorbed] <= low) {
            low = Math.max(low, ends[absorbed] + 1);
            absorbed++;
        }
        if (absorbed > 0) {
            System.arraycopy(starts, absorbed, starts, 0, ranges - absorbed);
            System.arraycopy(ends, absorbed, ends, 0, ranges - absorbed);
            ranges -= absorbed;
        }
    }

    /** The index of the last range starting at or below {@code seq}, or -1. */
    private int rangeAtOrBefore(long seq) {
        int low = 0;
        int high = ranges - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= seq) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("AckedSeqs[below ").append(low);
        for (int i = 0; i < ranges; i++) {
            text.append(", ").append(starts[i]).append('-').append(ends[i]);
        }
        return text.append(']').toString();
    }
}
