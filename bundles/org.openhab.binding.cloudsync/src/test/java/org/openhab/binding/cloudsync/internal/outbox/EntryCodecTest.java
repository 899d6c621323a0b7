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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies how a change is kept on disk: everything the payload needs comes back, and damaged bytes are
 * recognized instead of misread.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class EntryCodecTest {

    private static StateChange roundTrip(StateChange change) throws Exception {
        return EntryCodec.decode(EntryCodec.encode(change));
    }

    @Test
    void quantityChangeComesBackWithEveryField() throws Exception {
        StateChange change = Changes.quantity("Kitchen_Temperature", "21.5", "°C", "21.0 °C", 1_700_000_000_123L);

        StateChange back = roundTrip(change);

        assertEquals(change.itemName(), back.itemName());
        assertEquals(change.itemType(), back.itemType());
        assertEquals(change.state(), back.state());
        assertEquals(new BigDecimal("21.5"), back.value());
        assertEquals("°C", back.unit());
        assertEquals("21.0 °C", back.previousState());
        assertEquals(1_700_000_000_123L, back.eventTime());
        assertFalse(back.undefined());
        assertNull(back.image());
    }

    @Test
    void missingOptionalFieldsStayMissingAndUndefinedStaysUndefined() throws Exception {
        StateChange back = roundTrip(Changes.undefined("Door", "UNDEF"));

        assertTrue(back.undefined());
        assertNull(back.itemType(), "an unknown item type must not become an empty text");
        assertNull(back.value());
        assertNull(back.unit());
        assertNull(back.previousState());
    }

    @Test
    void imageBytesAndMimeTypeComeBack() throws Exception {
        byte[] png = new byte[70_000];
        png[0] = (byte) 0x89;
        png[69_999] = 42;

        StateChange back = roundTrip(Changes.image("Camera", png, "image/png"));

        StateChange.Image image = back.image();
        assertNotNull(image);
        assertArrayEquals(png, image.bytes());
        assertEquals("image/png", image.mimeType());
    }

    @Test
    void textLongerThan64KilobytesAndNonAsciiTextComeBack() throws Exception {
        String text = "ä€😀".repeat(30_000);

        assertEquals(text, roundTrip(Changes.text("Log", text)).state());
    }

    @Test
    void itemNameIsReadWithoutDecodingTheRest() throws Exception {
        assertEquals("Hall_Light", EntryCodec.itemName(EntryCodec.encode(Changes.text("Hall_Light", "ON"))));
    }

    @Test
    void truncatedOrForeignBytesAreRejectedNotMisread() {
        byte[] encoded = EntryCodec.encode(Changes.text("Hall_Light", "ON"));
        byte[] truncated = java.util.Arrays.copyOf(encoded, encoded.length - 3);

        assertThrows(EntryCodec.UnreadableEntryException.class, () -> EntryCodec.decode(truncated));
        assertThrows(EntryCodec.UnreadableEntryException.class,
                () -> EntryCodec.decode("{\"json\":true}".getBytes(StandardCharsets.UTF_8)));
    }
}
