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
import static org.openhab.binding.cloudsync.internal.endpoint.SenderHarness.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.FakeTransport;
import org.openhab.binding.cloudsync.internal.testutil.ManualScheduler;

/**
 * Specifies poison messages: a message after which the broker drops the link three times in a row, sent alone each
 * time, is set aside as a dead letter and delivery goes on; breaks that cannot be blamed on one message make none.
 * A fake transport plays the broker and a manual scheduler the clock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxSenderPoisonTest {

    @RegisterExtension
    final SenderHarness harness = new SenderHarness();
    private final ManualScheduler scheduler = harness.scheduler;
    private final FakeTransport broker = harness.broker;

    @Test
    void aMessageAfterWhichTheBrokerDropsTheLinkThreeTimesInARowIsSetAsideAndDeliveryGoesOn() {
        harness.sender(c -> c.interval = 0);
        broker.connect();
        harness.offer(0, 4);
        broker.acknowledge(0);
        scheduler.runDue();
        // the broker closes the connection on change 1, before acknowledging it; 2 and 3 were sent with it
        harness.breakAndReconnect();
        assertEquals(List.of("0", "1", "2", "3", "1"), harness.statesSent(),
                "after a break with several in flight, they go one at a time: 1 alone first");
        for (int strike = 1; strike <= 3; strike++) {
            harness.breakAndReconnect();
            if (strike < 3) {
                assertEquals("1", state(broker.payloads().get(broker.published().size() - 1)),
                        "after strike " + strike + " the suspect is sent again, alone");
                assertEquals(1, broker.waitingForAnswer(), "nothing else is in flight with the suspect");
            }
        }

        assertEquals("2", state(broker.payloads().get(broker.published().size() - 1)),
                "after three breaks with it alone the poison is set aside and the next change goes");
        assertEquals(1, harness.statistics().dropped(), "the poison message counts as dropped");
        for (int round = 0; round < 3; round++) {
            broker.acknowledgeAll();
            scheduler.runDue();
        }
        assertEquals(3, harness.statistics().sent());
        assertEquals(0, harness.outbox().waiting());
    }

    @Test
    void aChangeSentAloneAndAcknowledgedAfterABreakIsNoSuspect() {
        harness.sender(c -> c.interval = 0);
        broker.connect();
        harness.offer(0, 3);

        harness.breakAndReconnect();
        for (int round = 0; round < 3; round++) {
            broker.acknowledgeAll();
            scheduler.runDue();
        }
        for (int round = 0; round < 3; round++) {
            // later breaks with nothing in flight
            harness.breakAndReconnect();
        }

        assertEquals(3, harness.statistics().sent());
        assertEquals(0, harness.statistics().dropped());
    }

    @Test
    void breaksWithNothingInFlightOrWithDifferentMessagesMakeNoDeadLetter() {
        harness.sender(c -> c.interval = 0);
        broker.connect();
        for (int round = 0; round < 5; round++) {
            // a broker that goes down while idle, then comes back
            broker.breakLink("Connection refused");
            broker.connect();
            harness.offer(round, round + 1);
            broker.acknowledgeAll();
            scheduler.runDue();
        }

        assertEquals(range(0, 5), harness.statesSent());
        assertEquals(0, harness.statistics().dropped());
    }
}
