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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link SegmentBuilder} is where the changes of one writer run collect, with consecutive sequence numbers, until
 * they
 * are stored as one {@link Segment}. A change may give way before that (bounds, coalescing): it is then marked and
 * left out of the segment. Its arrays are reused from run to run, so a run allocates only the segment itself. Not
 * thread-safe: the {@link StoredQueue} uses it under the outbox's lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class SegmentBuilder {

    /** A full builder is stored at once: bounds a segment, and what the heap holds before a store. */
    static final int MAX_CHANGES = 4096;
    static final int MAX_BYTES = 256 * 1024;

    private byte[] data = new byte[16 * 1024];
    private int used;
    private long firstSeq;
    private int count;
    private int[] ends = new int[256];
    private @Nullable String[] items = new String[256];
    private boolean[] gone = new boolean[256];
    private int goneCount;
    /** No change before this index is left: where the search for the oldest starts. */
    private int firstLeft;

    boolean isEmpty() {
        return count == 0;
    }

    boolean isFull() {
        return count >= MAX_CHANGES || used >= MAX_BYTES;
    }

    int count() {
        return count;
    }

    /** The number the next change must have to join this segment. */
    long nextSeq() {
        return firstSeq + count;
    }

    void add(long seq, String item, byte[] encoded) {
        if (count == 0) {
            firstSeq = seq;
        } else if (seq != nextSeq()) {
            throw new IllegalArgumentException("change " + seq + " does not follow " + (nextSeq() - 1));
        }
        if (count == ends.length) {
            int grown = count * 2;
            ends = Arrays.copyOf(ends, grown);
            items = Arrays.copyOf(items, grown);
            gone = Arrays.copyOf(gone, grown);
        }
        if (used + encoded.length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + encoded.length));
        }
        System.arraycopy(encoded, 0, data, used, encoded.length);
        used += encoded.length;
        ends[count] = used;
        items[count] = item;
        gone[count] = false;
        count++;
    }

    /** The index of a change in the builder, or -1 when it is not here. */
    int indexOf(long seq) {
        long index = seq - firstSeq;
        return count > 0 && index >= 0 && index < count ? (int) index : -1;
    }

    long seq(int index) {
        return firstSeq + index;
    }

    String item(int index) {
        String item = items[index];
        return item == null ? "" : item;
    }

    int length(int index) {
        return ends[index] - (index == 0 ? 0 : ends[index - 1]);
    }

    boolean isGone(int index) {
        return gone[index];
    }

    /** The change gave way: it is left out of the segment. */
    void remove(int index) {
        if (!gone[index]) {
            gone[index] = true;
            goneCount++;
        }
    }

    /** Where the search for the oldest change still here may start. */
    int firstLeft() {
        while (firstLeft < count && gone[firstLeft]) {
            firstLeft++;
        }
        return firstLeft;
    }

    /** Builds the segment of the changes left, or null when none is, and empties the builder. */
    byte @Nullable [] build() {
        byte[] segment = null;
        int left = count - goneCount;
        if (left > 0) {
            long[] seqs = new long[left];
            int[] keptEnds = new int[left];
            byte[] keptData = data;
            if (goneCount > 0) {
                keptData = new byte[used];
                int at = 0;
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    if (!gone[i]) {
                        int length = length(i);
                        System.arraycopy(data, ends[i] - length, keptData, at, length);
                        at += length;
                        seqs[kept] = seq(i);
                        keptEnds[kept++] = at;
                    }
                }
            } else {
                for (int i = 0; i < count; i++) {
                    seqs[i] = seq(i);
                    keptEnds[i] = ends[i];
                }
            }
            segment = Segment.pack(seqs, keptEnds, keptData, left);
        }
        Arrays.fill(items, 0, count, null);
        count = 0;
        used = 0;
        goneCount = 0;
        firstLeft = 0;
        return segment;
    }
}
