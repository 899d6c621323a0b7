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
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies the bounds of the durable outbox: each overflow policy with its counters, the byte bound, changes in
 * flight that never give way, and the maximum age. The scheduler is a mock that never runs the writer.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxBoundsTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final OutboxFixture outboxes = new OutboxFixture();

    private SegmentedOutbox open(OutboxSettings settings) throws IOException {
        return outboxes.open(folder, settings, false);
    }

    @Test
    void dropOldestKeepsTheNewestChangesAndCountsTheDropped() throws IOException {
        SegmentedOutbox outbox = open(bounds(3, GIGABYTE, OverflowPolicy.DROP_OLDEST));
        add(outbox, "A=1", "A=2", "A=3", "A=4", "A=5");

        assertEquals(List.of("A=3", "A=4", "A=5"), changes(outbox.take(10)));
        assertEquals(2, outbox.stats().dropped(DropReason.OVERFLOW));
        assertEquals(2, outbox.dropped());
    }

    @Test
    void dropNewestKeepsTheOldestChangesAndCountsTheRefused() throws IOException {
        SegmentedOutbox outbox = open(bounds(3, GIGABYTE, OverflowPolicy.DROP_NEWEST));
        add(outbox, "A=1", "A=2", "A=3", "A=4", "A=5");

        assertEquals(List.of("A=1", "A=2", "A=3"), changes(outbox.take(10)));
        assertEquals(2, outbox.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void keepLatestPerItemDropsOlderChangesOfItemsThatHaveNewerOnes() throws IOException {
        SegmentedOutbox outbox = open(bounds(3, GIGABYTE, OverflowPolicy.KEEP_LATEST_PER_ITEM));
        add(outbox, "A=1", "B=1", "A=2", "A=3", "C=1");

        assertEquals(List.of("B=1", "A=3", "C=1"), changes(outbox.take(10)),
                "every item must keep its latest state; older states of A give way");
        assertEquals(2, outbox.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void keepLatestPerItemDropsTheOldestWhenEveryChangeIsTheLatestOfItsItem() throws IOException {
        SegmentedOutbox outbox = open(bounds(3, GIGABYTE, OverflowPolicy.KEEP_LATEST_PER_ITEM));
        add(outbox, "A=1", "B=1", "C=1", "D=1");

        assertEquals(List.of("B=1", "C=1", "D=1"), changes(outbox.take(10)));
        assertEquals(1, outbox.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void keepLatestPerItemCountsTheComingChangeAsTheNewerOne() throws IOException {
        SegmentedOutbox outbox = open(bounds(3, GIGABYTE, OverflowPolicy.KEEP_LATEST_PER_ITEM));
        add(outbox, "B=1", "A=1", "C=1", "A=2");

        assertEquals(List.of("B=1", "C=1", "A=2"), changes(outbox.take(10)),
                "A's older state gives way to its coming one, not B's only state");
    }

    @Test
    void keepLatestPerItemKeepsEveryItemsLatestStateThroughALongOverflow() throws IOException {
        SegmentedOutbox outbox = open(bounds(50, GIGABYTE, OverflowPolicy.KEEP_LATEST_PER_ITEM));
        add(outbox, "Rare=1");
        for (int i = 0; i < 20_000; i++) {
            outbox.add(Changes.text("Busy_" + i % 10, String.valueOf(i)));
            if (i % 1000 == 999) {
                outbox.write();
            }
        }

        List<String> left = changes(outbox.take(100));
        assertEquals(50, left.size());
        assertEquals("Rare=1", left.get(0), "the only state of an item stays, however much else comes");
        assertEquals("Busy_9=19999", left.get(49));
        assertEquals(20_001 - 50, outbox.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void byteBoundDropsTheOldestUntilTheNewChangeFits() throws IOException {
        int size = EntryCodec.encode(Changes.text("A", "1")).length;
        SegmentedOutbox outbox = open(bounds(1000, 3L * size, OverflowPolicy.DROP_OLDEST));
        add(outbox, "A=1", "A=2", "A=3", "A=4");

        assertEquals(List.of("A=2", "A=3", "A=4"), changes(outbox.take(10)));
        assertEquals(1, outbox.stats().dropped(DropReason.OVERFLOW));
        assertTrue(outbox.stats().storedBytes() <= 3L * size);
    }

    @Test
    void changeLargerThanTheByteBoundIsDroppedAndCounted() throws IOException {
        SegmentedOutbox outbox = open(bounds(1000, 1000, OverflowPolicy.DROP_OLDEST));
        outbox.add(Changes.image("Camera", new byte[5000], "image/png"));
        add(outbox, "A=1");

        assertEquals(List.of("A=1"), changes(outbox.take(10)));
        assertEquals(1, outbox.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void changesInFlightNeverGiveWayForRoom() throws IOException {
        SegmentedOutbox outbox = open(bounds(2, GIGABYTE, OverflowPolicy.DROP_OLDEST));
        add(outbox, "A=1", "A=2");
        List<OutboxEntry> inFlight = outbox.take(2);
        add(outbox, "A=3");
        outbox.write();

        assertEquals(1, outbox.stats().dropped(DropReason.OVERFLOW),
                "with every stored change in flight, the new one is refused");
        inFlight.forEach(outbox::acknowledge);
        add(outbox, "A=4");
        assertEquals(List.of("A=4"), changes(outbox.take(10)));
    }

    // --- maximum age

    @Test
    void changesOlderThanTheMaximumAgeAreDroppedWhenTheirTurnComesAndCounted() {
        AtomicLong now = new AtomicLong(1_000_000);
        OutboxSettings settings = new OutboxSettings(false, 1000, GIGABYTE, OverflowPolicy.DROP_OLDEST, 60_000, 10_000,
                10);
        SegmentedOutbox outbox = outboxes.closedAfterTest(new SegmentedOutbox("test", null, OutboxStore.inMemory(),
                settings, false, outboxes.scheduler, now::get, 1));
        outbox.add(Changes.number("Old", "1", 1_000_000));
        outbox.add(Changes.number("Young", "2", 1_050_000));
        now.set(1_000_000 + 60_001);

        List<OutboxEntry> taken = outbox.take(10);

        assertEquals(List.of("Young=2"), changes(taken));
        assertEquals(1, outbox.stats().dropped(DropReason.EXPIRED));
        assertEquals(1, outbox.dropped());
    }
}
