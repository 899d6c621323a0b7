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

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link ConsoleRunner} does what openHAB's Karaf console bridge does with {@code openhab:<command> args}: it
 * finds the registered {@link ConsoleCommandExtension} service whose {@code getCommand()} is the command and calls
 * {@code execute(args, console)} on a thread of its own, with a {@link RecordingConsole}. Plain OSGi has no such
 * bridge, so the test reaches the add-on's console command through this class.
 */
@NonNullByDefault
final class ConsoleRunner {

    /** Longer than the add-on's own wait for a test message's acknowledgement (10 s). */
    private static final long EXECUTE_LIMIT_SECONDS = 20;
    private static final long SERVICE_WAIT_MILLIS = 10_000;

    private final ServiceTracker<ConsoleCommandExtension, ConsoleCommandExtension> extensions;
    private final ExecutorService shell = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "karaf-console-stand-in");
        thread.setDaemon(true);
        return thread;
    });

    ConsoleRunner(BundleContext context) {
        extensions = new ServiceTracker<>(context, ConsoleCommandExtension.class, null);
        extensions.open();
    }

    void shutdown() {
        extensions.close();
        shell.shutdownNow();
    }

    /**
     * Runs one command and returns what it printed.
     *
     * @throws IllegalStateException when no extension has the command, or {@code execute} threw or hung
     */
    String execute(String command, List<String> arguments) {
        ConsoleCommandExtension extension = awaitExtension(command);
        RecordingConsole console = new RecordingConsole();
        String[] args = arguments.toArray(String[]::new);
        Future<?> run = shell.submit(() -> extension.execute(args, console));
        String line = "openhab:" + command + " " + String.join(" ", arguments);
        try {
            run.get(EXECUTE_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new IllegalStateException("'" + line + "' did not return within " + EXECUTE_LIMIT_SECONDS
                    + " s; it printed so far:\n" + console.output(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("'" + line + "' threw " + e.getCause()
                    + " (a console command must never throw); it printed:\n" + console.output(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running '" + line + "'", e);
        }
        return console.output();
    }

    private ConsoleCommandExtension awaitExtension(String command) {
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
        while (true) {
            ConsoleCommandExtension found = find(command);
            if (found != null) {
                return found;
            }
            if (System.currentTimeMillis() > deadline) {
                List<String> known = extensions.getTracked().values().stream().map(ConsoleCommandExtension::getCommand)
                        .toList();
                throw new IllegalStateException("No ConsoleCommandExtension service with command '" + command
                        + "' after " + SERVICE_WAIT_MILLIS / 1000 + " s; registered commands: " + known);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private @Nullable ConsoleCommandExtension find(String command) {
        for (ConsoleCommandExtension extension : extensions.getTracked().values()) {
            if (command.equals(extension.getCommand())) {
                return extension;
            }
        }
        return null;
    }
}
