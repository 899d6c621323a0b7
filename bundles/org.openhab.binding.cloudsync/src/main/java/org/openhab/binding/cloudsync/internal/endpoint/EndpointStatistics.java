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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link EndpointStatistics} are a snapshot of an endpoint's counters, for the status channels and the
 * console.
 *
 * @param connected whether the broker connection is up
 * @param paused whether sending is paused (changes still queue)
 * @param queued changes waiting in the outbox
 * @param inFlight messages sent and not yet acknowledged
 * @param sent changes the broker acknowledged
 * @param failed deliveries that failed (and were queued again)
 * @param dropped changes given up: outbox bounds and maximum age, messages over the size limit, and dead letters
 *            (changes that kept failing while connected)
 * @param lastSuccess epoch milliseconds of the last acknowledgement, 0 for none yet
 * @param lastError the last problem, readable and without secrets, or null
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record EndpointStatistics(boolean connected, boolean paused, long queued, int inFlight, long sent, long failed,
        long dropped, long lastSuccess, @Nullable String lastError) {
}
