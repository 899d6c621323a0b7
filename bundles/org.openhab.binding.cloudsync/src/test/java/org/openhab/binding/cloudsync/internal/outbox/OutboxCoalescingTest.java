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
 * Specifies coalescing ({@code keep-latest-per-item}): one waiting change per item, on disk, across a restart, when
 * a change in flight comes back, and when an earlier outbox is taken over.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxCoalescingTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final OutboxFixture outboxes = new OutboxFixture();

    @Test
    void coalescingKeepsOnlyTheLatestWaitingStatePerItemAlsoOnDisk() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), true);
        add(outbox, "A=1", "B=1");
        outbox.write();
        add(outbox, "A=2", "A=3");
        outbox.write();

        assertEquals(2, outbox.waiting(), "one waiting change per item");
        assertEquals(List.of("B=1", "A=3"), changes(outbox.take(10)));
        assertEquals(2, outbox.stats().coalesced());
        assertEquals(0, outbox.dropped(), "replaced changes are coalesced, not dropped");
    }

    @Test
    void coalescingNeverReplacesAChangeInFlightButDropsItWhenItComesBack() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), true);
        add(outbox, "A=1");
        List<OutboxEntry> inFlight = outbox.take(1);
        add(outbox, "A=2");

        assertEquals(List.of("A=2"), changes(outbox.take(10)), "the newer state goes too");
        outbox.release(inFlight.get(0));

        assertEquals(List.of(), outbox.take(10), "a failed older state must not follow the newer one");
        assertEquals(1, outbox.stats().coalesced());
    }

    @Test
    void coalescingWorksAcrossARestart() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), true);
        add(outbox, "A=1");
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, unbounded(), true);
        add(reopened, "A=2");
        reopened.write();

        assertEquals(List.of("A=2"), changes(reopened.take(10)));
    }

    @Test
    void withoutCoalescingEveryChangeIsKept() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2");

        assertEquals(List.of("A=1", "A=2"), changes(outbox.take(10)));
    }

    @Test
    void takingOverWhileCoalescingKeepsOnlyTheLatestStateOfAnItem() throws IOException {
        SegmentedOutbox earlier = outboxes
                .closedAfterTest(SegmentedOutbox.inHeap("earlier", unbounded(), true, outboxes.scheduler));
        add(earlier, "A=1", "B=2");
        SegmentedOutbox taker = outboxes.open(folder, unbounded(), true);
        add(taker, "A=3");

        taker.takeOver(earlier);

        assertEquals(List.of("B=2", "A=3"), changes(taker.take(10)));
    }
}
