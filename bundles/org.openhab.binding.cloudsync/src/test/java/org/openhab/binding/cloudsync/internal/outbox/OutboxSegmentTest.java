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

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies the store record of the outbox, the {@link Segment}, and how a writer run builds it
 * ({@link SegmentBuilder}): the changes come back with their numbers and every field, changes that gave way are
 * left out, a mostly done segment is rewritten with what is left, and damaged bytes are recognized.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxSegmentTest {

    private static Segment build(SegmentBuilder builder) {
        byte[] packed = Objects.requireNonNull(builder.build());
        return Objects.requireNonNull(Segment.parse(packed));
    }

    private static SegmentBuilder builderOf(long firstSeq, StateChange... changes) {
        SegmentBuilder builder = new SegmentBuilder();
        for (int i = 0; i < changes.length; i++) {
            builder.add(firstSeq + i, changes[i].itemName(), EntryCodec.encode(changes[i]));
        }
        return builder;
    }

    private static StateChange decode(Segment segment, int index) throws Exception {
        return EntryCodec.decode(segment.bytes(), segment.start(index), segment.length(index));
    }

    @Test
    void aWriterRunComesBackAsOneSegmentWithItsNumbersAndEveryField() throws Exception {
        List<StateChange> changes = List.of(Changes.quantity("T", "21.5", "°C", "21.0 °C", 1_700_000_000_000L),
                Changes.text("Switch", "ON"), Changes.image("Camera", new byte[] { 1, 2, 3 }, "image/png"));

        Segment segment = build(builderOf(41, changes.toArray(StateChange[]::new)));

        assertEquals(3, segment.count());
        assertEquals(41, segment.firstSeq());
        assertEquals(43, segment.lastSeq());
        for (int i = 0; i < 3; i++) {
            assertEquals(41 + i, segment.seq(i));
            StateChange back = decode(segment, i);
            assertEquals(changes.get(i).itemName(), back.itemName());
            assertEquals(changes.get(i).state(), back.state());
            assertEquals(changes.get(i).eventTime(), back.eventTime());
            assertEquals(EntryCodec.encode(changes.get(i)).length, segment.length(i), "sizes as the bounds count");
        }
        assertEquals("21.5", String.valueOf(decode(segment, 0).value()));
        assertArrayEquals(new byte[] { 1, 2, 3 }, Objects.requireNonNull(decode(segment, 2).image()).bytes());
        assertEquals(41, Segment.firstSeqOf(segment.bytes()), "the key of a segment is its first number");
    }

    @Test
    void changesThatGaveWayBeforeTheStoreAreLeftOut() throws Exception {
        SegmentBuilder builder = builderOf(10, Changes.text("A", "1"), Changes.text("B", "2"), Changes.text("C", "3"),
                Changes.text("D", "4"));
        builder.remove(0);
        builder.remove(2);

        Segment segment = build(builder);

        assertEquals(2, segment.count());
        assertEquals(11, segment.firstSeq(), "the segment starts at its first change left");
        assertEquals(List.of(11L, 13L), List.of(segment.seq(0), segment.seq(1)));
        assertEquals("B", decode(segment, 0).itemName());
        assertEquals("D", decode(segment, 1).itemName());
        assertTrue(builder.isEmpty(), "building empties the builder for the next run");
    }

    @Test
    void aBuilderWhoseChangesAllGaveWayBuildsNothing() {
        SegmentBuilder builder = builderOf(5, Changes.text("A", "1"));
        builder.remove(0);

        assertNull(builder.build());
    }

    @Test
    void numbersMustFollowEachOtherWithinARun() {
        SegmentBuilder builder = builderOf(5, Changes.text("A", "1"));

        assertThrows(IllegalArgumentException.class,
                () -> builder.add(7, "B", EntryCodec.encode(Changes.text("B", "2"))));
        assertEquals(6, builder.nextSeq());
    }

    @Test
    void aMostlyDoneSegmentIsRewrittenWithWhatIsLeft() throws Exception {
        StateChange[] changes = new StateChange[100];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = Changes.number("Item_" + i, String.valueOf(i));
        }
        Segment segment = build(builderOf(1000, changes));

        byte[] smaller = Objects.requireNonNull(segment.keepOnly(seq -> seq % 25 == 7));
        Segment left = Objects.requireNonNull(Segment.parse(smaller));

        assertEquals(4, left.count());
        assertEquals(1007, Segment.firstSeqOf(smaller));
        for (int i = 0; i < 4; i++) {
            assertEquals(1007 + 25 * i, left.seq(i));
            assertEquals("Item_" + (7 + 25 * i), decode(left, i).itemName());
        }
        assertNull(segment.keepOnly(seq -> false), "nothing left: no segment");
    }

    @Test
    void findsThePlaceOfANumberAndTheNextOneAfterAGap() {
        SegmentBuilder builder = builderOf(100, Changes.text("A", "1"), Changes.text("B", "2"), Changes.text("C", "3"));
        builder.remove(1);
        Segment segment = build(builder);

        assertEquals(0, segment.indexOf(50));
        assertEquals(0, segment.indexOf(100));
        assertEquals(1, segment.indexOf(101), "101 gave way: the next change is 102");
        assertEquals(1, segment.indexOf(102));
        assertEquals(2, segment.indexOf(103), "past the last change");
    }

    @Test
    void damagedSegmentsAreRecognizedInsteadOfMisread() {
        byte[] packed = Objects.requireNonNull(builderOf(1, Changes.text("A", "1"), Changes.text("B", "2")).build());

        assertNull(Segment.parse(new byte[] { 2, 0 }), "too short");
        assertNull(Segment.parse(EntryCodec.encode(Changes.text("A", "1"))), "a single change is not a segment");
        assertNull(Segment.parse(Arrays.copyOf(packed, packed.length - 1)), "truncated");
        byte[] wrongCount = packed.clone();
        wrongCount[4] = 9;
        assertNull(Segment.parse(wrongCount));
        assertNotNull(Segment.parse(packed));
    }

    @Test
    void aFullBuilderAsksToBeStored() {
        SegmentBuilder builder = new SegmentBuilder();
        byte[] encoded = EntryCodec.encode(Changes.text("A", "1"));
        for (int i = 0; i < SegmentBuilder.MAX_CHANGES - 1; i++) {
            builder.add(1 + i, "A", encoded);
        }
        assertFalse(builder.isFull());

        builder.add(SegmentBuilder.MAX_CHANGES, "A", encoded);

        assertTrue(builder.isFull());
        assertEquals(SegmentBuilder.MAX_CHANGES, build(builder).count());
    }
}
