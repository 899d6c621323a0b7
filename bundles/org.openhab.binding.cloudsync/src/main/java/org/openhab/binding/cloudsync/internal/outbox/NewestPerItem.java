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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link NewestPerItem} is each item's newest stored change, for coalescing and for
 * {@code keep-latest-per-item}. It lives in memory only: the {@link StoredQueue} rebuilds it from the segments when
 * the store opens, so no change costs an index write. It also keeps where the search for a change that has a newer
 * one may start: below that mark every waiting change is the newest of its item, and only a newer change of an
 * item (or a change coming back from sending) moves the mark down. One entry per item, whatever the backlog. Not
 * thread-safe: used under the outbox's lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class NewestPerItem {

    /** An item's newest stored change: its number, and its size for the stored bytes when it is replaced. */
    static final class Newest {
        long seq;
        int size;

        Newest(long seq, int size) {
            this.seq = seq;
            this.size = size;
        }
    }

    private final Map<String, Newest> newest = new HashMap<>();
    /** Every waiting change below it is the newest of its item. */
    private long searchFrom;

    int size() {
        return newest.size();
    }

    @Nullable
    Newest get(String item) {
        return newest.get(item);
    }

    /** A change of the item is stored (or waits again): it is the newest unless a newer one is. */
    void stored(String item, long seq, int size) {
        Newest slot = newest.get(item);
        if (slot == null) {
            newest.put(item, new Newest(seq, size));
        } else if (slot.seq < seq) {
            searchFrom = Math.min(searchFrom, slot.seq);
            slot.seq = seq;
            slot.size = size;
        } else {
            // an older change back from sending, behind a newer one
            searchFrom = Math.min(searchFrom, seq);
        }
    }

    /** A change of the item is about to come: its newest one so far counts as replaced in the search for room. */
    void coming(String item) {
        Newest slot = newest.get(item);
        if (slot != null) {
            searchFrom = Math.min(searchFrom, slot.seq);
        }
    }

    boolean isSuperseded(String item, long seq) {
        Newest slot = newest.get(item);
        return slot != null && slot.seq > seq;
    }

    /** A change gave way; when it was the item's newest, the item has none known until its next one. */
    void dropped(String item, long seq) {
        Newest slot = newest.get(item);
        if (slot != null && slot.seq == seq) {
            newest.remove(item);
        }
    }

    long searchFrom() {
        return searchFrom;
    }

    /** Every waiting change below {@code seq} is the newest of its item, or the one just found gave way. */
    void searchedUpTo(long seq) {
        searchFrom = Math.max(searchFrom, seq);
    }

    /** Nothing is known of the changes from {@code seq} on: the next search starts there. */
    void searchAgainFrom(long seq) {
        searchFrom = Math.min(searchFrom, seq);
    }
}
