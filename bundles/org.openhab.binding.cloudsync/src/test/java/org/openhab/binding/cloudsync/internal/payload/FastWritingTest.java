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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Specifies the two fast paths of JSON writing against the JDK's own: timestamps as {@code DateTimeFormatter}
 * writes them, and UTF-8 as {@code String.getBytes} encodes it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class FastWritingTest {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void timestampsAreWhatTheJdkWritesAlsoAcrossDaysAndBeforeTheEpoch() {
        IsoTimestamp timestamps = new IsoTimestamp();
        Random random = new Random(42);
        long[] fixed = { 0, -1, 86_399_999, 86_400_000, 1_764_460_799_999L, 1_764_460_800_000L, 951_782_400_000L,
                253_402_300_799_999L };
        for (long millis : fixed) {
            assertEquals(ISO_MILLIS.format(Instant.ofEpochMilli(millis)), timestamps.format(millis), "at " + millis);
        }
        for (int i = 0; i < 100_000; i++) {
            long millis = random.nextLong(0, 4_102_444_800_000L);
            assertEquals(ISO_MILLIS.format(Instant.ofEpochMilli(millis)), timestamps.format(millis), "at " + millis);
        }
    }

    @Test
    void theBufferEncodesUtf8AsTheJdkDoesAndIsReusable() {
        Utf8Buffer buffer = new Utf8Buffer(4);
        String[] texts = { "plain", "21.5 °C", "Grüße", "日本語", "emoji 😀 and 𝄞", "" };
        for (String text : texts) {
            buffer.reset();
            buffer.write(text, 0, text.length());
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), text);
            buffer.reset();
            buffer.write(text.toCharArray(), 0, text.length());
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.toByteArray(), text + " as chars");
        }
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkAsTheJdkDoes() {
        Utf8Buffer buffer = new Utf8Buffer(16);
        String broken = "a\uD800b\uDC00c";

        buffer.write(broken, 0, broken.length());

        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }
}
