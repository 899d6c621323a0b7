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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies the in-memory outbox: order, release in place, and bounded size.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class MemoryOutboxTest {

    private static StateChange change(String state) {
        return Changes.text("Item", state);
    }

    private static List<String> states(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.change().state()).toList();
    }

    @Test
    void entriesAreTakenOldestFirstWithIncreasingSequenceNumbers() {
        MemoryOutbox outbox = new MemoryOutbox(10, false);
        outbox.add(change("1"));
        outbox.add(change("2"));
        outbox.add(change("3"));

        List<OutboxEntry> taken = outbox.take(10);

        assertEquals(List.of("1", "2", "3"), states(taken));
        assertTrue(taken.get(0).seq() < taken.get(1).seq() && taken.get(1).seq() < taken.get(2).seq());
        assertEquals(0, outbox.waiting());
    }

    @Test
    void takeReturnsAtMostTheAskedNumber() {
        MemoryOutbox outbox = new MemoryOutbox(10, false);
        for (int i = 0; i < 5; i++) {
            outbox.add(change(String.valueOf(i)));
        }

        assertEquals(2, outbox.take(2).size());
        assertEquals(3, outbox.waiting());
    }

    @Test
    void releasedEntryGoesBackToItsPlaceBeforeNewerOnes() {
        MemoryOutbox outbox = new MemoryOutbox(10, false);
        outbox.add(change("1"));
        outbox.add(change("2"));
        List<OutboxEntry> first = outbox.take(1);
        outbox.add(change("3"));

        outbox.release(first.get(0));

        assertEquals(List.of("1", "2", "3"), states(outbox.take(10)));
    }

    @Test
    void fullOutboxDropsTheOldestWaitingEntryAndCountsIt() {
        MemoryOutbox outbox = new MemoryOutbox(2, false);
        outbox.add(change("1"));
        outbox.add(change("2"));
        outbox.add(change("3"));

        assertEquals(1, outbox.dropped());
        assertEquals(List.of("2", "3"), states(outbox.take(10)));
    }

    @Test
    void coalescingKeepsOnlyTheLatestWaitingStatePerItem() {
        MemoryOutbox outbox = new MemoryOutbox(10, true);
        outbox.add(Changes.text("A", "1"));
        outbox.add(Changes.text("B", "1"));
        outbox.add(Changes.text("A", "2"));
        outbox.add(Changes.text("A", "3"));

        List<OutboxEntry> taken = outbox.take(10);

        assertEquals(List.of("B=1", "A=3"),
                taken.stream().map(e -> e.change().itemName() + "=" + e.change().state()).toList());
        assertEquals(2, outbox.coalesced());
        assertEquals(0, outbox.dropped(), "coalesced changes are replaced, not dropped");
    }

    @Test
    void coalescingDoesNotTouchAChangeAlreadyTakenForSending() {
        MemoryOutbox outbox = new MemoryOutbox(10, true);
        outbox.add(Changes.text("A", "1"));
        List<OutboxEntry> inFlight = outbox.take(1);
        outbox.add(Changes.text("A", "2"));

        assertEquals(List.of("1"), states(inFlight));
        assertEquals(List.of("2"), states(outbox.take(10)));
    }

    @Test
    void releasedChangeIsDroppedWhenANewerStateOfTheItemWaitsWhileCoalescing() {
        MemoryOutbox outbox = new MemoryOutbox(10, true);
        outbox.add(Changes.text("A", "1"));
        List<OutboxEntry> inFlight = outbox.take(1);
        outbox.add(Changes.text("A", "2"));

        outbox.release(inFlight.get(0));

        assertEquals(List.of("2"), states(outbox.take(10)));
    }

    @Test
    void withoutCoalescingEveryChangeIsKept() {
        MemoryOutbox outbox = new MemoryOutbox(10, false);
        outbox.add(Changes.text("A", "1"));
        outbox.add(Changes.text("A", "2"));

        assertEquals(List.of("1", "2"), states(outbox.take(10)));
    }

    @Test
    void capacityBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MemoryOutbox(0, false));
    }
}
