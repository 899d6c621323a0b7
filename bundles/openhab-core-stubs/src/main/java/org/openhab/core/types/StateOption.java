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
package org.openhab.core.types;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A {@link StateOption} is a predefined state value with an optional label.
 */
@NonNullByDefault
public final class StateOption {

    private final String value;
    private final @Nullable String label;

    /**
     * Creates a state option.
     *
     * @param value the value of the state
     * @param label the label of the state, may be null
     */
    public StateOption(String value, @Nullable String label) {
        this.value = value;
        this.label = label;
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public String getValue() {
        return value;
    }

    /**
     * Returns the label (can be null).
     *
     * @return the label, may be null
     */
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        StateOption other = (StateOption) obj;
        return value.equals(other.value) && Objects.equals(label, other.label);
    }

    @Override
    public String toString() {
        return "StateOption [value=" + value + ", label=" + label + "]";
    }
}
