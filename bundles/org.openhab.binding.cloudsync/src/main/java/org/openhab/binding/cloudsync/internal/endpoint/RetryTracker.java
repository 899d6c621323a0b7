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
package org.openhab.binding.cloudsync.internal.endpoint;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;

/**
 * The {@link RetryTracker} counts, per change, the deliveries that failed while the connection stayed up, and
 * says when a change failed more often than {@code maxRetries} allows, so that it is set aside as a dead letter
 * instead of blocking the changes behind it. Failures caused by a lost connection are not counted: those changes
 * are sent again on reconnect. Only changes that failed so are kept in memory. Any thread may call it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class RetryTracker {

    private final int maxRetries;
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

    /**
     * @param maxRetries retries after the first failed delivery; 0 retries forever
     */
    RetryTracker(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /**
     * Counts a failed delivery of the change while connected.
     *
     * @return the failures so far when the change is to be set aside as a dead letter, else 0
     */
    int failedWhileConnected(OutboxEntry entry) {
        int count = failures.merge(entry.seq(), 1, Integer::sum);
        if (maxRetries > 0 && count > maxRetries) {
            failures.remove(entry.seq());
            return count;
        }
        return 0;
    }

    /** The broker has these changes: their failures are forgotten. */
    void delivered(List<OutboxEntry> entries) {
        if (!failures.isEmpty()) {
            entries.forEach(entry -> failures.remove(entry.seq()));
        }
    }
}
