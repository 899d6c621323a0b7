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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;

/**
 * Specifies the durable outbox: order, acknowledged-before-deleted, what survives a stop and a crash, sequence
 * numbers across restarts and taking over an earlier outbox ({@link OutboxBoundsTest} specifies the bounds,
 * {@link OutboxCoalescingTest} coalescing). The scheduler is a mock
 * that never runs the writer, so each test decides when the writer stores ({@link SegmentedOutbox#write()}).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SegmentedOutboxTest {

    @TempDir
    Path folder;
    @TempDir
    Path crashCopy;

    @RegisterExtension
    final OutboxFixture outboxes = new OutboxFixture();
    private final ScheduledExecutorService scheduler = outboxes.scheduler;

    // --- where it lives

    @Test
    void itsLocationNamesTheFolderOnDiskOrSaysARestartLosesIt() throws IOException {
        SegmentedOutbox stored = outboxes.open(folder, unbounded(), false);
        add(stored, "A=1", "B=2");
        stored.write();
        SegmentedOutbox heap = outboxes.closedAfterTest(SegmentedOutbox.inHeap("heap", unbounded(), false, scheduler));

        assertTrue(stored.location().startsWith("on disk in " + folder + " ("), stored.location());
        assertTrue(stored.location().matches(".*\\(\\d+ KB\\)"), "a small file is shown in KB: " + stored.location());
        assertEquals("in the heap (lost on restart)", heap.location());
    }

    // --- order and acknowledgement

    @Test
    void changesAreTakenOldestFirstWithIncreasingSequenceNumbers() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "B=2", "A=3");

        List<OutboxEntry> taken = outbox.take(10);

        assertEquals(List.of("A=1", "B=2", "A=3"), changes(taken));
        assertTrue(taken.get(0).seq() < taken.get(1).seq() && taken.get(1).seq() < taken.get(2).seq(),
                "sequence numbers must increase in arrival order: " + taken);
        assertEquals(0, outbox.waiting());
        assertEquals(3, outbox.stats().inFlight());
    }

    @Test
    void changesBufferedBehindEnoughStoredOnesComeAfterThemInOrder() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2", "A=3");
        outbox.write();
        add(outbox, "A=4", "A=5");

        assertEquals(List.of("A=1", "A=2"), changes(outbox.take(2)), "the stored changes are older: they go first");
        assertEquals(3, outbox.waiting(), "one stored and two buffered changes still wait");
        List<OutboxEntry> rest = outbox.take(10);
        assertEquals(List.of("A=3", "A=4", "A=5"), changes(rest), "the buffered ones follow, in order");
        assertTrue(rest.get(0).seq() < rest.get(1).seq() && rest.get(1).seq() < rest.get(2).seq(),
                "sequence numbers keep growing: " + rest);
    }

    @Test
    void takeReturnsAtMostTheAskedNumberAndTheRestKeepsWaiting() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2", "A=3", "A=4", "A=5");

        assertEquals(List.of("A=1", "A=2"), changes(outbox.take(2)));
        assertEquals(3, outbox.waiting());
        assertEquals(List.of("A=3", "A=4", "A=5"), changes(outbox.take(10)));
    }

    @Test
    void releasedChangeGoesBackToItsPlaceBeforeNewerOnes() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2");
        List<OutboxEntry> first = outbox.take(1);
        add(outbox, "A=3");

        outbox.release(first.get(0));

        assertEquals(List.of("A=1", "A=2", "A=3"), changes(outbox.take(10)));
    }

    @Test
    void aTakenChangeStaysStoredUntilTheBrokerAcknowledgedIt() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2");
        List<OutboxEntry> taken = outbox.take(2);
        outbox.acknowledge(taken.get(0));
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, unbounded(), false);
        List<OutboxEntry> again = reopened.take(10);

        assertEquals(List.of("A=2"), changes(again),
                "the unacknowledged change must be sent again after a restart, the acknowledged one not");
        assertEquals(taken.get(1).seq(), again.get(0).seq(), "a change sent again keeps its sequence number");
    }

    // --- restarts and crashes

    @Test
    void queuedChangesSurviveCloseAndReopenAndSequenceNumbersContinue() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "B=2", "C=3");
        long lastSeq = outbox.take(10).get(2).seq();
        add(outbox, "D=4");
        // no write(): close() must store what is still in memory
        outbox.close();

        SegmentedOutbox reopened = outboxes.open(folder, unbounded(), false);
        add(reopened, "E=5");
        List<OutboxEntry> taken = reopened.take(10);

        assertEquals(List.of("A=1", "B=2", "C=3", "D=4", "E=5"), changes(taken),
                "a clean stop must lose nothing and keep the order");
        assertTrue(taken.get(4).seq() > lastSeq, "sequence numbers must keep increasing after a restart: " + taken);
        assertEquals(taken.get(3).seq() + 1, taken.get(4).seq(), "after a clean stop numbers continue without a gap");
    }

    @Test
    void aJvmCrashLosesOnlyChangesTheWriterHadNotYetStored() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2");
        outbox.write();
        add(outbox, "A=3");

        SegmentedOutbox afterCrash = outboxes.crashAndRestart(folder, crashCopy, unbounded(), false);

        assertEquals(List.of("A=1", "A=2"), changes(afterCrash.take(10)),
                "stored changes must survive a crash; the one still in memory is the documented crash window");
    }

    @Test
    void sequenceNumbersSentBeforeACrashAreNeverHandedOutAgain() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "A=2", "A=3");
        List<OutboxEntry> sent = outbox.take(3);

        SegmentedOutbox afterCrash = outboxes.crashAndRestart(folder, crashCopy, unbounded(), false);
        add(afterCrash, "A=4");
        List<OutboxEntry> again = afterCrash.take(10);

        assertEquals(List.of("A=1", "A=2", "A=3", "A=4"), changes(again),
                "unacknowledged changes must be sent again after a crash");
        assertEquals(sent.stream().map(OutboxEntry::seq).toList(),
                again.subList(0, 3).stream().map(OutboxEntry::seq).toList(),
                "a change sent again keeps its sequence number, so consumers see the duplicate");
        assertTrue(again.get(3).seq() > sent.get(2).seq(), "a new change must get a number never sent before");
    }

    @Test
    void storedBytesAreTheSameAfterAReopen() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1", "B=22", "C=333");
        outbox.write();
        long bytes = outbox.stats().storedBytes();
        outbox.close();

        assertEquals(bytes, outboxes.open(folder, unbounded(), false).stats().storedBytes());
        assertTrue(bytes > 0);
    }

    @Test
    void damagedStoreFileIsSetAsideAndANewOutboxStarts() throws IOException {
        Files.write(folder.resolve(OutboxStore.FILE_NAME), "not a store".repeat(1000).getBytes(StandardCharsets.UTF_8));

        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1");

        assertEquals(List.of("A=1"), changes(outbox.take(10)));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith(OutboxStore.FILE_NAME + ".damaged-")),
                    "the damaged file must be kept for a look, not deleted");
        }
    }

    @Test
    void deletingTheOutboxRemovesItsFolder() throws IOException {
        Path thingFolder = folder.resolve("cloudsync_mqtt_home");
        SegmentedOutbox outbox = outboxes.open(thingFolder, unbounded(), false);
        add(outbox, "A=1");
        outbox.close();

        SegmentedOutbox.delete(thingFolder);

        assertFalse(Files.exists(thingFolder), "the queue of a removed Thing must be gone");
    }

    @Test
    void changesOfferedAfterCloseAreCountedAsStopped() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        outbox.close();

        add(outbox, "A=1");

        assertEquals(1, outbox.stats().dropped(DropReason.STOPPED));
    }

    // --- taking over an earlier outbox of the Thing

    @Test
    void anOutboxTakingOverSendsTheEarlierChangesFirstNumberedAfterTheirNumbers() throws IOException {
        long before = System.currentTimeMillis() * 1000;
        SegmentedOutbox earlier = SegmentedOutbox.inHeap("earlier", unbounded(), false, scheduler);
        add(earlier, "A=1", "B=2");
        SegmentedOutbox taker = outboxes.open(folder, unbounded(), false);
        add(taker, "C=3");

        taker.takeOver(earlier);
        List<OutboxEntry> taken = taker.take(10);

        assertEquals(List.of("A=1", "B=2", "C=3"), changes(taken));
        assertTrue(taken.get(0).seq() >= before, "numbers must continue above the earlier outbox's: " + taken);
        assertTrue(taken.get(0).seq() < taken.get(1).seq() && taken.get(1).seq() < taken.get(2).seq(),
                "numbers must increase: " + taken);
        assertEquals(List.of(), earlier.take(10), "the earlier outbox must be closed and empty");
    }

    @Test
    void takingOverAStoredOutboxDeletesItsFolderOnceEverythingMoved() throws IOException {
        Path stored = folder.resolve("stored");
        SegmentedOutbox earlier = outboxes.open(stored, unbounded(), false);
        add(earlier, "A=1", "B=2");
        earlier.write();
        SegmentedOutbox memory = outboxes
                .closedAfterTest(SegmentedOutbox.inHeap("memory", unbounded(), false, scheduler));

        memory.takeOver(earlier);

        assertEquals(List.of("A=1", "B=2"), changes(memory.take(10)));
        assertFalse(Files.exists(stored), "a folder whose changes moved must not send them again later");
    }

    // --- the event thread's side

    @Test
    void addNeverWaitsForTheLockTheWriterHolds() throws Exception {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        CountDownLatch formatting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the writer formats buffered changes under the outbox's lock; this one keeps it there
        outbox.add(new SlowToFormat(Changes.text("A", "1"), formatting, release));
        Thread writer = new Thread(outbox::write);
        writer.start();
        assertTrue(formatting.await(5, TimeUnit.SECONDS), "the writer never started formatting");
        CompletableFuture<List<OutboxEntry>> take = new CompletableFuture<>();
        Thread taker = new Thread(() -> take.complete(outbox.take(10)));
        taker.start();
        assertTrue(Conditions.await(() -> taker.getState() == Thread.State.BLOCKED, Duration.ofSeconds(5)),
                "take() must wait for the lock the writer holds while it formats: " + taker.getState());

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> add(outbox, "B=2", "C=3"),
                "add() waited for the lock the writer holds");

        release.countDown();
        writer.join(5_000);
        assertEquals(List.of("A=1", "B=2", "C=3"), changes(take.get(5, TimeUnit.SECONDS)));
    }

    @Test
    void aChangeWhoseStateCannotBeFormattedIsDroppedAndCountedAndTheOthersStay() throws IOException {
        SegmentedOutbox outbox = outboxes.open(folder, unbounded(), false);
        add(outbox, "A=1");
        outbox.add(new SlowToFormat(Changes.text("B", "2"), null, null));
        add(outbox, "C=3");

        outbox.write();

        assertEquals(List.of("A=1", "C=3"), changes(outbox.take(10)));
        assertEquals(1, outbox.stats().dropped(DropReason.UNREADABLE));
    }

    /**
     * A change whose formatting blocks until released, or, without latches, fails as a state with a broken
     * {@code toFullString()} would.
     */
    private record SlowToFormat(StateChange change, @Nullable CountDownLatch formatting,
            @Nullable CountDownLatch release) implements IncomingChange {
        @Override
        public String itemName() {
            return change.itemName();
        }

        @Override
        public long eventTime() {
            return change.eventTime();
        }

        @Override
        public boolean undefined() {
            return false;
        }

        @Override
        public @Nullable BigDecimal value() {
            return null;
        }

        @Override
        public StateChange toStateChange() {
            CountDownLatch started = formatting;
            CountDownLatch done = release;
            if (started == null || done == null) {
                throw new IllegalArgumentException("unformattable state");
            }
            started.countDown();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return change;
        }
    }

    @Test
    void inMemoryOutboxNumbersFromTheClockSoNumbersGrowAcrossRestarts() {
        long before = System.currentTimeMillis() * 1000;
        SegmentedOutbox outbox = outboxes
                .closedAfterTest(SegmentedOutbox.inHeap("test", unbounded(), false, scheduler));
        add(outbox, "A=1");

        assertTrue(outbox.take(1).get(0).seq() >= before);
    }
}
