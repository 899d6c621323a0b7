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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Specifies the JSON message of one change.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class JsonMessageTest {

    private static final long EVENT_TIME = Instant.parse("2026-11-28T03:04:05.678Z").toEpochMilli();

    @Test
    void quantityChangeCarriesStateValueUnitTypePreviousStateTimestampAndSeq() {
        StateChange change = Changes.quantity("Kitchen_Temp", "21.5", "°C", "21.0 °C", EVENT_TIME);

        JsonObject json = JsonParser.parseString(JsonMessage.of(new OutboxEntry(42, change), Map.of()))
                .getAsJsonObject();

        assertEquals("Kitchen_Temp", json.get("item").getAsString());
        assertEquals("21.5 °C", json.get("state").getAsString());
        assertEquals(new BigDecimal("21.5"), json.get("value").getAsBigDecimal());
        assertEquals("°C", json.get("unit").getAsString());
        assertEquals("Number:Temperature", json.get("type").getAsString());
        assertEquals("21.0 °C", json.get("previousState").getAsString());
        assertEquals("2026-11-28T03:04:05.678Z", json.get("timestamp").getAsString());
        assertEquals(42, json.get("seq").getAsLong());
    }

    @Test
    void fieldsWithoutAValueAreLeftOut() {
        StateChange change = Changes.text("Light", "ON");

        JsonObject json = JsonParser.parseString(JsonMessage.of(new OutboxEntry(1, change), Map.of()))
                .getAsJsonObject();

        assertEquals(Set.of("item", "state", "timestamp", "seq"), json.keySet());
    }

    @Test
    void largeValuesAreWrittenAsPlainNumbersNotScientificNotation() {
        StateChange change = new StateChange("Energy", "Number", "1E+3", false, new BigDecimal("1E+3"), null, null,
                EVENT_TIME, null);

        String text = JsonMessage.of(new OutboxEntry(1, change), Map.of());

        assertTrue(text.contains("\"value\":1000"), text);
    }

    @Test
    void staticFieldsAreAddedToEveryMessage() {
        JsonObject json = JsonParser
                .parseString(JsonMessage.of(new OutboxEntry(1, Changes.text("Light", "ON")), Map.of("site", "home1")))
                .getAsJsonObject();

        assertEquals("home1", json.get("site").getAsString());
    }

    @Test
    void imageStateIsItsBytesInBase64WithTheMimeType() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G' };

        JsonObject json = JsonParser
                .parseString(JsonMessage.of(new OutboxEntry(1, Changes.image("Camera", png, "image/png")), Map.of()))
                .getAsJsonObject();

        assertEquals(Base64.getEncoder().encodeToString(png), json.get("state").getAsString());
        assertEquals("image/png", json.get("mimeType").getAsString());
    }

    @Test
    void timestampKeepsMillisecondsEvenWhenTheyAreZero() {
        assertEquals("2026-01-01T00:00:00.000Z",
                JsonMessage.formatTimestamp(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli()));
    }
}
