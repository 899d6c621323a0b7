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
import static org.openhab.binding.cloudsync.internal.outbox.OutboxFixture.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies the outbox when its disk fails while it runs: it goes on in the heap with the changes stored since the
 * last commit and the new ones, and the committed changes stay in the file for the next start. The failure is the
 * store closed under the outbox, so that every store operation fails from then on, as with a disk gone.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxDiskFailureTest {

    private static final OutboxSettings SETTINGS = bounds(1000, GIGABYTE, OverflowPolicy.DROP_OLDEST);

    @TempDir
    Path folder;

    @RegisterExtension
    final OutboxFixture outboxes = new OutboxFixture();

    private SegmentedOutbox open(OutboxStore store) {
        return outboxes.closedAfterTest(new SegmentedOutbox("test", folder, store, SETTINGS, false, outboxes.scheduler,
                System::currentTimeMillis, 1));
    }

    @Test
    void changesTheFailedStoreDidNotTakeGoOnInTheHeap() throws IOException {
        OutboxStore store = OutboxStore.open(folder);
        SegmentedOutbox outbox = open(store);
        add(outbox, "A=1", "A=2");
        outbox.write();

        store.abandon();
        add(outbox, "A=3");
        outbox.write();
        add(outbox, "A=4");

        assertEquals(List.of("A=3", "A=4"), changes(outbox.take(10)), "the heap takes over, nothing lost");
        assertEquals("in the heap (lost on restart)", outbox.location(), "the console must not claim a failed disk");
        assertEquals(0, outbox.dropped());
        assertEquals(0, outbox.waiting());
        outbox.close();

        SegmentedOutbox restarted = outboxes.open(folder, SETTINGS, false);
        assertEquals(List.of("A=1", "A=2"), changes(restarted.take(10)), "the committed changes wait in the file");
    }

    @Test
    void changesStoredSinceTheLastCommitMoveIntoTheHeap() throws IOException {
        OutboxStore store = OutboxStore.open(folder);
        SegmentedOutbox outbox = open(store);
        add(outbox, "A=1");
        outbox.write();
        add(outbox, "A=2");
        List<OutboxEntry> taken = outbox.take(10);
        assertEquals(List.of("A=1", "A=2"), changes(taken));

        store.abandon();
        outbox.acknowledge(taken.get(0));
        // the commit of the acknowledgement fails
        outbox.write();

        assertEquals(List.of("A=2"), changes(outbox.take(10)),
                "A=2 was stored but never committed: it is sent again from the heap, not lost");
        outbox.close();
        SegmentedOutbox restarted = outboxes.open(folder, SETTINGS, false);
        assertEquals(List.of("A=1"), changes(restarted.take(10)),
                "the file holds what its last commit held: A=1, whose acknowledgement was never committed");
    }
}
