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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link OutboxStats} are a snapshot of an outbox's counters, for status channels and the console.
 *
 * @param waiting changes waiting to be sent (not counting those in flight)
 * @param inFlight changes taken for sending and not yet acknowledged by the broker
 * @param storedBytes the encoded size of the changes in the store (waiting and in flight)
 * @param coalesced changes replaced by a newer state of the same item before they were sent (coalesce mode)
 * @param dropped changes let go without sending, by reason; every reason is present
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record OutboxStats(long waiting, long inFlight, long storedBytes, long coalesced,
        Map<DropReason, Long> dropped) {

    public OutboxStats {
        dropped = Map.copyOf(dropped);
    }

    /** All changes let go without sending, whatever the reason. */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long dropped(DropReason reason) {
        return dropped.getOrDefault(reason, 0L);
    }
}
