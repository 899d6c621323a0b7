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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;

import com.google.gson.stream.JsonWriter;

/**
 * The {@link JsonMessage} writes the JSON object of one change:
 * {@code {"item":..,"state":..,"value":..,"unit":..,"type":..,"previousState":..,"timestamp":..,"seq":..}},
 * followed by the endpoint's static fields. Fields without a value are left out. An image's state is its
 * bytes in base64, with its {@code mimeType}. It writes with Gson's streaming writer straight into a UTF-8 buffer it
 * keeps, one object after the other, so a change costs its bytes and nothing else. Not thread-safe: each message
 * builder has its own.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class JsonMessage {

    /** The field names of a change; static fields must not reuse them. */
    public static final Set<String> FIELD_NAMES = Set.of("item", "state", "value", "unit", "type", "previousState",
            "timestamp", "seq", "mimeType");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Utf8Buffer buffer = new Utf8Buffer(512);
    private final JsonWriter json;
    private final IsoTimestamp timestamps = new IsoTimestamp();

    @SuppressWarnings("deprecation")
    public JsonMessage() {
        json = new JsonWriter(buffer);
        // one top-level object after the other into the same buffer; setStrictness is newer than Gson 2.10
        json.setLenient(true);
    }

    /** The JSON text of one entry (for tests and the console). */
    public static String of(OutboxEntry entry, Map<String, String> staticFields) {
        return new String(new JsonMessage().bytes(entry, staticFields), StandardCharsets.UTF_8);
    }

    /** The JSON of one entry, UTF-8 encoded. */
    public byte[] bytes(OutboxEntry entry, Map<String, String> staticFields) {
        return write(entry, staticFields).toByteArray();
    }

    /** Writes one entry into the buffer, which holds only it afterwards, until the next write. */
    Utf8Buffer write(OutboxEntry entry, Map<String, String> staticFields) {
        buffer.reset();
        try {
            write(entry.change(), entry.seq(), staticFields);
            json.flush();
        } catch (IOException e) {
            // writing to memory does not fail
            throw new IllegalStateException(e);
        }
        return buffer;
    }

    private void write(StateChange change, long seq, Map<String, String> staticFields) throws IOException {
        json.beginObject();
        json.name("item").value(change.itemName());
        StateChange.Image image = change.image();
        if (image != null) {
            json.name("state").value(Base64.getEncoder().encodeToString(image.bytes()));
            json.name("mimeType").value(image.mimeType());
        } else {
            json.name("state").value(change.state());
        }
        BigDecimal value = change.value();
        if (value != null) {
            json.name("value").jsonValue(value.toPlainString());
        }
        String unit = change.unit();
        if (unit != null) {
            json.name("unit").value(unit);
        }
        String type = change.itemType();
        if (type != null) {
            json.name("type").value(type);
        }
        String previous = change.previousState();
        if (previous != null) {
            json.name("previousState").value(previous);
        }
        json.name("timestamp").value(timestamps.format(change.eventTime()));
        json.name("seq").value(seq);
        for (Map.Entry<String, String> field : staticFields.entrySet()) {
            json.name(field.getKey()).value(field.getValue());
        }
        json.endObject();
    }

    /** ISO-8601 in UTC with milliseconds, for example {@code 2026-11-28T03:04:05.678Z}. */
    public static String formatTimestamp(long epochMillis) {
        return TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
    }
}
