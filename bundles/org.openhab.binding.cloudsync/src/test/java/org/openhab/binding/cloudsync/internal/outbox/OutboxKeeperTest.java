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
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies a Thing's queue over its whole life, as the {@link OutboxKeeper} keeps it: across configuration
 * changes (stop, then open with the new settings), restarts (a new keeper), switching {@code persistent} off and
 * on, and the Thing's removal. The scheduler never runs the writer: opening, taking and closing store what waits.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxKeeperTest {

    private static final OutboxSettings ON_DISK = settings(true);
    private static final OutboxSettings IN_HEAP = settings(false);

    @TempDir
    Path userdata;

    private final ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);

    private static OutboxSettings settings(boolean persistent) {
        return new OutboxSettings(persistent, 1000, 1L << 20, OverflowPolicy.DROP_OLDEST, 0, 10_000, 10);
    }

    private Path folder() {
        return userdata.resolve("cloudsync_mqtt_home");
    }

    private OutboxKeeper keeper() {
        return new OutboxKeeper("cloudsync:mqtt:home", folder());
    }

    /** The keeper of the running openHAB; a restart makes a new one. */
    private OutboxKeeper current = new OutboxKeeper("unset", Path.of("unset"));

    @BeforeEach
    void start() {
        current = keeper();
    }

    @AfterEach
    void deleteTheQueue() throws IOException {
        current.delete();
    }

    private SegmentedOutbox open(OutboxSettings settings) throws IOException {
        return current.open(settings, false, scheduler);
    }

    private static void add(SegmentedOutbox outbox, int from, int to) {
        for (int i = from; i < to; i++) {
            outbox.add(Changes.number("Counter", String.valueOf(i)));
        }
    }

    private static List<String> takeAll(SegmentedOutbox outbox) {
        return outbox.take(1000).stream().map(entry -> entry.change().state()).toList();
    }

    @Test
    void aStoredQueueIsClosedOnStopAndFoundAgainAfterARestart() throws IOException {
        add(open(ON_DISK), 0, 3);
        current.stop();

        current = keeper();
        SegmentedOutbox restarted = open(ON_DISK);

        assertEquals(List.of("0", "1", "2"), takeAll(restarted));
    }

    @Test
    void aQueueInTheHeapIsKeptOverAConfigurationChangeAndWritesNothingToDisk() throws IOException {
        add(open(IN_HEAP), 0, 3);
        current.stop();

        SegmentedOutbox reconfigured = open(IN_HEAP);
        add(reconfigured, 3, 4);

        assertEquals(List.of("0", "1", "2", "3"), takeAll(reconfigured), "the earlier changes first");
        assertFalse(Files.exists(folder()), "with persistent off nothing is written under userdata");
    }

    @Test
    void aQueueInTheHeapEndsWithARestart() throws IOException {
        add(open(IN_HEAP), 0, 3);
        current.stop();

        current = keeper();

        assertEquals(List.of(), takeAll(open(IN_HEAP)));
    }

    @Test
    void switchingPersistenceOffMovesTheStoredChangesIntoTheHeapAndDeletesTheFolder() throws IOException {
        add(open(ON_DISK), 0, 3);
        current.stop();

        SegmentedOutbox inHeap = open(IN_HEAP);

        assertEquals(3, inHeap.waiting(), "the stored changes count as waiting at once");
        assertEquals(List.of("0", "1", "2"), takeAll(inHeap));
        assertFalse(Files.exists(folder()), "switched on later, the folder must not send them a second time");
    }

    @Test
    void switchingPersistenceOnStoresTheQueueFromTheHeap() throws IOException {
        add(open(IN_HEAP), 0, 2);
        current.stop();
        add(open(ON_DISK), 2, 3);
        current.stop();

        current = keeper();

        assertEquals(List.of("0", "1", "2"), takeAll(open(ON_DISK)), "on disk, across a restart, in order");
    }

    @Test
    void aQueueThatCannotBeOpenedKeepsTheParkedOneForTheNextTry() throws IOException {
        add(open(IN_HEAP), 0, 2);
        current.stop();
        Files.writeString(folder(), "a file where the folder should be");

        assertThrows(IOException.class, () -> open(ON_DISK));
        Files.delete(folder());

        assertEquals(List.of("0", "1"), takeAll(open(IN_HEAP)), "nothing is lost when opening failed");
    }

    @Test
    void removingTheThingDeletesTheFolderAndTheQueueInTheHeap() throws IOException {
        add(open(ON_DISK), 0, 2);
        current.stop();
        add(open(IN_HEAP), 2, 3);

        current.delete();

        assertFalse(Files.exists(folder()));
        assertEquals(List.of(), takeAll(open(IN_HEAP)), "nothing of the removed Thing is left");
    }
}
