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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate.InvalidTopicException;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Specifies how outbox entries become MQTT messages in each format.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class MessageBuilderTest {

    private static MessageBuilder builder(PayloadFormat format, int maxBatchItems, int maxMessageBytes)
            throws InvalidTopicException {
        return builder(format, maxBatchItems, maxMessageBytes, Compression.NONE, ServiceRules.GENERIC_MQTT,
                "home/{item}");
    }

    private static MessageBuilder builder(PayloadFormat format, int maxBatchItems, int maxMessageBytes,
            Compression compression, ServiceRules rules, String topic) throws InvalidTopicException {
        return new MessageBuilder(new PayloadSettings(format, TopicTemplate.parse(topic, "t1", 0),
                TopicTemplate.parse("home/{thing}/batch", "t1", 0), Map.of("site", "home1"), maxBatchItems,
                maxMessageBytes, compression), rules, item -> null);
    }

    private static List<OutboxEntry> entries(int count) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(new OutboxEntry(i, Changes.number("Item" + i, String.valueOf(i))));
        }
        return entries;
    }

    private static String text(OutgoingMessage message) {
        return new String(message.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void jsonFormatMakesOneMessagePerChangeOnTheItemTopic() throws InvalidTopicException {
        MessageBuilder.Built built = builder(PayloadFormat.JSON, 500, 131072).build(entries(2));

        assertEquals(2, built.messages().size());
        assertEquals("home/Item1", built.messages().get(0).topic());
        JsonObject json = JsonParser.parseString(text(built.messages().get(0))).getAsJsonObject();
        assertEquals("Item1", json.get("item").getAsString());
        assertEquals("home1", json.get("site").getAsString());
    }

    @Test
    void rawFormatSendsTheStateTextAndImageBytes() throws InvalidTopicException {
        byte[] png = { 1, 2, 3 };
        List<OutboxEntry> entries = List.of(new OutboxEntry(1, Changes.text("Light", "ON")),
                new OutboxEntry(2, Changes.image("Camera", png, "image/png")));

        MessageBuilder.Built built = builder(PayloadFormat.RAW, 500, 131072).build(entries);

        assertEquals("ON", text(built.messages().get(0)));
        assertArrayEquals(png, built.messages().get(1).payload());
    }

    @Test
    void batchHoldsAllChangesInOrderWithStaticFieldsOnce() throws InvalidTopicException {
        MessageBuilder.Built built = builder(PayloadFormat.JSON_BATCH, 500, 131072).build(entries(3));

        assertEquals(1, built.messages().size());
        OutgoingMessage batch = built.messages().get(0);
        assertEquals("home/t1/batch", batch.topic());
        JsonObject json = JsonParser.parseString(text(batch)).getAsJsonObject();
        assertEquals("home1", json.get("site").getAsString());
        assertEquals(3, json.getAsJsonArray("items").size());
        assertEquals("Item3", json.getAsJsonArray("items").get(2).getAsJsonObject().get("item").getAsString());
        assertEquals(List.of(1L, 2L, 3L), batch.entries().stream().map(OutboxEntry::seq).toList());
    }

    @Test
    void batchesAreSplitByItemCount() throws InvalidTopicException {
        MessageBuilder.Built built = builder(PayloadFormat.JSON_BATCH, 2, 131072).build(entries(5));

        assertEquals(List.of(2, 2, 1), built.messages().stream().map(m -> m.entries().size()).toList());
    }

    @Test
    void batchesAreSplitSoNoMessageExceedsTheSizeLimit() throws InvalidTopicException {
        int limit = 400;
        MessageBuilder.Built built = builder(PayloadFormat.JSON_BATCH, 500, limit).build(entries(20));

        assertTrue(built.messages().size() > 1, "20 changes cannot fit in 400 bytes");
        for (OutgoingMessage message : built.messages()) {
            assertTrue(message.payload().length <= limit, "message of " + message.payload().length + " bytes");
            // each part must still be valid JSON
            JsonParser.parseString(text(message)).getAsJsonObject();
        }
        assertEquals(20, built.messages().stream().mapToInt(m -> m.entries().size()).sum(), "no change lost");
    }

    @Test
    void changeTooLargeForAnyMessageIsSetAside() throws InvalidTopicException {
        List<OutboxEntry> entries = List.of(new OutboxEntry(1, Changes.image("Camera", new byte[2048], "image/png")),
                new OutboxEntry(2, Changes.text("Light", "ON")));

        MessageBuilder.Built built = builder(PayloadFormat.JSON, 500, 1024).build(entries);

        assertEquals(List.of(1L), built.rejected().stream().map(rejected -> rejected.entry().seq()).toList());
        assertEquals("larger than the message size limit of 1024 bytes", built.rejected().get(0).reason());
        assertEquals(1, built.messages().size());
    }

    @Test
    void aChangeWhoseTopicBreaksARuleOfTheServiceIsRejectedWithTheRuleNamed() throws InvalidTopicException {
        String longName = "Sensor_" + "x".repeat(260);
        List<OutboxEntry> entries = List.of(new OutboxEntry(1, Changes.number(longName, "1")),
                new OutboxEntry(2, Changes.number("Short", "2")));

        MessageBuilder.Built built = builder(PayloadFormat.JSON, 500, 131072, Compression.NONE,
                ServiceRules.AWS_IOT_CORE, "home/{item}").build(entries);

        assertEquals(List.of("home/Short"), built.messages().stream().map(OutgoingMessage::topic).toList());
        MessageBuilder.Rejected rejected = built.rejected().get(0);
        assertEquals("home/" + longName, rejected.topic());
        assertTrue(rejected.reason().contains("aws-iot-core.topic-length"), rejected.reason());
    }

    @Test
    void aTopicWithMoreSlashesThanAwsTakesIsRejectedAndTheSameDepthWithTheRulesPrefixIsNot()
            throws InvalidTopicException {
        List<OutboxEntry> entries = entries(1);

        MessageBuilder.Built deep = builder(PayloadFormat.JSON, 500, 131072, Compression.NONE,
                ServiceRules.AWS_IOT_CORE, "a/b/c/d/e/f/g/{item}/x").build(entries);
        MessageBuilder.Built ingest = builder(PayloadFormat.JSON, 500, 131072, Compression.NONE,
                ServiceRules.AWS_IOT_CORE, "$aws/rules/store/a/b/c/d/e/f/{item}/x").build(entries);

        assertEquals(1, deep.rejected().size(), "8 slashes");
        assertEquals(1, ingest.messages().size(), "the Basic Ingest prefix does not count: " + ingest.rejected());
    }

    @Test
    void aBatchIsGzippedWhenAskedAndHoldsTheSameJson() throws Exception {
        List<OutboxEntry> entries = entries(200);
        MessageBuilder.Built plain = builder(PayloadFormat.JSON_BATCH, 500, 131072).build(entries);
        MessageBuilder.Built gzipped = builder(PayloadFormat.JSON_BATCH, 500, 131072, Compression.GZIP,
                ServiceRules.GENERIC_MQTT, "home/{item}").build(entries);

        byte[] json = plain.messages().get(0).payload();
        byte[] compressed = gzipped.messages().get(0).payload();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertArrayEquals(json, in.readAllBytes(), "gunzipped, the message is the plain batch");
        }
        assertTrue(compressed.length * 4 < json.length,
                "200 similar changes compress well: " + compressed.length + " of " + json.length + " bytes");
        assertEquals(200, gzipped.messages().get(0).entries().size());
    }
}
