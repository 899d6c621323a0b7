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
package org.openhab.binding.cloudsync.internal.payload;

import java.io.Writer;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link Utf8Buffer} is a {@link Writer} that encodes what is written as UTF-8 into a byte array it keeps and
 * reuses: a message is written, its bytes taken, the buffer reset for the next, so that writing JSON costs no
 * intermediate strings and no buffer per message. Not thread-safe.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class Utf8Buffer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate written without its low one yet. */
    private char pendingHigh;

    Utf8Buffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    void reset() {
        size = 0;
        pendingHigh = 0;
    }

    /** Goes back to an earlier size, dropping what was written after it. */
    void truncate(int earlierSize) {
        size = earlierSize;
    }

    /** A copy of what was written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Appends what another buffer holds. */
    void append(Utf8Buffer other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
    }

    /** Appends bytes as they are. */
    void appendBytes(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        ensure(length);
        for (int i = offset; i < offset + length; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                // the common case, without the call
                bytes[size++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                putCodePoint(Character.toCodePoint(high, c));
                return;
            }
            putCodePoint('?');
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            putCodePoint('?');
        } else {
            putCodePoint(c);
        }
    }

    private void putCodePoint(int codePoint) {
        ensure(4);
        if (codePoint < 0x80) {
            bytes[size++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            bytes[size++] = (byte) (0xC0 | (codePoint >> 6));
            bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            bytes[size++] = (byte) (0xE0 | (codePoint >> 12));
            bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
            bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
            bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        }
    }

    private void ensure(int more) {
        // a char becomes at most three bytes (four for a surrogate pair, counted as two chars)
        long needed = (long) size + 3L * more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * bytes.length)));
        }
    }

    @Override
    public void flush() {
        // nothing is buffered apart from the bytes themselves
    }

    @Override
    public void close() {
        // the buffer is reused
    }
}
