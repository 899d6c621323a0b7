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
package org.openhab.binding.cloudsync.internal.testutil;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatusListener;

/**
 * The {@link RecordingStatus} records what an endpoint reports about its link, as {@code ONLINE},
 * {@code CONFIG <key> [arguments]} and {@code COMM <key> [arguments]}, and lets tests wait for a report.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class RecordingStatus implements EndpointStatusListener {

    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final Duration timeout;

    /** @param timeout how long {@link #await(String)} waits for a report */
    public RecordingStatus(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void online(@Nullable String server) {
        record(server == null ? "ONLINE" : "ONLINE " + server);
    }

    @Override
    public void configurationProblem(String textKey, String... arguments) {
        record("CONFIG " + textKey + " " + List.of(arguments));
    }

    @Override
    public void communicationProblem(String textKey, String... arguments) {
        record("COMM " + textKey + " " + List.of(arguments));
    }

    private synchronized void record(String report) {
        reports.add(report);
        notifyAll();
    }

    /** Every report so far, oldest first. */
    public List<String> reports() {
        return List.copyOf(reports);
    }

    /** Waits for a report starting with the prefix; returns the rest of it, or fails with every report seen. */
    public synchronized String await(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String report : reports) {
                if (report.startsWith(prefix)) {
                    return report.substring(prefix.length()).trim();
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return fail("no status report starting with " + prefix + " within " + timeout + "; got " + reports);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for ONLINE, then forgets the reports so far. */
    public void awaitOnline() throws InterruptedException {
        await("ONLINE");
        reports.clear();
    }

    public String awaitCommunicationProblem() throws InterruptedException {
        return await("COMM");
    }
}
