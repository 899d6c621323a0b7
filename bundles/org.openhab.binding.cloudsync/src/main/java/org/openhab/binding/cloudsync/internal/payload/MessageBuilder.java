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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>
 * It writes into buffers it keeps and reuses, and remembers each item's topic, so that a change costs little more
 * than the bytes of its message. Not thread-safe: the endpoint's send rounds, one at a time, use it.
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

    /** An item's topic as rendered for the item's type and catalog entry, and whether the service takes it. */
    private record ItemTopic(@Nullable ItemInfo item, @Nullable String type, String topic, @Nullable String problem) {
    }

    private static final byte[] BATCH_ITEMS_START = "\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BATCH_END = "]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = { ',' };

    private final PayloadFormat format;
    private final TopicTemplate topic;
    private final String batchTopic;
    private final Map<String, String> staticFields;
    private final int maxBatchItems;
    private final int maxMessageBytes;
    private final Compression compression;
    private final ServiceRules rules;
    private final Function<String, @Nullable ItemInfo> itemLookup;
    private final JsonMessage json = new JsonMessage();
    private final Map<String, ItemTopic> topics = new HashMap<>();
    /** The head of every batch: the opening brace and the static fields, then "items":[. */
    private final byte[] batchHead;
    private final Utf8Buffer batch = new Utf8Buffer(16 * 1024);

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
        // in the order the user gave them
        this.staticFields = Collections.unmodifiableMap(new LinkedHashMap<>(payload.staticFields()));
        this.maxBatchItems = payload.maxBatchItems();
        this.maxMessageBytes = payload.maxMessageBytes();
        this.compression = payload.compression();
        this.rules = rules;
        this.itemLookup = itemLookup;
        this.batchHead = batchHead(staticFields);
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
            byte[] payload = format == PayloadFormat.RAW ? raw(change) : json.bytes(entry, staticFields);
            ItemTopic itemTopic = topicOf(change);
            String problem = itemTopic.problem();
            if (problem == null) {
                problem = sizeProblem(payload.length);
            }
            if (problem != null) {
                rejected.add(new Rejected(entry, itemTopic.topic(), payload.length, problem));
            } else {
                messages.add(new OutgoingMessage(itemTopic.topic(), payload, List.of(entry)));
            }
        }
        return new Built(messages, rejected);
    }

    /** The change's topic, rendered and checked once per item (again when the item's entry or type changed). */
    private ItemTopic topicOf(StateChange change) {
        ItemInfo item = itemLookup.apply(change.itemName());
        ItemTopic known = topics.get(change.itemName());
        if (known != null && Objects.equals(known.item(), item) && Objects.equals(known.type(), change.itemType())) {
            return known;
        }
        String rendered = topic.render(change, item);
        ItemTopic fresh = new ItemTopic(item, change.itemType(), rendered, topicProblem(rendered));
        topics.put(change.itemName(), fresh);
        return fresh;
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

    /**
     * Writes the changes into batch messages: the head, then each change's object, commas between, then
     * {@code ]}}. A batch ends when it holds {@code maxBatchItems} changes or the next would make it too large.
     */
    private Built buildBatches(List<OutboxEntry> entries) {
        List<OutgoingMessage> messages = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>(0);
        String topicProblem = topicProblem(batchTopic);
        List<OutboxEntry> inBatch = new ArrayList<>(Math.min(entries.size(), maxBatchItems));
        batch.reset();
        for (OutboxEntry entry : entries) {
            Utf8Buffer item = json.write(entry, Map.of());
            int alone = batchHead.length + item.size() + BATCH_END.length;
            String problem = topicProblem != null ? topicProblem : sizeProblem(alone);
            if (problem != null) {
                rejected.add(new Rejected(entry, batchTopic, alone, problem));
                continue;
            }
            if (!inBatch.isEmpty() && (inBatch.size() == maxBatchItems
                    || sizeProblem(batch.size() + COMMA.length + item.size() + BATCH_END.length) != null)) {
                messages.add(finish(inBatch));
                inBatch = new ArrayList<>(Math.min(entries.size(), maxBatchItems));
                batch.reset();
            }
            if (inBatch.isEmpty()) {
                batch.appendBytes(batchHead);
            } else {
                batch.appendBytes(COMMA);
            }
            batch.append(item);
            inBatch.add(entry);
        }
        if (!inBatch.isEmpty()) {
            messages.add(finish(inBatch));
        }
        return new Built(messages, rejected);
    }

    private OutgoingMessage finish(List<OutboxEntry> inBatch) {
        batch.appendBytes(BATCH_END);
        byte[] message = batch.toByteArray();
        return new OutgoingMessage(batchTopic, compression == Compression.GZIP ? gzip(message) : message,
                List.copyOf(inBatch));
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

    /** The opening brace and the static fields ({@code {"site":"home1",}), then {@code "items":[}. */
    private static byte[] batchHead(Map<String, String> staticFields) {
        StringBuilder head = new StringBuilder("{");
        for (Map.Entry<String, String> field : staticFields.entrySet()) {
            head.append(quote(field.getKey())).append(':').append(quote(field.getValue())).append(',');
        }
        byte[] fields = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withItems = Arrays.copyOf(fields, fields.length + BATCH_ITEMS_START.length);
        System.arraycopy(BATCH_ITEMS_START, 0, withItems, fields.length, BATCH_ITEMS_START.length);
        return withItems;
    }

    private static String quote(String text) {
        return new JsonPrimitive(text).toString();
    }
}
