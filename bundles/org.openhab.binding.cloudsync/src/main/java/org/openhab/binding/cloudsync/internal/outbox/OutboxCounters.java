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

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link OutboxCounters} count what an outbox let go without sending, by reason, and what coalescing
 * replaced. Any thread may count and read.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OutboxCounters {

    private final Map<DropReason, AtomicLong> dropped = new EnumMap<>(DropReason.class);
    private final AtomicLong coalesced = new AtomicLong();

    OutboxCounters() {
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, new AtomicLong());
        }
    }

    void dropped(DropReason reason) {
        AtomicLong counter = dropped.get(reason);
        if (counter != null) {
            counter.incrementAndGet();
        }
    }

    void coalesced() {
        coalesced.incrementAndGet();
    }

    long droppedTotal() {
        return dropped.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long coalescedTotal() {
        return coalesced.get();
    }

    Map<DropReason, Long> droppedByReason() {
        Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, counter) -> counts.put(reason, counter.get()));
        return counts;
    }
}
