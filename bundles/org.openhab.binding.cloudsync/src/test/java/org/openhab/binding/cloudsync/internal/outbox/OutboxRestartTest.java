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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies what the segment outbox keeps over a restart and a crash: acknowledgements in and out of order, what the
 * writer had committed, coalescing and {@code keep-latest-per-item} giving the same queue after a restart as
 * without one, the bounds counted from the segments, and the store space given back once changes are done. A crash
 * is the store file as it is on disk at that moment, opened elsewhere: the outbox closes nothing, commits nothing.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxRestartTest {

    @TempDir
    Path folder;
    @TempDir
    Path crashCopy;

    @RegisterExtension
    final OutboxFixture outboxes = new OutboxFixture();

    private static void addNumbers(SegmentedOutbox outbox, int from, int to) {
        IntStream.range(from, to).forEach(i -> outbox.add(Changes.text("Item_" + i % 7, String.valueOf(i))));
    }

    private static List<String> states(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.change().state()).toList();
    }

    private static List<String> numbers(int from, int to) {
        return IntStream.range(from, to).mapToObj(String::valueOf).toList();
    }

    private long segmentsIn(Path where) throws IOException {
        try (OutboxStore store = OutboxStore.open(where)) {
            return store.segmentCount();
        }
    }

    // --- acknowledgements

    @Test
    void outOfOrderAcknowledgementsSurviveARestart() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        addNumbers(outbox, 0, 10);
        List<OutboxEntry> taken = outbox.take(10);
        for (int i : new int[] { 0, 1, 2, 6, 8 }) {
            outbox.acknowledge(taken.get(i));
        }
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, unbounded(), false);
        List<OutboxEntry> again = reopened.take(10);

        assertEquals(List.of("3", "4", "5", "7", "9"), states(again), "only the unacknowledged ones come back");
        assertEquals(List.of(taken.get(3).seq(), taken.get(4).seq(), taken.get(5).seq(), taken.get(7).seq(),
                taken.get(9).seq()), again.stream().map(OutboxEntry::seq).toList(), "with their numbers");
        assertEquals(5, reopened.stats().inFlight());
        assertEquals(0, reopened.waiting());
    }

    @Test
    void acknowledgementsReachTheDiskWithTheNextCommitNotBefore() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        addNumbers(outbox, 0, 6);
        List<OutboxEntry> taken = outbox.take(6);
        outbox.acknowledge(taken.get(0));
        outbox.acknowledge(taken.get(4));
        outbox.write();
        outbox.acknowledge(taken.get(1));
        outbox.acknowledge(taken.get(5));
        // a crash now: the last two acknowledgements were not committed

        SegmentedOutbox afterCrash = outboxes.crashAndRestart(folder, crashCopy, unbounded(), false);

        assertEquals(List.of("1", "2", "3", "5"), states(afterCrash.take(10)),
                "committed acknowledgements hold; the uncommitted ones mean a second send, never a loss");
    }

    @Test
    void aCrashLosesOnlyWhatTheWriterHadNotCommitted() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        addNumbers(outbox, 0, 3000);
        outbox.write();
        addNumbers(outbox, 3000, 3100);
        outbox.write();
        addNumbers(outbox, 3100, 3110);

        SegmentedOutbox afterCrash = outboxes.crashAndRestart(folder, crashCopy, unbounded(), false);
        List<OutboxEntry> back = afterCrash.take(10_000);

        assertEquals(numbers(0, 3100), states(back), "every committed change, in order; the last 10 never stored");
        assertEquals(3100, back.stream().map(OutboxEntry::seq).distinct().count());
    }

    @Test
    void segmentsGoOnceAllTheirChangesAreAcknowledged() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        for (int run = 0; run < 5; run++) {
            addNumbers(outbox, run * 100, run * 100 + 100);
            outbox.write();
        }
        List<OutboxEntry> taken = outbox.take(500);
        taken.subList(0, 250).forEach(outbox::acknowledge);
        outbox.write();
        outbox.close();

        assertEquals(3, segmentsIn(folder), "one segment per writer run; the first two are done");
        SegmentedOutbox reopened = outboxes.open(folder, unbounded(), false);
        reopened.take(500).forEach(reopened::acknowledge);
        reopened.close();
        assertEquals(0, segmentsIn(folder));
    }

    @Test
    void segmentsDoneOutOfOrderGoAndMostlyDoneOnesShrink() throws IOException {
        AtomicLong now = new AtomicLong(1_000_000);
        OutboxStore store = OutboxStore.open(folder);
        SegmentedOutbox outbox = outboxes.closedAfterTest(
                new SegmentedOutbox("test", folder, store, unbounded(), false, outboxes.scheduler, now::get, 1));
        for (int run = 0; run < 3; run++) {
            addNumbers(outbox, run * 100, run * 100 + 100);
            outbox.write();
        }
        List<OutboxEntry> taken = outbox.take(300);
        // the very first change stays in flight: the mark cannot pass it
        for (int i = 1; i < 300; i++) {
            if (i < 100 || i >= 200 || i % 20 != 0) {
                outbox.acknowledge(taken.get(i));
            }
        }
        now.addAndGet(5_000);
        outbox.write();
        outbox.release(taken.get(0));
        outbox.close();

        try (OutboxStore reopened = OutboxStore.open(folder)) {
            assertEquals(2, reopened.segmentCount(), "the third run is all done and gone");
            Long second = reopened.floorKey(150);
            assertNotNull(second);
            Segment shrunk = Segment.parse(reopened.segment(second));
            assertNotNull(shrunk);
            assertEquals(5, shrunk.count(), "only the five changes not acknowledged are left of the second run");
        }
        SegmentedOutbox again = outboxes.open(folder, unbounded(), false);
        assertEquals(List.of("0", "100", "120", "140", "160", "180"), states(again.take(100)));
    }

    // --- coalescing and keep-latest-per-item

    @Test
    void aReplacedStateStaysGoneAfterACrash() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), true);
        add(outbox, "A=1", "B=1");
        outbox.write();
        add(outbox, "A=2");
        outbox.write();

        SegmentedOutbox afterCrash = outboxes.crashAndRestart(folder, crashCopy, unbounded(), true);

        assertEquals(2, afterCrash.waiting());
        assertEquals(List.of("B=1", "A=2"), changes(afterCrash.take(10)));
    }

    @Test
    void aStateInFlightAtTheStopIsReplacedAfterTheRestartAsItWouldBeWhenItCameBack() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), true);
        add(outbox, "A=1");
        outbox.take(1);
        add(outbox, "B=1", "A=2");
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, unbounded(), true);

        assertEquals(List.of("B=1", "A=2"), changes(reopened.take(10)));
        assertEquals(1, reopened.stats().coalesced(), "the older state of A is replaced, and counted");
    }

    @Test
    void keepLatestPerItemChoosesTheSameChangesWithAndWithoutARestart() throws IOException {
        OutboxSettings settings = bounds(4, GIGABYTE, OverflowPolicy.KEEP_LATEST_PER_ITEM);
        SegmentedOutbox straight = outboxes.open(folder.resolve("straight"), settings, false);
        add(straight, "A=1", "B=1", "A=2", "C=1", "A=3", "D=1");
        SegmentedOutbox restarted = outboxes.open(folder.resolve("restarted"), settings, false);
        add(restarted, "A=1", "B=1", "A=2", "C=1");
        restarted.close();
        restarted = outboxes.open(folder.resolve("restarted"), settings, false);
        add(restarted, "A=3", "D=1");

        List<String> expected = List.of("B=1", "C=1", "A=3", "D=1");
        assertEquals(expected, changes(straight.take(10)));
        assertEquals(expected, changes(restarted.take(10)));
        assertEquals(2, restarted.stats().dropped(DropReason.OVERFLOW));
    }

    // --- bounds

    @Test
    void boundsCountWhatARestartFoundAndDropsAreCounted() throws IOException {
        OutboxSettings settings = bounds(3, GIGABYTE, OverflowPolicy.DROP_OLDEST);
        SegmentedOutbox outbox = outboxes.open(folder, settings, false);
        add(outbox, "A=1", "A=2", "A=3");
        outbox.write();
        long bytes = outbox.stats().storedBytes();
        assertTrue(bytes > 0);
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, settings, false);
        assertEquals(3, reopened.waiting());
        assertEquals(bytes, reopened.stats().storedBytes());
        add(reopened, "A=4", "A=5");

        assertEquals(List.of("A=3", "A=4", "A=5"), changes(reopened.take(10)));
        assertEquals(2, reopened.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void droppingTheOldestWhileTheFirstChangeIsInFlightKeepsEverythingElseInOrder() throws IOException {
        OutboxSettings settings = bounds(100, GIGABYTE, OverflowPolicy.DROP_OLDEST);
        SegmentedOutbox outbox = outboxes.open(folder, settings, false);
        addNumbers(outbox, 0, 100);
        List<OutboxEntry> stuck = outbox.take(1);
        for (int run = 1; run <= 20; run++) {
            addNumbers(outbox, run * 100, run * 100 + 100);
            outbox.write();
        }
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, settings, false);
        List<OutboxEntry> back = reopened.take(1000);

        List<String> expected = new ArrayList<>(List.of("0"));
        expected.addAll(numbers(2001, 2100));
        assertEquals(expected, states(back), "the change in flight never gives way; the newest 99 others stay");
        assertEquals(stuck.get(0).seq(), back.get(0).seq());
        assertEquals(2000, outbox.stats().dropped(DropReason.OVERFLOW));
    }

    @Test
    void numbersAfterARestartContinueAboveEveryStoredOne() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        addNumbers(outbox, 0, 5);
        long last = outbox.take(5).get(4).seq();

        SegmentedOutbox afterCrash = outboxes.crashAndRestart(folder, crashCopy, unbounded(), false);
        afterCrash.add(Changes.text("New", "1"));
        List<OutboxEntry> all = afterCrash.take(10);

        assertEquals(6, all.size());
        assertTrue(all.get(5).seq() > last + SegmentedOutbox.SEQ_BLOCK - 5,
                "after a crash numbers continue above the ceiling: " + all.get(5).seq());
    }
}
