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
package org.openhab.core.io.console;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * This interface must be implemented by consoles which want to use the console command extensions.
 */
@NonNullByDefault
public interface Console {

    /**
     * Prints a formatted string.
     *
     * @param format the format string
     * @param args the arguments
     */
    default void printf(String format, Object... args) {
        print(String.format(format, args));
    }

    /**
     * Prints a string.
     *
     * @param s the string
     */
    void print(String s);

    /**
     * Prints a string and a line break.
     *
     * @param s the string
     */
    void println(String s);

    /**
     * Print usage information for a single command.
     *
     * @param s the main usage string (console independent)
     */
    void printUsage(String s);
}
