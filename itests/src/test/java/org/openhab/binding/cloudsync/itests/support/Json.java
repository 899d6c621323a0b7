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
package org.openhab.binding.cloudsync.itests.support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The {@link Json} helpers read MQTT payloads leniently: a payload that is no JSON object is simply no match.
 */
public final class Json {

    private Json() {
    }

    /** The payload as a JSON object, or null when it is none. */
    public static JsonObject object(String payload) {
        try {
            JsonElement json = JsonParser.parseString(payload);
            return json.isJsonObject() ? json.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** A primitive field of a JSON object payload as text, or null when there is no such field or object. */
    public static String field(String payload, String name) {
        JsonObject object = object(payload);
        if (object == null) {
            return null;
        }
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
