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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies the upgrade from the first outbox format (one store record per change): a queue that format left on
 * disk ({@code src/test/resources/outbox/v1-outbox.mv.db}, written by {@link V1OutboxFileWriter} with that format's
 * code) is sent complete, in order and with its sequence numbers, as that format itself sends it
 * ({@code v1-outbox.expected.txt}), and numbering goes on where it left off.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxUpgradeTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final OutboxFixture outboxes = new OutboxFixture();

    private SegmentedOutbox open() throws IOException {
        return outboxes.open(folder, OutboxFixture.unbounded(), false);
    }

    private void placeFirstFormatFile() throws IOException {
        try (InputStream file = Objects.requireNonNull(
                getClass().getResourceAsStream("/outbox/" + V1OutboxFileWriter.FILE), "the fixture is missing")) {
            Files.copy(file, folder.resolve(OutboxStore.FILE_NAME));
        }
    }

    private static List<String> expected() throws IOException {
        try (InputStream lines = Objects.requireNonNull(
                OutboxUpgradeTest.class.getResourceAsStream("/outbox/" + V1OutboxFileWriter.EXPECTED))) {
            return new String(lines.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static List<String> takeAll(SegmentedOutbox outbox, boolean acknowledge) {
        List<String> lines = new ArrayList<>();
        for (List<OutboxEntry> batch = outbox.take(100); !batch.isEmpty(); batch = outbox.take(100)) {
            for (OutboxEntry entry : batch) {
                lines.add(V1OutboxFileWriter.line(entry));
                if (acknowledge) {
                    outbox.acknowledge(entry);
                }
            }
        }
        return lines;
    }

    @Test
    void aQueueOfTheFirstFormatIsSentCompleteInOrderWithItsSequenceNumbers() throws IOException {
        placeFirstFormatFile();
        List<String> expected = expected();
        List<String> changes = expected.subList(0, expected.size() - 1);
        long next = Long.parseLong(expected.get(expected.size() - 1).split("\t")[1]);

        SegmentedOutbox outbox = open();
        assertEquals(changes.size(), outbox.waiting(), "every queued change counts as waiting");
        List<String> sent = takeAll(outbox, true);
        outbox.add(Changes.text("Next", "1"));
        long nextSeq = outbox.take(1).get(0).seq();

        assertEquals(258, changes.size(), "the fixture holds 258 queued changes");
        assertEquals(changes, sent, "every change with every field, its seq, in the order the first format sends");
        assertEquals(next, nextSeq, "numbering goes on where the first format left off");
    }

    @Test
    void theUpgradeIsStoredOnceAndTheOldRecordsAreGone() throws IOException {
        placeFirstFormatFile();
        List<String> expected = expected();
        open().close();

        try (MVStore store = new MVStore.Builder().fileName(folder.resolve(OutboxStore.FILE_NAME).toString()).readOnly()
                .open()) {
            assertFalse(store.hasMap("entries"), "the records per change must be gone");
            assertFalse(store.hasMap("items"));
            assertTrue(store.hasMap("segments"));
        }
        SegmentedOutbox reopened = open();
        assertEquals(expected.subList(0, expected.size() - 1), takeAll(reopened, false),
                "a second start sends the upgraded queue the same");
    }

    @Test
    void anUpgradedQueueSurvivesACrashAfterPartOfItWasAcknowledged() throws IOException {
        placeFirstFormatFile();
        List<String> expected = expected();
        SegmentedOutbox outbox = open();
        List<OutboxEntry> first = outbox.take(100);
        first.forEach(outbox::acknowledge);
        outbox.write();

        Path copy = Files.createDirectory(folder.resolve("crash"));
        Files.copy(folder.resolve(OutboxStore.FILE_NAME), copy.resolve(OutboxStore.FILE_NAME));
        SegmentedOutbox afterCrash = outboxes.open(copy, OutboxFixture.unbounded(), false);

        assertEquals(expected.subList(100, expected.size() - 1), takeAll(afterCrash, false));
    }
}
