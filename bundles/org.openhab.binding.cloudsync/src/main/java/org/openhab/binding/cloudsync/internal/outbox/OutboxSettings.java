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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link OutboxSettings} say where an endpoint's outbox keeps its changes, how many it keeps, and how often
 * a failed send is tried again.
 *
 * @param persistent whether changes are kept on disk (openHAB's userdata) and survive restarts; false keeps
 *            them in the heap
 * @param maxQueued the most changes kept (waiting and in flight)
 * @param maxQueuedBytes the most bytes of encoded changes kept
 * @param overflowPolicy which change gives way when a bound is reached
 * @param maxAgeMillis changes older than this when their turn to be sent comes are dropped; 0 for no limit
 * @param retryIntervalMillis how long after a failed send it is tried again while the connection stays up
 * @param maxRetries how often a message that fails while the connection stays up is tried again before it is
 *            set aside as a dead letter; 0 tries forever
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record OutboxSettings(boolean persistent, int maxQueued, long maxQueuedBytes, OverflowPolicy overflowPolicy,
        long maxAgeMillis, long retryIntervalMillis, int maxRetries) {

    public OutboxSettings {
        if (maxQueued < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("outbox bounds must be positive: " + maxQueued + ", " + maxQueuedBytes);
        }
    }
}
