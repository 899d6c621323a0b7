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
package org.openhab.binding.cloudsync.itests.demo;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The {@link DemoWatcher} is the cloud side of the demo: an MQTT client outside the OSGi framework that subscribes
 * to the demo's topics on the broker and prints every message as it arrives, topic and payload. Images are
 * summarized: a JSON {@code state} holding an image's base64 becomes {@code <N-byte image/png>}, and a raw binary
 * payload becomes {@code <N bytes of binary>}.
 */
@NonNullByDefault
final class DemoWatcher implements AutoCloseable {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final MqttClient client;
    private final AtomicInteger received = new AtomicInteger();

    private DemoWatcher(MqttClient client) {
        this.client = client;
    }

    /**
     * Connects with the URL's credentials and subscribes (QoS 1) to the topics.
     *
     * @param print where each message goes, one line
     */
    static DemoWatcher watch(BrokerUrl broker, List<String> topics, Consumer<String> print) throws MqttException {
        MqttClient client = new MqttClient(broker.pahoUri(), "cloudsync-demo-watcher-" + UUID.randomUUID(),
                new MemoryPersistence());
        DemoWatcher watcher = new DemoWatcher(client);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setConnectionTimeout(10);
        options.setAutomaticReconnect(true);
        String username = broker.username();
        if (username != null) {
            options.setUserName(username);
        }
        String password = broker.password();
        if (password != null) {
            options.setPassword(password.toCharArray());
        }
        client.connect(options);
        for (String topic : topics) {
            client.subscribe(topic, 1, (arrivedOn, message) -> {
                watcher.received.incrementAndGet();
                print.accept(describe(arrivedOn, message));
            });
        }
        return watcher;
    }

    /** Messages received so far. */
    int received() {
        return received.get();
    }

    static String describe(String topic, MqttMessage message) {
        return String.format("%-34s %s%s", topic, payloadText(message.getPayload()),
                message.isRetained() ? "  (retained)" : "");
    }

    private static String payloadText(byte[] payload) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return "<" + payload.length + " bytes of binary" + (isPng(payload) ? ": a PNG image>" : ">");
        }
        if (isPng(payload) || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            return "<" + payload.length + " bytes of binary" + (isPng(payload) ? ": a PNG image>" : ">");
        }
        return summarizeImages(text);
    }

    /** Replaces the base64 state of images in a JSON message (or in the items of a batch) by a summary. */
    private static String summarizeImages(String text) {
        JsonElement json;
        try {
            json = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return text;
        }
        if (!json.isJsonObject()) {
            return text;
        }
        JsonObject object = json.getAsJsonObject();
        boolean changed = summarize(object);
        JsonElement items = object.get("items");
        if (items != null && items.isJsonArray()) {
            for (JsonElement item : items.getAsJsonArray()) {
                if (item.isJsonObject()) {
                    changed |= summarize(item.getAsJsonObject());
                }
            }
        }
        return changed ? GSON.toJson(object) : text;
    }

    private static boolean summarize(JsonObject change) {
        JsonElement mimeType = change.get("mimeType");
        JsonElement state = change.get("state");
        if (mimeType == null || state == null || !state.isJsonPrimitive()) {
            return false;
        }
        int bytes;
        try {
            bytes = Base64.getDecoder().decode(state.getAsString()).length;
        } catch (IllegalArgumentException e) {
            return false;
        }
        change.addProperty("state", "<" + bytes + "-byte " + mimeType.getAsString() + ">");
        return true;
    }

    private static boolean isPng(byte[] payload) {
        return payload.length > 4 && (payload[0] & 0xff) == 0x89 && payload[1] == 'P' && payload[2] == 'N'
                && payload[3] == 'G';
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(2_000);
            }
            client.close();
        } catch (MqttException e) {
            // the demo ends anyway
        }
    }
}
