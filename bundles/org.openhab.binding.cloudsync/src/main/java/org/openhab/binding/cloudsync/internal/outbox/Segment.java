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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.function.LongPredicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link Segment} is one store record of the outbox: the changes one writer run stored, packed into one byte
 * array, in sequence order. The store keeps it under the sequence number of its first change, so the store does
 * its work once per writer run, not once per change:
 *
 * <pre>
 * format(1) = 2, count(4), firstSeq(8), count x seq - firstSeq (4), count x end of the change in the data (4), data
 * </pre>
 *
 * The data holds the changes as {@link EntryCodec} encodes them, one after the other; the format byte differs from
 * the codec's version byte, so a segment is never taken for a single change. An array handed to a segment is
 * never changed: the store may hold the very same array. This class reads it in place, without copying.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class Segment {

    static final byte FORMAT = 2;
    static final int HEADER_BYTES = 1 + Integer.BYTES + Long.BYTES;
    /** Bytes a segment spends per change besides the change: its sequence number and its end. */
    static final int INDEX_BYTES_PER_CHANGE = 2 * Integer.BYTES;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] bytes;
    private final int count;
    private final long firstSeq;
    private final int endsAt;
    private final int dataAt;

    private Segment(byte[] bytes, int count, long firstSeq) {
        this.bytes = bytes;
        this.count = count;
        this.firstSeq = firstSeq;
        this.endsAt = HEADER_BYTES + count * Integer.BYTES;
        this.dataAt = endsAt + count * Integer.BYTES;
    }

    /** Reads a stored segment; null when the bytes are not a well-formed segment of this format. */
    static @Nullable Segment parse(byte[] bytes) {
        if (bytes.length < HEADER_BYTES || bytes[0] != FORMAT) {
            return null;
        }
        int count = (int) INT.get(bytes, 1);
        if (count <= 0 || count > (bytes.length - HEADER_BYTES) / INDEX_BYTES_PER_CHANGE) {
            return null;
        }
        Segment segment = new Segment(bytes, count, (long) LONG.get(bytes, 1 + Integer.BYTES));
        int previousEnd = 0;
        int previousDelta = -1;
        for (int i = 0; i < count; i++) {
            int end = segment.rawEnd(i);
            int delta = segment.rawDelta(i);
            if (end < previousEnd || delta <= previousDelta) {
                return null;
            }
            previousEnd = end;
            previousDelta = delta;
        }
        return segment.rawDelta(0) == 0 && previousEnd == bytes.length - segment.dataAt ? segment : null;
    }

    /** Packs changes in sequence order; {@code ends[i]} is where change {@code i} ends in {@code data}. */
    static byte[] pack(long[] seqs, int[] ends, byte[] data, int count) {
        int dataLength = count == 0 ? 0 : ends[count - 1];
        byte[] bytes = new byte[HEADER_BYTES + count * INDEX_BYTES_PER_CHANGE + dataLength];
        long first = seqs[0];
        bytes[0] = FORMAT;
        INT.set(bytes, 1, count);
        LONG.set(bytes, 1 + Integer.BYTES, first);
        int deltasAt = HEADER_BYTES;
        int endsAt = deltasAt + count * Integer.BYTES;
        for (int i = 0; i < count; i++) {
            INT.set(bytes, deltasAt + i * Integer.BYTES, Math.toIntExact(seqs[i] - first));
            INT.set(bytes, endsAt + i * Integer.BYTES, ends[i]);
        }
        System.arraycopy(data, 0, bytes, endsAt + count * Integer.BYTES, dataLength);
        return bytes;
    }

    /** The sequence number of a packed segment's first change: its key in the store. */
    static long firstSeqOf(byte[] packed) {
        return (long) LONG.get(packed, 1 + Integer.BYTES);
    }

    /** The sequence number of a packed segment's last change. */
    static long lastSeqOf(byte[] packed) {
        int count = (int) INT.get(packed, 1);
        return firstSeqOf(packed) + (int) INT.get(packed, HEADER_BYTES + (count - 1) * Integer.BYTES);
    }

    /** The same segment without the changes that are no longer {@code kept}; null when none is left. */
    byte @Nullable [] keepOnly(LongPredicate kept) {
        long[] seqs = new long[count];
        int[] ends = new int[count];
        byte[] data = new byte[bytes.length - dataAt];
        int left = 0;
        int used = 0;
        for (int i = 0; i < count; i++) {
            long seq = seq(i);
            if (kept.test(seq)) {
                int length = length(i);
                System.arraycopy(bytes, start(i), data, used, length);
                used += length;
                seqs[left] = seq;
                ends[left++] = used;
            }
        }
        return left == 0 ? null : pack(seqs, ends, data, left);
    }

    byte[] bytes() {
        return bytes;
    }

    int count() {
        return count;
    }

    long firstSeq() {
        return firstSeq;
    }

    long lastSeq() {
        return seq(count - 1);
    }

    long seq(int index) {
        return firstSeq + rawDelta(index);
    }

    /** Where change {@code index} starts in {@link #bytes()}. */
    int start(int index) {
        return dataAt + (index == 0 ? 0 : rawEnd(index - 1));
    }

    int length(int index) {
        return rawEnd(index) - (index == 0 ? 0 : rawEnd(index - 1));
    }

    /** The index of the first change whose sequence number is at least {@code seq}; {@link #count()} if none. */
    int indexOf(long seq) {
        if (seq <= firstSeq) {
            return 0;
        }
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (seq(middle) < seq) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The encoded size of the changes, as the bounds count them. */
    long dataBytes() {
        return bytes.length - dataAt;
    }

    private int rawDelta(int index) {
        return (int) INT.get(bytes, HEADER_BYTES + index * Integer.BYTES);
    }

    private int rawEnd(int index) {
        return (int) INT.get(bytes, endsAt + index * Integer.BYTES);
    }
}
