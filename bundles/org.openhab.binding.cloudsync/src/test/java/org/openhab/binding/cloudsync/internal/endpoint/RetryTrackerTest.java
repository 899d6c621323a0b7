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

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies when a change that keeps failing while the connection stays up becomes a dead letter.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class RetryTrackerTest {

    private static final OutboxEntry ENTRY = new OutboxEntry(7, Changes.text("Poison", "x"));

    @Test
    void changeIsSetAsideAfterFailingOnceMoreThanTheRetriesAllow() {
        RetryTracker tracker = new RetryTracker(2);

        assertEquals(0, tracker.failedWhileConnected(ENTRY), "first failure: retried");
        assertEquals(0, tracker.failedWhileConnected(ENTRY), "first retry failed: retried again");
        assertEquals(3, tracker.failedWhileConnected(ENTRY), "second retry failed: set aside");
    }

    @Test
    void zeroRetriesMeansForever() {
        RetryTracker tracker = new RetryTracker(0);

        for (int i = 0; i < 1000; i++) {
            assertEquals(0, tracker.failedWhileConnected(ENTRY), "with 0 a change is never set aside");
        }
    }

    @Test
    void aDeliveryForgetsEarlierFailures() {
        RetryTracker tracker = new RetryTracker(2);
        tracker.failedWhileConnected(ENTRY);
        tracker.failedWhileConnected(ENTRY);

        tracker.delivered(List.of(ENTRY));

        assertEquals(0, tracker.failedWhileConnected(ENTRY), "counting starts again after a success");
    }
}
