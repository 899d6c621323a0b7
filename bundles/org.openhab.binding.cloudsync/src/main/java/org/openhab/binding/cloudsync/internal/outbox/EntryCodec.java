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

import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.StateChange;

/**
 * The {@link EntryCodec} turns a {@link StateChange} into the bytes the outbox store keeps, and back. The layout
 * starts with a version byte, the event time and the item name, so that age and item can be read without
 * decoding the rest:
 *
 * <pre>
 * version(1) eventTime(8) item flags(1) state [itemType] [value] [unit] [previousState] [mimeType imageBytes]
 * </pre>
 *
 * Texts and byte arrays are written as a 4-byte length and their bytes (texts in UTF-8); the bracketed parts are
 * present when their flag is set.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class EntryCodec {

    private static final byte VERSION = 1;
    private static final int HEADER_BYTES = 1 + Long.BYTES;
    private static final int UNDEFINED = 1;
    private static final int ITEM_TYPE = 1 << 1;
    private static final int VALUE = 1 << 2;
    private static final int UNIT = 1 << 3;
    private static final int PREVIOUS_STATE = 1 << 4;
    private static final int IMAGE = 1 << 5;

    /** Thrown when stored bytes are not an entry this version can read. */
    static final class UnreadableEntryException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableEntryException(String message) {
            super(message);
        }
    }

    private EntryCodec() {
    }

    static byte[] encode(StateChange change) {
        byte[] item = utf8(change.itemName());
        byte[] state = utf8(change.state());
        byte[] itemType = utf8OrNull(change.itemType());
        BigDecimal number = change.value();
        byte[] value = number == null ? null : utf8(number.toString());
        byte[] unit = utf8OrNull(change.unit());
        byte[] previous = utf8OrNull(change.previousState());
        StateChange.Image image = change.image();
        byte[] mimeType = image == null ? null : utf8(image.mimeType());
        byte[] imageBytes = image == null ? null : image.bytes();

        int flags = (change.undefined() ? UNDEFINED : 0) | (itemType != null ? ITEM_TYPE : 0)
                | (value != null ? VALUE : 0) | (unit != null ? UNIT : 0) | (previous != null ? PREVIOUS_STATE : 0)
                | (image != null ? IMAGE : 0);
        int size = HEADER_BYTES + sized(item) + 1 + sized(state) + sized(itemType) + sized(value) + sized(unit)
                + sized(previous) + sized(mimeType) + sized(imageBytes);
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.put(VERSION).putLong(change.eventTime());
        put(buffer, item);
        buffer.put((byte) flags);
        put(buffer, state);
        put(buffer, itemType);
        put(buffer, value);
        put(buffer, unit);
        put(buffer, previous);
        put(buffer, mimeType);
        put(buffer, imageBytes);
        return buffer.array();
    }

    static StateChange decode(byte[] bytes) throws UnreadableEntryException {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes the entry at {@code offset} in a larger array (a segment of the store). */
    static StateChange decode(byte[] bytes, int offset, int length) throws UnreadableEntryException {
        try {
            ByteBuffer buffer = header(bytes, offset, length);
            long eventTime = buffer.getLong();
            String item = text(buffer);
            int flags = buffer.get();
            String state = text(buffer);
            String itemType = (flags & ITEM_TYPE) != 0 ? text(buffer) : null;
            BigDecimal value = (flags & VALUE) != 0 ? new BigDecimal(text(buffer)) : null;
            String unit = (flags & UNIT) != 0 ? text(buffer) : null;
            String previous = (flags & PREVIOUS_STATE) != 0 ? text(buffer) : null;
            StateChange.Image image = null;
            if ((flags & IMAGE) != 0) {
                String mimeType = text(buffer);
                image = new StateChange.Image(array(buffer), mimeType);
            }
            return new StateChange(item, itemType, state, (flags & UNDEFINED) != 0, value, unit, previous, eventTime,
                    image);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException
                | NumberFormatException e) {
            throw new UnreadableEntryException("truncated or damaged entry: " + e);
        }
    }

    /** The item name of an encoded change, without decoding the rest. */
    static String itemName(byte[] bytes) throws UnreadableEntryException {
        return itemName(bytes, 0, bytes.length);
    }

    /** The item name of the entry at {@code offset} in a larger array. */
    static String itemName(byte[] bytes, int offset, int length) throws UnreadableEntryException {
        try {
            ByteBuffer buffer = header(bytes, offset, length);
            buffer.getLong();
            return text(buffer);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new UnreadableEntryException("truncated or damaged entry: " + e);
        }
    }

    /** The event time of the entry at {@code offset} in a larger array, without decoding the rest. */
    static long eventTime(byte[] bytes, int offset, int length) throws UnreadableEntryException {
        try {
            return header(bytes, offset, length).getLong();
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new UnreadableEntryException("truncated or damaged entry: " + e);
        }
    }

    private static ByteBuffer header(byte[] bytes, int offset, int length) throws UnreadableEntryException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        byte version = buffer.get();
        if (version != VERSION) {
            throw new UnreadableEntryException("entry version " + version + " is not " + VERSION);
        }
        return buffer;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte @Nullable [] utf8OrNull(@Nullable String text) {
        return text == null ? null : utf8(text);
    }

    private static int sized(byte @Nullable [] part) {
        return part == null ? 0 : Integer.BYTES + part.length;
    }

    private static void put(ByteBuffer buffer, byte @Nullable [] part) {
        if (part != null) {
            buffer.putInt(part.length).put(part);
        }
    }

    private static byte[] array(ByteBuffer buffer) {
        byte[] part = new byte[buffer.getInt()];
        buffer.get(part);
        return part;
    }

    /** Reads a text straight from the backing array: one copy, not two. */
    private static String text(ByteBuffer buffer) {
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new BufferUnderflowException();
        }
        int position = buffer.position();
        String text = new String(buffer.array(), buffer.arrayOffset() + position, length, StandardCharsets.UTF_8);
        buffer.position(position + length);
        return text;
    }
}
