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
 * A {@link CommandOption} is a predefined command with an optional label.
 */
@NonNullByDefault
public class CommandOption {

    private final String command;
    private final @Nullable String label;

    /**
     * Creates a command option.
     *
     * @param command the command
     * @param label the label of the command, may be null
     */
    public CommandOption(String command, @Nullable String label) {
        this.command = command;
        this.label = label;
    }

    /**
     * Returns the command.
     *
     * @return the command
     */
    public String getCommand() {
        return command;
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
        return Objects.hash(command, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        CommandOption other = (CommandOption) obj;
        return command.equals(other.command) && Objects.equals(label, other.label);
    }

    @Override
    public String toString() {
        return "CommandOption [command=" + command + ", label=" + label + "]";
    }
}
