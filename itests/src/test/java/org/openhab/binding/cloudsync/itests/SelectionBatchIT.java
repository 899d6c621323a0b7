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
package org.openhab.binding.cloudsync.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.binding.cloudsync.itests.support.Json;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder.Received;
import org.openhab.binding.cloudsync.itests.support.TestBed;
import org.openhab.binding.cloudsync.itests.support.Waits;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@link SelectionBatchIT} checks, with the add-on in its OSGi framework, that an endpoint with an item
 * selection ({@code include=group:gKitchen}, {@code exclude=Kitchen_Window}), {@code payloadFormat=json-batch} and
 * {@code staticFields=site=home1} sends exactly the selected changes of one interval in one batch message on the
 * default batch topic, shaped as the README's "Message format" section documents. The interval is a minute and the
 * console's {@code flush} ends it, so that which changes share the interval does not depend on timing.
 */
class SelectionBatchIT {

    private static final String THING_UID = "cloudsync:mqtt:kitchen";
    /** The default {@code batchTopic} {@code openhab/{thing}/batch} for Thing {@code kitchen}. */
    private static final String BATCH_TOPIC = "openhab/kitchen/batch";
    /** The 8-byte PNG signature, as in the README's example. */
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    private static TestBed bed;
    private static OpenHabDriver openhab;
    private static MqttRecorder recorder;

