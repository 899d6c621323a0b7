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

import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * What the outbox specifications share, registered with {@code @RegisterExtension}: a scheduler mock that never
 * runs the writer (a test calls {@link SegmentedOutbox#write()} where the writer would store), the outboxes a test
 * opened (closed after it), and changes written as {@code "Item=state"}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OutboxFixture implements AfterEachCallback {

    static final long GIGABYTE = 1L << 30;

    final ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
    private final List<SegmentedOutbox> opened = new ArrayList<>();

    static OutboxSettings bounds(int maxQueued, long maxBytes, OverflowPolicy policy) {
        return new OutboxSettings(true, maxQueued, maxBytes, policy, 0, 10_000, 10);
    }

    static OutboxSettings unbounded() {
        return bounds(1_000_000, GIGABYTE, OverflowPolicy.DROP_OLDEST);
    }

    /** Opens the outbox kept in a folder, closed after the test. */
    SegmentedOutbox open(Path folder, OutboxSettings settings, boolean coalesce) throws IOException {
        return closedAfterTest(SegmentedOutbox.open(folder, settings, coalesce, scheduler));
    }

    /**
     * What a crash of the whole JVM would leave: the store file in {@code folder} as it is on disk now, copied to
     * {@code copy} while the outbox still runs and opened there (closed after the test).
     */
    SegmentedOutbox crashAndRestart(Path folder, Path copy, OutboxSettings settings, boolean coalesce)
            throws IOException {
        Files.copy(folder.resolve(OutboxStore.FILE_NAME), copy.resolve(OutboxStore.FILE_NAME));
        return open(copy, settings, coalesce);
    }

    /** An outbox made some other way, closed after the test. */
    SegmentedOutbox closedAfterTest(SegmentedOutbox outbox) {
        opened.add(outbox);
        return outbox;
    }

    /** Adds changes written as {@code "Item=state"}, in order. */
    static void add(SegmentedOutbox outbox, String... itemEqualsStates) {
        for (String change : itemEqualsStates) {
            String[] parts = change.split("=");
            outbox.add(Changes.text(parts[0], parts[1]));
        }
    }

    /** Entries written as {@code "Item=state"}. */
    static List<String> changes(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.change().itemName() + "=" + e.change().state()).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(SegmentedOutbox::close);
    }
}
