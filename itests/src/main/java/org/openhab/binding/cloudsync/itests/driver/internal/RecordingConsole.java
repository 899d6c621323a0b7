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
package org.openhab.binding.cloudsync.itests.driver.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.console.Console;

/**
 * The {@link RecordingConsole} is the {@link Console} that openHAB's Karaf bridge would hand a command: it keeps
 * everything printed, so that the test can read the command's output. Usage lines are kept with a {@code Usage: }
 * prefix, as the Karaf console prints them.
 */
@NonNullByDefault
final class RecordingConsole implements Console {

    private final StringBuilder output = new StringBuilder();

    @Override
    public synchronized void print(String s) {
        output.append(s);
    }

    @Override
    public synchronized void println(String s) {
        output.append(s).append('\n');
    }

    @Override
    public synchronized void printUsage(String s) {
        output.append("Usage: ").append(s).append('\n');
    }

    synchronized String output() {
        return output.toString();
    }
}
