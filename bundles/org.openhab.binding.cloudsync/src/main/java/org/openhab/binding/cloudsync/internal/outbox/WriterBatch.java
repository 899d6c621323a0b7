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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WriterBatch} is what one writer run stores: the buffered changes turned into text, in arrival order,
 * without a change whose state cannot be formatted (dropped and counted) and, when coalescing, without an item's
 * state that a newer one of the same run replaces (counted as coalesced, never stored nor numbered).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class WriterBatch {

    private static final Logger LOGGER = LoggerFactory.getLogger(WriterBatch.class);

    private WriterBatch() {
    }

    static List<StateChange> of(String outbox, List<IncomingChange> polled, boolean coalesce, OutboxCounters counters) {
        List<StateChange> arrived = new ArrayList<>(polled.size());
        for (IncomingChange incoming : polled) {
            try {
                arrived.add(incoming.toStateChange());
            } catch (RuntimeException e) {
                // a state that cannot be formatted must not take the rest of the buffer with it
                LOGGER.warn("Outbox {}: a change of {} cannot be captured and is dropped: {}", outbox,
                        incoming.itemName(), e.toString());
                counters.dropped(DropReason.UNREADABLE);
            }
        }
        if (!coalesce) {
            return arrived;
        }
        Map<String, Integer> latest = new HashMap<>();
        for (int i = 0; i < arrived.size(); i++) {
            latest.put(arrived.get(i).itemName(), i);
        }
        List<StateChange> kept = new ArrayList<>(latest.size());
        for (int i = 0; i < arrived.size(); i++) {
            StateChange change = arrived.get(i);
            if (latest.get(change.itemName()) == i) {
                kept.add(change);
            } else {
                counters.coalesced();
            }
        }
        return kept;
    }
}
