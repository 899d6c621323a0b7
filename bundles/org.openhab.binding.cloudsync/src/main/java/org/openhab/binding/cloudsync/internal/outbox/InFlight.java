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
 * The {@link InFlight} is the set of changes taken for sending and not yet acknowledged or released: their
 * sequence numbers, each with its encoded size, so an acknowledgement updates the stored bytes without reading
 * the store. An open-addressing table of primitives: no object per change, and no boxing on the sender's path.
 * Sequence numbers are positive; 0 marks a free slot. Not thread-safe: used under the outbox's lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class InFlight {

    private static final int MIN_CAPACITY = 64;

    private long[] seqs = new long[MIN_CAPACITY];
    private int[] sizes = new int[MIN_CAPACITY];
    private int mask = MIN_CAPACITY - 1;
    private int count;

    int size() {
        return count;
    }

    boolean contains(long seq) {
        if (count == 0) {
            return false;
        }
        for (int slot = slot(seq);; slot = (slot + 1) & mask) {
            long here = seqs[slot];
            if (here == seq) {
                return true;
            }
            if (here == 0) {
                return false;
            }
        }
    }

    void put(long seq, int size) {
        if (seq <= 0) {
            throw new IllegalArgumentException("sequence numbers are positive: " + seq);
        }
        if ((count + 1) * 2 > seqs.length) {
            resize(seqs.length * 2);
        }
        int slot = slot(seq);
        while (seqs[slot] != 0 && seqs[slot] != seq) {
            slot = (slot + 1) & mask;
        }
        if (seqs[slot] == 0) {
            count++;
        }
        seqs[slot] = seq;
        sizes[slot] = size;
    }

    /** Forgets a change; returns its size, or -1 when it was not in flight. */
    int remove(long seq) {
        if (count == 0) {
            return -1;
        }
        int slot = slot(seq);
        while (seqs[slot] != seq) {
            if (seqs[slot] == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
        int size = sizes[slot];
        count--;
        // shift the following entries of the run back, so no lookup stops early at the freed slot
        int free = slot;
        for (int next = (free + 1) & mask; seqs[next] != 0; next = (next + 1) & mask) {
            int home = slot(seqs[next]);
            if (((next - home) & mask) >= ((next - free) & mask)) {
                seqs[free] = seqs[next];
                sizes[free] = sizes[next];
                free = next;
            }
        }
        seqs[free] = 0;
        if (count == 0 && seqs.length > MIN_CAPACITY * 16) {
            // a large window drained: give the memory back
            seqs = new long[MIN_CAPACITY];
            sizes = new int[MIN_CAPACITY];
            mask = MIN_CAPACITY - 1;
        }
        return size;
    }

    private int slot(long seq) {
        long mixed = seq * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 29)) & mask;
    }

    private void resize(int capacity) {
        long[] oldSeqs = seqs;
        int[] oldSizes = sizes;
        seqs = new long[capacity];
        sizes = new int[capacity];
        mask = capacity - 1;
        count = 0;
        for (int i = 0; i < oldSeqs.length; i++) {
            if (oldSeqs[i] != 0) {
                put(oldSeqs[i], oldSizes[i]);
            }
        }
    }
}