    @BeforeAll
    static void startAndCreateItems() throws Exception {
        bed = TestBed.start();
        openhab = bed.openhab();
        recorder = bed.recorder();
        openhab.addItem("gKitchen", "Group", "Kitchen", List.of(), Set.of());
        openhab.addItem("gKitchenDevices", "Group", "Kitchen devices", List.of("gKitchen"), Set.of());
        openhab.addItem("Kitchen_Temperature", "Number:Temperature", "Kitchen", List.of("gKitchen"), Set.of());
        openhab.addItem("Kitchen_Light", "Switch", "Kitchen light", List.of("gKitchen"), Set.of());
        openhab.addItem("Kitchen_Window", "Contact", "Kitchen window", List.of("gKitchen"), Set.of());
        // a member of a member group: group selection is recursive
        openhab.addItem("Kitchen_Fan", "Dimmer", "Kitchen fan", List.of("gKitchenDevices"), Set.of());
        openhab.addItem("Kitchen_Camera", "Image", "Kitchen camera", List.of("gKitchen"), Set.of());
        openhab.addItem("Hall_Light", "Switch", "Hall light", List.of(), Set.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void selectedChangesOfOneIntervalArriveAsOneBatchMessageAsDocumented() throws Exception {
        bed.createOnlineThing(THING_UID, "Kitchen to cloud", Map.of( //
                "include", List.of("group:gKitchen"), //
                "exclude", List.of("Kitchen_Window"), //
                "payloadFormat", "json-batch", //
                "interval", new BigDecimal(60), //
                "staticFields", List.of("site=home1")));
        try {
            String image = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);
            long postedFrom = System.currentTimeMillis();
            openhab.postItemStateChanges(List.of( //
                    List.of("Hall_Light", "ON", "OFF"), //
                    List.of("Kitchen_Temperature", "21.5 °C", "21 °C"), //
                    List.of("Kitchen_Window", "OPEN", "CLOSED"), //
                    List.of("Kitchen_Light", "ON", "OFF"), //
                    List.of("Kitchen_Fan", "40", "30"), //
                    List.of("Kitchen_Camera", image, "data:image/png;base64,AAAA")));
            long postedUntil = System.currentTimeMillis();
            awaitQueued(4);

            // the end of the interval: everything queued goes now
            openhab.executeConsoleCommand("cloudsync", List.of("flush", THING_UID));

            Received batch = recorder.await(BATCH_TOPIC, message -> true, TestBed.DELIVERY_TIMEOUT, "after the flush");
            awaitQueued(0);
            List<Received> batches = recorder.messages(BATCH_TOPIC);
            assertEquals(1, batches.size(), "the changes of one interval must arrive in ONE batch message; got"
                    + MqttRecorder.describe(batches));
            assertEquals(1, batch.qos(), "QoS of the batch (default 1)");

            JsonObject json = Json.object(batch.payload());
            assertNotNull(json, "the batch is no JSON object: " + batch.payload());
            assertEquals(List.of("site", "items"), new ArrayList<>(json.keySet()),
                    "a batch is {static fields once, then \"items\"}: " + batch.payload());
            assertEquals("home1", json.get("site").getAsString(), "static field site: " + batch.payload());
            JsonArray items = json.getAsJsonArray("items");
            List<String> names = new ArrayList<>();
            items.forEach(item -> names.add(item.getAsJsonObject().get("item").getAsString()));
            assertEquals(List.of("Kitchen_Temperature", "Kitchen_Light", "Kitchen_Fan", "Kitchen_Camera"), names,
                    "exactly the selected items (gKitchen members, recursively, without the excluded Kitchen_Window),"
                            + " in the order of their changes: " + batch.payload());

            JsonObject temperature = items.get(0).getAsJsonObject();
            assertFields(temperature, "item", "state", "value", "unit", "type", "previousState", "timestamp", "seq");
            assertEquals("21.5 °C", temperature.get("state").getAsString(), "state: " + temperature);
            assertEquals(new BigDecimal("21.5"), temperature.get("value").getAsBigDecimal(), "value: " + temperature);
            assertTrue(temperature.get("value").getAsJsonPrimitive().isNumber(),
                    "value is a JSON number: " + temperature);
            assertEquals("°C", temperature.get("unit").getAsString(), "unit: " + temperature);
            assertEquals("Number:Temperature", temperature.get("type").getAsString(), "type: " + temperature);
            assertEquals("21 °C", temperature.get("previousState").getAsString(), "previousState: " + temperature);

            JsonObject light = items.get(1).getAsJsonObject();
            assertFields(light, "item", "state", "type", "previousState", "timestamp", "seq");
            assertEquals("ON", light.get("state").getAsString(), "state: " + light);
            assertEquals("Switch", light.get("type").getAsString(), "type: " + light);
            assertEquals("OFF", light.get("previousState").getAsString(), "previousState: " + light);

            JsonObject fan = items.get(2).getAsJsonObject();
            assertFields(fan, "item", "state", "value", "type", "previousState", "timestamp", "seq");
            assertEquals("40", fan.get("state").getAsString(), "state: " + fan);
            assertEquals(new BigDecimal("40"), fan.get("value").getAsBigDecimal(), "value: " + fan);
            assertEquals("Dimmer", fan.get("type").getAsString(), "type: " + fan);

            JsonObject camera = items.get(3).getAsJsonObject();
            assertFields(camera, "item", "state", "mimeType", "type", "timestamp", "seq");
            assertEquals(Base64.getEncoder().encodeToString(PNG), camera.get("state").getAsString(),
                    "an image's state is its bytes in base64: " + camera);
            assertEquals("image/png", camera.get("mimeType").getAsString(), "mimeType: " + camera);
            assertEquals("Image", camera.get("type").getAsString(), "type: " + camera);

            long previousSeq = Long.MIN_VALUE;
            for (JsonElement element : items) {
                JsonObject item = element.getAsJsonObject();
                String timestamp = item.get("timestamp").getAsString();
                assertTrue(timestamp.matches(TIMESTAMP), "timestamp is ISO-8601 UTC with milliseconds: " + item);
                long eventTime = Instant.parse(timestamp).toEpochMilli();
                assertTrue(eventTime >= postedFrom && eventTime <= postedUntil,
                        "timestamp is when the change reached the add-on (" + postedFrom + ".." + postedUntil
                                + "), not when it was sent: " + item);
                long seq = item.get("seq").getAsLong();
                assertTrue(seq > previousSeq, "seq increases along the batch: " + batch.payload());
                previousSeq = seq;
            }

            for (Received message : recorder.messages()) {
                assertFalse(message.payload().contains("Hall_Light") || message.payload().contains("Kitchen_Window"),
                        "an unselected or excluded item reached the broker: " + message);
                assertFalse(
                        message.topic().startsWith("openhab/Kitchen_") || message.topic().startsWith("openhab/Hall"),
                        "json-batch sends no per-item messages: " + message);
            }
            System.out.println(
                    "Batch messages the broker delivered:" + MqttRecorder.describe(recorder.messages(BATCH_TOPIC)));
        } finally {
            openhab.removeThing(THING_UID);
        }
    }

    /** Waits until the endpoint's row in the console's list shows that many changes queued or in flight. */
    private static void awaitQueued(int count) throws InterruptedException {
        Pattern row = Pattern.compile(Pattern.quote(THING_UID) + "\\s.*\\sONLINE\\s+\\S+\\s+" + count + "\\s.*");
        String[] list = { "" };
        Waits.until(() -> {
            list[0] = openhab.executeConsoleCommand("cloudsync", List.of("list"));
            return list[0].lines().anyMatch(line -> row.matcher(line).matches());
        }, TestBed.DELIVERY_TIMEOUT, count + " changes queued", () -> "the console lists:\n" + list[0]);
    }

    /** The object has exactly these fields, in this order (the README's field order; absent fields left out). */
    private static void assertFields(JsonObject object, String... names) {
        assertEquals(List.of(names), new ArrayList<>(object.keySet()), "fields of " + object);
    }
}
