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

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Specifies how the outbox tracks acknowledgements in memory: {@link AckedSeqs} (a low-water mark plus ranges done
 * out of order, stored whole with each commit) and {@link InFlight} (numbers and sizes of the changes being sent).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxAckTrackingTest {

    @Test
    void inOrderAcknowledgementsOnlyMoveTheMark() {
        AckedSeqs acked = new AckedSeqs();
        acked.raiseTo(100);
        for (long seq = 100; seq < 1100; seq++) {
            acked.markDone(seq);
        }

        assertEquals(1100, acked.low());
        assertEquals(0, acked.rangeCount(), "nothing out of order: no range");
        assertTrue(acked.isDone(1099));
        assertFalse(acked.isDone(1100));
    }

    @Test
    void outOfOrderAcknowledgementsMergeAndAreTakenInByTheMark() {
        AckedSeqs acked = new AckedSeqs();
        acked.raiseTo(1);
        acked.markDone(5);
        acked.markDone(3);
        acked.markDone(4);
        acked.markDone(9);

        assertEquals(2, acked.rangeCount(), "3-5 and 9: " + acked);
        assertFalse(acked.isDone(1));
        assertTrue(acked.isDone(4));
        assertFalse(acked.isDone(6));

        acked.markDone(2);
        assertEquals(1, acked.low(), "1 is still out");
        assertEquals(2, acked.rangeCount(), "2 joins 3-5: " + acked);
        acked.markDone(1);

        assertEquals(6, acked.low(), "1 done: the mark takes 2 to 5 in");
        assertEquals(1, acked.rangeCount());
        assertTrue(acked.isDone(9));
    }

    @Test
    void theMarkIsRaisedOverNumbersWithoutAStoredChange() {
        AckedSeqs acked = new AckedSeqs();
        acked.raiseTo(10);
        acked.markDone(20);
        acked.markDone(21);

        acked.raiseTo(20);

        assertEquals(22, acked.low());
        assertEquals(0, acked.rangeCount());
    }

    @Test
    void whatIsDoneSurvivesTheStoreRoundTrip() {
        AckedSeqs acked = new AckedSeqs();
        acked.raiseTo(7);
        acked.markDone(12);
        acked.markDone(30);
        acked.markDone(31);

        AckedSeqs back = AckedSeqs.decode(acked.encode());

        assertEquals(acked.toString(), back.toString());
        assertEquals(7, back.low());
        assertTrue(back.isDone(31));
        assertFalse(back.isDone(29));
        assertEquals(0, AckedSeqs.decode(null).low(), "no stored state: nothing is done");
        assertEquals(0, AckedSeqs.decode(new byte[] { 9 }).low(), "an unknown format is not misread");
    }

    @Test
    void agreesWithASetOfNumbersWhateverTheOrder() {
        Random random = new Random(13);
        AckedSeqs acked = new AckedSeqs();
        acked.raiseTo(1);
        TreeSet<Long> done = new TreeSet<>();
        for (int i = 0; i < 5000; i++) {
            long seq = 1 + random.nextInt(3000);
            acked.markDone(seq);
            done.add(seq);
        }
        for (long seq = 1; seq <= 3001; seq++) {
            assertEquals(done.contains(seq), acked.isDone(seq), "seq " + seq + " in " + acked);
        }
        assertEquals(acked.toString(), AckedSeqs.decode(acked.encode()).toString());
    }

    @Test
    void inFlightKeepsNumbersAndSizesWithoutObjectsPerChange() {
        InFlight inFlight = new InFlight();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        long base = System.currentTimeMillis() * 1000;
        for (int round = 0; round < 20_000; round++) {
            long seq = base + random.nextInt(5000);
            if (random.nextBoolean()) {
                int size = random.nextInt(1000);
                inFlight.put(seq, size);
                expected.put(seq, size);
            } else {
                Integer size = expected.remove(seq);
                assertEquals(size == null ? -1 : size, inFlight.remove(seq));
            }
            assertEquals(expected.size(), inFlight.size());
        }
        for (long seq = base; seq < base + 5000; seq++) {
            assertEquals(expected.containsKey(seq), inFlight.contains(seq));
        }
        assertThrows(IllegalArgumentException.class, () -> inFlight.put(0, 1));
    }
}
