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
import java.io.StringWriter;
import java.math.BigDecimal;
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
 * bytes in base64, with its {@code mimeType}.
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

    private JsonMessage() {
    }

    /** The JSON text of one entry. */
    public static String of(OutboxEntry entry, Map<String, String> staticFields) {
        StringWriter text = new StringWriter(192);
        try (JsonWriter json = new JsonWriter(text)) {
            write(json, entry, staticFields);
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** Writes one entry as a JSON object. */
    public static void write(JsonWriter json, OutboxEntry entry, Map<String, String> staticFields) throws IOException {
        StateChange change = entry.change();
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
        json.name("timestamp").value(formatTimestamp(change.eventTime()));
        json.name("seq").value(entry.seq());
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
