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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;

import com.google.gson.JsonPrimitive;

/**
 * The {@link MessageBuilder} turns outbox entries into MQTT messages in the endpoint's format: one per change
 * ({@code json}, {@code raw}) or batches of changes ({@code json-batch}, gzipped when asked) bounded by item count
 * and bytes. A change that cannot fit in one message under the size limit, or whose message would break a rule of
 * the cloud service (a topic too long, a payload too large), is rejected: it is never sent, as a service
 * disconnects a client that breaks its rules.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MessageBuilder {

    /** The messages to send, and the changes that can never be sent. */
    public record Built(List<OutgoingMessage> messages, List<Rejected> rejected) {
    }

    /**
     * A change that can never be sent, with what its message would have been.
     *
     * @param reason why, readable and without secrets, for the log
     */
    public record Rejected(OutboxEntry entry, String topic, int size, String reason) {
    }

    private static final byte[] BATCH_ITEMS_START = "\"items\":[".getBytes(StandardCharsets.UTF_8);

    private final PayloadFormat format;
    private final TopicTemplate topic;
    private final String batchTopic;
    private final Map<String, String> staticFields;
    private final int maxBatchItems;
    private final int maxMessageBytes;
    private final Compression compression;
    private final ServiceRules rules;
    private final Function<String, @Nullable ItemInfo> itemLookup;

    /**
     * @param payload the message shape; its batch topic must not refer to items
     * @param rules the cloud service's rules every message is checked against
     * @param itemLookup the items' types and labels, for topic templates
     */
    public MessageBuilder(PayloadSettings payload, ServiceRules rules,
            Function<String, @Nullable ItemInfo> itemLookup) {
        this.format = payload.format();
        this.topic = payload.topic();
        this.batchTopic = payload.batchTopic().renderForThing();
        this.staticFields = Map.copyOf(payload.staticFields());
        this.maxBatchItems = payload.maxBatchItems();
        this.maxMessageBytes = payload.maxMessageBytes();
        this.compression = payload.compression();
        this.rules = rules;
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
        List<Rejected> rejected = new ArrayList<>(0);
        for (OutboxEntry entry : entries) {
            StateChange change = entry.change();
            byte[] payload = format == PayloadFormat.RAW ? raw(change)
                    : JsonMessage.of(entry, staticFields).getBytes(StandardCharsets.UTF_8);
            String messageTopic = topic.render(change, itemLookup.apply(change.itemName()));
            String problem = topicProblem(messageTopic);
            if (problem == null) {
                problem = sizeProblem(payload.length);
            }
            if (problem != null) {
                rejected.add(new Rejected(entry, messageTopic, payload.length, problem));
            } else {
                messages.add(new OutgoingMessage(messageTopic, payload, List.of(entry)));
            }
        }
        return new Built(messages, rejected);
    }

    /** Why a message cannot go to this topic, or null when it can. */
    private @Nullable String topicProblem(String messageTopic) {
        return explained(rules.checkTopic(messageTopic));
    }

    /** Why a message of this size cannot be sent, or null when it can. */
    private @Nullable String sizeProblem(int size) {
        if (size > maxMessageBytes) {
            return "larger than the message size limit of " + maxMessageBytes + " bytes";
        }
        return explained(rules.checkPayloadSize(size));
    }

    private static @Nullable String explained(Optional<RuleViolation> violation) {
        return violation.map(broken -> "it breaks the rule " + broken.ruleId() + " " + broken.arguments()).orElse(null);
    }

    private static byte[] raw(StateChange change) {
        StateChange.Image image = change.image();
        return image != null ? image.bytes() : change.state().getBytes(StandardCharsets.UTF_8);
    }

    private Built buildBatches(List<OutboxEntry> entries) {
        List<OutgoingMessage> messages = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>(0);
        byte[] head = batchHead();
        BatchWriter batch = new BatchWriter(head);
        String topicProblem = topicProblem(batchTopic);
        for (OutboxEntry entry : entries) {
            byte[] item = JsonMessage.of(entry, Map.of()).getBytes(StandardCharsets.UTF_8);
            int alone = BatchWriter.sizeWith(head.length, item.length, 1);
            String problem = topicProblem != null ? topicProblem : sizeProblem(alone);
            if (problem != null) {
                rejected.add(new Rejected(entry, batchTopic, alone, problem));
                continue;
            }
            if (batch.count() == maxBatchItems || sizeProblem(batch.sizeWith(item)) != null) {
                messages.add(finish(batch));
                batch = new BatchWriter(head);
            }
            batch.add(entry, item);
        }
        if (batch.count() > 0) {
            messages.add(finish(batch));
        }
        return new Built(messages, rejected);
    }

    private OutgoingMessage finish(BatchWriter batch) {
        byte[] json = batch.finish();
        return new OutgoingMessage(batchTopic, compression == Compression.GZIP ? gzip(json) : json, batch.entries());
    }

    private static byte[] gzip(byte[] json) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(json.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(json);
        } catch (IOException e) {
            // writing to memory does not fail
            throw new IllegalStateException(e);
        }
        return compressed.toByteArray();
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
