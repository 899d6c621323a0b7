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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;

import com.google.gson.JsonPrimitive;

/**
 * The {@link MessageBuilder} turns outbox entries into MQTT messages in the endpoint's format: one per change
 * ({@code json}, {@code raw}) or batches of changes ({@code json-batch}) bounded by item count and bytes.
 * A change that cannot fit in one message under the size limit is set aside, never sent half.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MessageBuilder {

    /** The messages to send, and the entries too large to send at all. */
    public record Built(List<OutgoingMessage> messages, List<OutboxEntry> oversized) {
    }

    private static final byte[] BATCH_ITEMS_START = "\"items\":[".getBytes(StandardCharsets.UTF_8);

    private final PayloadFormat format;
    private final TopicTemplate topic;
    private final String batchTopic;
    private final Map<String, String> staticFields;
    private final int maxBatchItems;
    private final int maxMessageBytes;
    private final Function<String, @Nullable ItemInfo> itemLookup;

    /**
     * @param payload the message shape; its batch topic must not refer to items
     * @param itemLookup the items' types and labels, for topic templates
     */
    public MessageBuilder(PayloadSettings payload, Function<String, @Nullable ItemInfo> itemLookup) {
        this.format = payload.format();
        this.topic = payload.topic();
        this.batchTopic = payload.batchTopic().renderForThing();
        this.staticFields = Map.copyOf(payload.staticFields());
        this.maxBatchItems = payload.maxBatchItems();
        this.maxMessageBytes = payload.maxMessageBytes();
        this.itemLookup = itemLookup;
    }

    /** The most changes one message holds. */
    public int maxEntriesPerMessage() {
        return format == PayloadFormat.JSON_BATCH ? maxBatchItems : 1;
    }

    public Built build(List<OutboxEntry> entries) {
        return format == PayloadFormat.JSON_BATCH ? buildBatches(entries) : buildSingles(entries);
    }

    private Built buildSingles(List<OutboxEntry> entries) {
        List<OutgoingMessage> messages = new ArrayList<>(entries.size());
        List<OutboxEntry> oversized = new ArrayList<>(0);
        for (OutboxEntry entry : entries) {
            byte[] payload = format == PayloadFormat.RAW ? raw(entry.change())
                    : JsonMessage.of(entry, staticFields).getBytes(StandardCharsets.UTF_8);
            if (payload.length > maxMessageBytes) {
                oversized.add(entry);
            } else {
                StateChange change = entry.change();
                messages.add(new OutgoingMessage(topic.render(change, itemLookup.apply(change.itemName())), payload,
                        List.of(entry)));
            }
        }
        return new Built(messages, oversized);
    }

    private static byte[] raw(StateChange change) {
        StateChange.Image image = change.image();
        return image != null ? image.bytes() : change.state().getBytes(StandardCharsets.UTF_8);
    }

    private Built buildBatches(List<OutboxEntry> entries) {
        List<OutgoingMessage> messages = new ArrayList<>();
        List<OutboxEntry> oversized = new ArrayList<>(0);
        byte[] head = batchHead();
        BatchWriter batch = new BatchWriter(head);
        for (OutboxEntry entry : entries) {
            byte[] item = JsonMessage.of(entry, Map.of()).getBytes(StandardCharsets.UTF_8);
            if (BatchWriter.sizeWith(head.length, item.length, 1) > maxMessageBytes) {
                oversized.add(entry);
                continue;
            }
            if (batch.count() == maxBatchItems || batch.sizeWith(item) > maxMessageBytes) {
                messages.add(new OutgoingMessage(batchTopic, batch.finish(), batch.entries()));
                batch = new BatchWriter(head);
            }
            batch.add(entry, item);
        }
        if (batch.count() > 0) {
            messages.add(new OutgoingMessage(batchTopic, batch.finish(), batch.entries()));
        }
        return new Built(messages, oversized);
    }

    /** The opening brace and the static fields ({@code {"site":"home1",}); the items array follows. */
    private byte[] batchHead() {
        StringBuilder head = new StringBuilder("{");
        for (Map.Entry<String, String> field : staticFields.entrySet()) {
            head.append(quote(field.getKey())).append(':').append(quote(field.getValue())).append(',');
        }
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return new JsonPrimitive(text).toString();
    }

    /** Collects the item objects of one batch message. */
    private static final class BatchWriter {
        private final byte[] head;
        private final List<OutboxEntry> entries = new ArrayList<>();
        private final List<byte[]> items = new ArrayList<>();
        private int itemBytes;

        BatchWriter(byte[] head) {
            this.head = head;
        }

        int count() {
            return entries.size();
        }

        List<OutboxEntry> entries() {
            return List.copyOf(entries);
        }

        void add(OutboxEntry entry, byte[] item) {
            entries.add(entry);
            items.add(item);
            itemBytes += item.length;
        }

        int sizeWith(byte[] item) {
            return sizeWith(head.length, itemBytes + item.length, items.size() + 1);
        }

        /** head + "items":[ + items with commas between + ]} */
        static int sizeWith(int headBytes, int itemBytes, int itemCount) {
            return headBytes + BATCH_ITEMS_START.length + itemBytes + Math.max(0, itemCount - 1) + 2;
        }

        byte[] finish() {
            byte[] message = new byte[sizeWith(head.length, itemBytes, items.size())];
            int pos = 0;
            System.arraycopy(head, 0, message, pos, head.length);
            pos += head.length;
            System.arraycopy(BATCH_ITEMS_START, 0, message, pos, BATCH_ITEMS_START.length);
            pos += BATCH_ITEMS_START.length;
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    message[pos++] = ',';
                }
                byte[] item = items.get(i);
                System.arraycopy(item, 0, message, pos, item.length);
                pos += item.length;
            }
            message[pos++] = ']';
            message[pos] = '}';
            return message;
        }
    }
}
