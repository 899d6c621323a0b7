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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;

/**
 * The {@link TopicTemplate} turns a topic such as {@code home/{item}/state} into the topic of one change.
 * It is parsed and checked once, when the endpoint is configured, so that a bad template is a configuration
 * error and rendering is a few string appends.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TopicTemplate {

    /** The placeholders a template may use. */
    public enum Placeholder {
        ITEM("item"),
        TYPE("type"),
        LABEL("label"),
        THING("thing");

        final String token;

        Placeholder(String token) {
            this.token = token;
        }
    }

    /** Thrown when a template cannot be used; the message says why, for the Thing status. */
    public static final class InvalidTopicException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTopicException(String message) {
            super(message);
        }
    }

    private final String template;
    private final String thingId;
    /** Literal strings and placeholders in order. */
    private final List<Object> parts;

    private TopicTemplate(String template, String thingId, List<Object> parts) {
        this.template = template;
        this.thingId = thingId;
        this.parts = parts;
    }

    /**
     * Parses and validates a template.
     *
     * @param template the configured topic template
     * @param thingId the Thing's id, the value of {thing}
     * @param maxLevels the most topic levels a broker accepts (0 for no limit)
     */
    public static TopicTemplate parse(String template, String thingId, int maxLevels) throws InvalidTopicException {
        if (template.isEmpty()) {
            throw new InvalidTopicException("it is empty");
        }
        for (char c : new char[] { '+', '#', '\u0000' }) {
            if (template.indexOf(c) >= 0) {
                throw new InvalidTopicException(
                        c == '\u0000' ? "it contains a NUL character" : "it contains the wildcard " + c);
            }
        }
        if (template.startsWith("/") || template.endsWith("/") || template.contains("//")) {
            throw new InvalidTopicException("it has an empty level");
        }
        int levels = template.split("/", -1).length;
        if (maxLevels > 0 && levels > maxLevels) {
            throw new InvalidTopicException("it has " + levels + " levels, the broker allows " + maxLevels);
        }
        List<Object> parts = new ArrayList<>();
        int pos = 0;
        while (pos < template.length()) {
            int open = template.indexOf('{', pos);
            if (open < 0) {
                parts.add(template.substring(pos));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new InvalidTopicException("a { is not closed");
            }
            if (open > pos) {
                parts.add(template.substring(pos, open));
            }
            parts.add(placeholder(template.substring(open + 1, close)));
            pos = close + 1;
        }
        return new TopicTemplate(template, thingId, List.copyOf(parts));
    }

    private static Placeholder placeholder(String token) throws InvalidTopicException {
        for (Placeholder placeholder : Placeholder.values()) {
            if (placeholder.token.equals(token)) {
                return placeholder;
            }
        }
        throw new InvalidTopicException("{" + token + "} is not a known placeholder");
    }

    /** The topic for one change; {@code item} is the registry's snapshot of the item, if known. */
    public String render(StateChange change, @Nullable ItemInfo item) {
        StringBuilder topic = new StringBuilder(template.length() + 32);
        for (Object part : parts) {
            if (part instanceof Placeholder placeholder) {
                topic.append(value(placeholder, change, item));
            } else {
                topic.append((String) part);
            }
        }
        return topic.toString();
    }

    /** Whether the template names an item placeholder; a batch topic must not. */
    public boolean refersToItems() {
        return parts.stream().anyMatch(part -> part instanceof Placeholder p && p != Placeholder.THING);
    }

    /** The topic of a template that does not refer to items (see {@link #refersToItems()}). */
    public String renderForThing() {
        StringBuilder topic = new StringBuilder(template.length() + 16);
        for (Object part : parts) {
            topic.append(part == Placeholder.THING ? thingId : part instanceof String literal ? literal : "");
        }
        return topic.toString();
    }

    private String value(Placeholder placeholder, StateChange change, @Nullable ItemInfo item) {
        return switch (placeholder) {
            case ITEM -> change.itemName();
            case TYPE -> {
                String type = change.itemType();
                yield type == null ? "Unknown" : safeLevel(type);
            }
            case LABEL -> {
                String label = item == null ? null : item.label();
                yield label == null || label.isBlank() ? change.itemName() : safeLevel(label);
            }
            case THING -> thingId;
        };
    }

    /** A value inserted into a topic must not add levels or wildcards. */
    private static String safeLevel(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            safe.append(c == '/' || c == '+' || c == '#' || c == '\u0000' ? '_' : c);
        }
        return safe.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
