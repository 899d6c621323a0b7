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
package org.openhab.binding.cloudsync.internal.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;

/**
 * The {@link ItemPattern} is one entry of an include or exclude list: an item name, a glob such as
 * {@code Sensor_*}, {@code group:Name} (members of the group, recursively), {@code tag:Name} or
 * {@code type:Name} (the item type, or its base type: {@code type:Number} also takes {@code Number:Power}).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public abstract sealed class ItemPattern {

    /** Thrown for an entry that cannot be used; the message says why. */
    public static final class InvalidPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidPatternException(String message) {
            super(message);
        }
    }

    private final String text;

    private ItemPattern(String text) {
        this.text = text;
    }

    /**
     * Whether the item matches.
     *
     * @param itemName the item
     * @param item its registry snapshot, or null when the registry does not know it
     * @param lookup finds other items' snapshots, for walking up groups
     */
    public abstract boolean matches(String itemName, @Nullable ItemInfo item,
            Function<String, @Nullable ItemInfo> lookup);

    /**
     * Parses a list of entries; an entry may hold several patterns separated by commas, as a single text
     * field in Main UI does.
     *
     * @throws InvalidPatternException naming the first entry that cannot be used
     */
    public static List<ItemPattern> parseAll(List<String> entries) throws InvalidPatternException {
        List<ItemPattern> patterns = new ArrayList<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                if (!part.isBlank()) {
                    patterns.add(parse(part));
                }
            }
        }
        return List.copyOf(patterns);
    }

    public static ItemPattern parse(String entry) throws InvalidPatternException {
        String text = entry.trim();
        int colon = text.indexOf(':');
        if (colon > 0) {
            String kind = text.substring(0, colon);
            String name = text.substring(colon + 1).trim();
            if (name.isEmpty()) {
                throw new InvalidPatternException("\"" + text + "\" names no " + kind);
            }
            return switch (kind) {
                case "group" -> new GroupPattern(text, requireName(name, text));
                case "tag" -> new TagPattern(text, name);
                case "type" -> new TypePattern(text, name);
                default -> throw new InvalidPatternException(
                        "\"" + text + "\" has an unknown prefix; use group:, tag: or type:");
            };
        }
        if (text.isEmpty()) {
            throw new InvalidPatternException("an entry is empty");
        }
        if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
            requireName(text.replace("*", "").replace("?", ""), text);
            return new GlobPattern(text);
        }
        return new NamePattern(text, requireName(text, text));
    }

    private static String requireName(String name, String text) throws InvalidPatternException {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                throw new InvalidPatternException("\"" + text + "\" is not an item name (letters, digits and _)");
            }
        }
        return name;
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class NamePattern extends ItemPattern {
        private final String name;

        NamePattern(String text, String name) {
            super(text);
            this.name = name;
        }

        @Override
        public boolean matches(String itemName, @Nullable ItemInfo item, Function<String, @Nullable ItemInfo> lookup) {
            return name.equals(itemName);
        }
    }

    private static final class GlobPattern extends ItemPattern {
        private final Pattern regex;

        GlobPattern(String text) {
            super(text);
            StringBuilder regexText = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                regexText.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
            this.regex = Pattern.compile(regexText.toString());
        }

        @Override
        public boolean matches(String itemName, @Nullable ItemInfo item, Function<String, @Nullable ItemInfo> lookup) {
            return regex.matcher(itemName).matches();
        }
    }

    private static final class GroupPattern extends ItemPattern {
        private static final int MAX_DEPTH = 32;
        private final String group;

        GroupPattern(String text, String group) {
            super(text);
            this.group = group;
        }

        @Override
        public boolean matches(String itemName, @Nullable ItemInfo item, Function<String, @Nullable ItemInfo> lookup) {
            return item != null && isMember(item, lookup, 0);
        }

        private boolean isMember(ItemInfo item, Function<String, @Nullable ItemInfo> lookup, int depth) {
            if (depth > MAX_DEPTH) {
                // a group cycle; openHAB does not forbid them
                return false;
            }
            for (String parent : item.groupNames()) {
                if (group.equals(parent)) {
                    return true;
                }
                ItemInfo parentItem = lookup.apply(parent);
                if (parentItem != null && isMember(parentItem, lookup, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class TagPattern extends ItemPattern {
        private final String tag;

        TagPattern(String text, String tag) {
            super(text);
            this.tag = tag;
        }

        @Override
        public boolean matches(String itemName, @Nullable ItemInfo item, Function<String, @Nullable ItemInfo> lookup) {
            return item != null && item.tags().contains(tag);
        }
    }

    private static final class TypePattern extends ItemPattern {
        private final String type;

        TypePattern(String text, String type) {
            super(text);
            this.type = type;
        }

        @Override
        public boolean matches(String itemName, @Nullable ItemInfo item, Function<String, @Nullable ItemInfo> lookup) {
            if (item == null) {
                return false;
            }
            String itemType = item.type();
            return itemType.equals(type) || (itemType.startsWith(type) && itemType.length() > type.length()
                    && itemType.charAt(type.length()) == ':');
        }
    }
}
