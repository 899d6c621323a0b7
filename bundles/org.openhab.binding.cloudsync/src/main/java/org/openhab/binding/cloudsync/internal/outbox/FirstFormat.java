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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.slf4j.LoggerFactory;

/**
 * The {@link FirstFormat} is the upgrade of a store file of the first outbox format, which kept one record per change
 * (map {@code entries}: sequence number to the encoded change, an {@code items} index, and the stored bytes in
 * {@code meta}), to segments. The changes keep their sequence numbers and their order, and the ceiling of the
 * numbers handed out stays in {@code meta}. It moves the oldest changes first and commits every
 * {@value #SEGMENTS_PER_COMMIT} segments, so a large backlog never sits in the heap at once; the old maps are removed
 * by the last commit, so a crash meanwhile loses nothing, and the next open goes on after the last change moved.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class FirstFormat {

    private static final String ENTRIES = "entries";
    private static final String ITEMS = "items";
    private static final String BYTES = "bytes";
    private static final int CHANGES_PER_SEGMENT = 1000;
    private static final int SEGMENTS_PER_COMMIT = 64;

    private FirstFormat() {
    }

    /** Moves the changes of a first-format store into segments; nothing happens for a store of this format. */
    static void moveIntoSegments(MVStore store, OutboxStore segments, MVMap<String, Long> meta) {
        if (!store.hasMap(ENTRIES)) {
            return;
        }
        MVMap<Long, byte[]> entries = store.openMap(ENTRIES,
                new MVMap.Builder<Long, byte[]>().keyType(LongDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
        // an upgrade cut short by a crash goes on after the last change it moved
        byte[] last = segments.lastSegment();
        Segment lastSegment = last == null ? null : Segment.parse(last);
        Cursor<Long, byte[]> cursor = entries.cursor(lastSegment == null ? null : lastSegment.lastSeq() + 1);
        long moved = 0;
        long[] seqs = new long[CHANGES_PER_SEGMENT];
        int[] ends = new int[CHANGES_PER_SEGMENT];
        byte[] data = new byte[64 * 1024];
        int segmentsSinceCommit = 0;
        while (cursor.hasNext()) {
            int count = 0;
            int used = 0;
            while (count < CHANGES_PER_SEGMENT && cursor.hasNext()) {
                seqs[count] = cursor.next();
                byte[] change = cursor.getValue();
                if (used + change.length > data.length) {
                    data = Arrays.copyOf(data, Math.max(2 * data.length, used + change.length));
                }
                System.arraycopy(change, 0, data, used, change.length);
                used += change.length;
                ends[count++] = used;
            }
            segments.putSegment(seqs[0], Segment.pack(seqs, ends, data, count));
            moved += count;
            if (++segmentsSinceCommit == SEGMENTS_PER_COMMIT) {
                // what is not committed stays in the heap: a large backlog moves in steps
                store.commit();
                segmentsSinceCommit = 0;
            }
        }
        // the old maps go in the same commit as the last segments
        store.removeMap(ENTRIES);
        if (store.hasMap(ITEMS)) {
            store.removeMap(ITEMS);
        }
        // the stored bytes are counted from the segments now
        meta.remove(BYTES);
        store.commit();
        LoggerFactory.getLogger(FirstFormat.class).info("Outbox store upgraded: {} queued changes moved into segments",
                moved);
    }
}
