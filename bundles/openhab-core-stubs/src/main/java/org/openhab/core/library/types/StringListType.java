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
package org.openhab.core.library.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * The {@link StringListType} is a list of strings, serialized with "," as delimiter ("\," escapes a comma).
 */
@NonNullByDefault
public class StringListType implements Command, State {

    protected final List<String> typeDetails;

    // constants
    public static final String DELIMITER = ",";
    public static final String ESCAPED_DELIMITER = "\\" + DELIMITER;
    public static final String REGEX_SPLITTER = "(?<!\\\\)" + DELIMITER;

    /**
     * Creates an empty list.
     */
    public StringListType() {
        typeDetails = Collections.emptyList();
    }

    /**
     * Creates a list from the given rows.
     *
     * @param rows the rows
     */
    public StringListType(List<String> rows) {
        typeDetails = new ArrayList<>(rows);
    }

    /**
     * Creates a list from the given rows.
     *
     * @param rows the rows
     */
    public StringListType(StringType... rows) {
        typeDetails = Arrays.stream(rows).map(StringType::toString).collect(Collectors.toList());
    }

    /**
     * Creates a list from the given rows.
     *
     * @param rows the rows
     */
    public StringListType(String... rows) {
        typeDetails = Arrays.asList(rows);
    }

    /**
     * Deserialize the input string, splitting it on every delimiter not preceded by a backslash.
     *
     * @param serialized the serialized list
     */
    public StringListType(String serialized) {
        typeDetails = Arrays.stream(serialized.split(REGEX_SPLITTER, -1))
                .map(s -> s.replace(ESCAPED_DELIMITER, DELIMITER)).collect(Collectors.toList());
    }

    /**
     * Returns the element at the given index.
     *
     * @param index the index
     * @return the element
     */
    public String getValue(final int index) {
        if (index < 0 || index >= typeDetails.size()) {
            throw new IllegalArgumentException("Index is out of range");
        }
        return typeDetails.get(index);
    }

    /**
     * Formats the value into a string using {@link String#format(String, Object...)}.
     */
    @Override
    public String format(String pattern) {
        return String.format(pattern, typeDetails.toArray());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return typeDetails.stream().map(s -> s.replace(DELIMITER, ESCAPED_DELIMITER))
                .collect(Collectors.joining(DELIMITER));
    }

    /**
     * Static access to {@link StringListType#StringListType(String)}.
     *
     * @param value the serialized list
     * @return a new {@link StringListType}
     */
    public static StringListType valueOf(String value) {
        return new StringListType(value);
    }

    @Override
    public int hashCode() {
        return 31 + typeDetails.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        StringListType other = (StringListType) obj;
        return typeDetails.equals(other.typeDetails);
    }
}
