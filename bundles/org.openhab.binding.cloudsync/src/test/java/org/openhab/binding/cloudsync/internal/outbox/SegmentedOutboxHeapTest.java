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
package org.openhab.binding.cloudsync.internal.outbox;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies that the outbox's heap use does not grow with the backlog: a million queued changes fit in a JVM with
 * a 64 MB heap, come back complete and in order after a reopen, and drain. It runs {@link OutboxHeapProbe} in its
 * own JVM, because only a JVM started with {@code -Xmx64m} proves the bound.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SegmentedOutboxHeapTest {

    private static final int BACKLOG = 1_000_000;

    @TempDir
    Path folder;

    @Test
    void aMillionChangeBacklogFitsInA64MegabyteHeapAndDrainsInOrder() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-Xmx64m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), OutboxHeapProbe.class.getName(), folder.toString(),
                String.valueOf(BACKLOG)).redirectErrorStream(true).start();
        if (!probe.waitFor(240, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            fail("the heap probe did not finish within 240 s");
        }
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("Outbox heap probe, " + BACKLOG + " changes, -Xmx64m:\n" + output);

        assertFalse(output.contains("OutOfMemoryError"),
                "the backlog must not need more than 64 MB of heap:\n" + output);
        assertEquals(0, probe.exitValue(), "the probe reports a lost, reordered or dropped change:\n" + output);
        assertTrue(output.contains("OK"), output);
    }
}
