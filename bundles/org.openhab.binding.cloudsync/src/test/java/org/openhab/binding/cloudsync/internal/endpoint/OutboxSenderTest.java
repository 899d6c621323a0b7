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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.FakeTransport;
import org.openhab.binding.cloudsync.internal.testutil.ManualScheduler;

/**
 * Specifies how the {@link OutboxSender} moves changes from the outbox to the broker: in order, never more in flight
 * than the window, acknowledged before they leave the outbox, held for the retry interval after a refusal with the
 * link up, set aside as dead letters after too many such failures, and all sent again after a reconnect
 * ({@link OutboxSenderPoisonTest} and {@link OutboxSenderRateTest} specify poison messages and rate limits). A fake
 * transport plays the broker and a manual scheduler the clock: nothing here waits or depends on timing.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxSenderTest {

    @RegisterExtension
    final SenderHarness harness = new SenderHarness();
    private final ManualScheduler scheduler = harness.scheduler;
    private final FakeTransport broker = harness.broker;

    @Test
    void changesQueuedWhileTheLinkIsDownGoOutInOrderOnceItComesUp() {
        harness.sender(c -> c.interval = 0);
        harness.offer(0, 3);
        assertEquals(List.of(), broker.published(), "nothing can be sent before the link is up");

        broker.connect();
        scheduler.runDue();

        assertEquals(range(0, 3), harness.statesSent());
        assertEquals(3, harness.statistics().inFlight(), "sent but not yet acknowledged");
        assertEquals(0, harness.statistics().sent());
    }

    @Test
    void aChangeLeavesTheOutboxOnlyWhenTheBrokerAcknowledgedIt() {
        harness.sender(c -> c.interval = 0);
        broker.connect();
        harness.offer(0, 2);

        assertEquals(2, harness.statistics().inFlight());
        broker.acknowledge(0);
        scheduler.runDue();
        assertEquals(1, harness.statistics().inFlight());
        assertEquals(1, harness.statistics().sent());

        broker.acknowledge(1);
        scheduler.runDue();
        assertEquals(new EndpointStatistics(true, false, 0, 0, 2, 0, 0, harness.statistics().lastSuccess(), null),
                harness.statistics());
        assertTrue(harness.statistics().lastSuccess() > 0, "the time of the last acknowledgement is kept");
    }

    @Test
    void neverMoreThanTheInFlightWindowWaitsForTheBrokerAndAcknowledgementsRefillIt() {
        harness.sender(c -> {
            c.interval = 0;
            c.maxInFlight = 10;
        });
        broker.connect();
        harness.offer(0, 25);
        assertEquals(10, broker.published().size(), "the window holds 10");

        for (int i = 0; i < 5; i++) {
            broker.acknowledge(i);
        }
        scheduler.runDue();
        assertEquals(15, broker.published().size(), "five acknowledgements make room for five more");

        for (int round = 0; round < 5 && broker.waitingForAnswer() > 0; round++) {
            broker.acknowledgeAll();
            scheduler.runDue();
        }
        assertEquals(range(0, 25), harness.statesSent(), "every change once, in order");
        assertEquals(10, broker.maxInFlight(), "the window was never exceeded");
        assertEquals(25, harness.statistics().sent());
        assertEquals(0, harness.outbox().waiting());
    }

    @Test
    void aFailureWithTheLinkUpHoldsSendingForTheRetryIntervalThenTheSameChangeGoesFirst() {
        harness.sender(c -> {
            c.interval = 0;
            c.retryInterval = 30;
        });
        broker.connect();
        harness.offer(0, 1);
        broker.fail(0, "not authorized for this topic");
        scheduler.runDue();
        harness.offer(1, 3);

        assertEquals(1, broker.published().size(), "nothing goes while the retry holds");
        assertEquals("delivery failed: not authorized for this topic", harness.lastError());
        assertEquals(1, harness.statistics().failed());
        assertEquals(3, harness.statistics().queued(), "the failed change waits again, before the newer ones");

        scheduler.advance(Duration.ofSeconds(29));
        assertEquals(1, broker.published().size(), "still held one second before the retry interval ends");
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(List.of("0", "0", "1", "2"), harness.statesSent(),
                "after the hold, the failed change first, in order");
        assertEquals(json(broker.payloads().get(0)).get("seq"), json(broker.payloads().get(1)).get("seq"),
                "a change sent again keeps its sequence number");
    }

    @Test
    void aPublishTheClientRefusesIsNotLostAndTriedAgainAfterTheRetryInterval() {
        harness.sender(c -> {
            c.interval = 0;
            c.retryInterval = 5;
        });
        broker.connect();
        broker.refuseNext(1);
        harness.offer(0, 2);
        assertEquals(List.of(), broker.published(), "refused, and the next one must not overtake it");

        scheduler.advance(Duration.ofSeconds(5));

        assertEquals(range(0, 2), harness.statesSent());
    }

    @Test
    void aChangeThatKeepsFailingWithTheLinkUpIsSetAsideAsADeadLetterAndTheRestGoOn() {
        harness.sender(c -> {
            c.interval = 0;
            c.retryInterval = 1;
            c.maxRetries = 2;
        });
        broker.connect();
        harness.offer(0, 2);
        broker.acknowledge(1);
        int attemptIndex = 0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals("0", state(broker.payloads().get(attemptIndex)), "attempt " + attempt + " sends change 0");
            broker.fail(attemptIndex, "rejected");
            scheduler.advance(Duration.ofSeconds(1));
            attemptIndex = broker.published().size() - 1;
        }

        assertEquals(1, harness.statistics().dropped(), "the dead letter is counted as dropped");
        assertEquals(0, harness.outbox().waiting(), "the dead letter left the outbox");
        harness.offer(2, 3);
        assertEquals("2", state(broker.payloads().get(broker.published().size() - 1)),
                "changes behind the dead letter are sent");
    }

    @Test
    void whenTheLinkBreaksEverythingInFlightIsSentAgainAfterTheReconnectWithoutCountingAgainstIt() {
        harness.sender(c -> {
            c.interval = 0;
            c.maxRetries = 1;
        });
        broker.connect();
        harness.offer(0, 5);
        broker.acknowledge(0);
        scheduler.runDue();

        broker.breakLink("Connection lost");
        scheduler.runDue();
        assertEquals(4, harness.statistics().queued(), "the four unacknowledged changes wait again");
        assertEquals(0, harness.statistics().inFlight());
        broker.connect();
        scheduler.runDue();

        assertEquals(List.of("0", "1", "2", "3", "4", "1"), harness.statesSent(),
                "right after the reconnect the oldest of them goes first, alone: any of them may have broken the link");
        for (int index = 5; index < 8; index++) {
            assertEquals(1, broker.waitingForAnswer(), "one at a time");
            broker.acknowledge(index);
            scheduler.runDue();
        }
        assertEquals(List.of("0", "1", "2", "3", "4", "1", "2", "3", "4"), harness.statesSent(),
                "the four that were in flight go one at a time, in order, each once the one before landed");
        broker.acknowledgeAll();
        scheduler.runDue();
        assertEquals(5, harness.statistics().sent());
        assertEquals(0, harness.statistics().dropped(), "a lost link never makes a dead letter by itself");
    }

    @Test
    void inIntervalModeChangesWaitForTheTickOfTheEndpoint() {
        OutboxSender current = harness.sender(c -> c.interval = 5);
        broker.connect();
        scheduler.runDue();
        for (int i = 0; i < 3; i++) {
            // as the endpoint queues them in interval mode: no send request
            harness.outbox().add(Changes.number("Counter", String.valueOf(i)));
        }
        scheduler.runDue();
        assertEquals(List.of(), broker.published(), "with an interval nothing goes at once");

        current.openRound();
        scheduler.runDue();

        assertEquals(List.of("2"), harness.statesSent(), "the tick sends the latest state of the item (coalesce)");
    }

    @Test
    void pausedSendsNothingAndResumingSendsWhatQueuedMeanwhile() {
        OutboxSender current = harness.sender(c -> c.interval = 0);
        broker.connect();
        current.pause();
        harness.offer(0, 3);
        assertEquals(List.of(), broker.published());
        assertTrue(harness.statistics().paused());

        current.resume();
        scheduler.runDue();

        assertEquals(range(0, 3), harness.statesSent());
    }
}
