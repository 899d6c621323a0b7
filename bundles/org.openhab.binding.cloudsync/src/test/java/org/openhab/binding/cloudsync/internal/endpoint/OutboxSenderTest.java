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

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.TransportListener;
import org.openhab.binding.cloudsync.internal.outbox.DurableOutbox;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.FakeTransport;
import org.openhab.binding.cloudsync.internal.testutil.ManualScheduler;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Specifies how the {@link OutboxSender} moves changes from the outbox to the broker: in order, never more in flight
 * than the window, acknowledged before they leave the outbox, held for the retry interval after a refusal with the
 * link up, set aside as dead letters after too many such failures, and all sent again after a reconnect. A fake
 * transport plays the broker and a manual scheduler the clock: nothing here waits or depends on timing.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxSenderTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeTransport broker = new FakeTransport();
    private @Nullable DurableOutbox outbox;
    private @Nullable OutboxSender sender;
    private @Nullable String lastError;

    @AfterEach
    void close() {
        DurableOutbox current = outbox;
        if (current != null) {
            current.close();
        }
    }

    /** A started sender on an outbox in the heap; the link is down until the test connects. */
    private OutboxSender sender(Consumer<EndpointConfiguration> configure) {
        EndpointSettings settings = TestSettings.endpoint(1883, configure);
        DurableOutbox queue = DurableOutbox.inMemory("test", settings.outbox(), settings.delivery().coalesce(),
                scheduler);
        OutboxSender created = new OutboxSender("test", settings, queue, scheduler, broker,
                new MessageBuilder(settings.payload(), item -> null), error -> lastError = error);
        broker.listenedBy(new TransportListener() {
            @Override
            public void connected() {
                created.connected();
            }

            @Override
            public void connectFailed(ConnectFailure failure) {
            }

            @Override
            public void connectionLost(String reason) {
                created.connectionLost();
            }
        });
        created.start();
        outbox = queue;
        sender = created;
        return created;
    }

    private DurableOutbox outbox() {
        DurableOutbox current = outbox;
        assertNotNull(current);
        return current;
    }

    /** Queues changes of {@code Counter} with the states from..to-1, as the event thread does at interval 0. */
    private void offer(int from, int to) {
        OutboxSender current = sender;
        assertNotNull(current);
        for (int i = from; i < to; i++) {
            outbox().add(Changes.number("Counter", String.valueOf(i)));
            current.requestDrain();
        }
        scheduler.runDue();
    }

    private List<String> statesSent() {
        return broker.payloads().stream().map(OutboxSenderTest::state).toList();
    }

    private static String state(String payload) {
        return json(payload).get("state").getAsString();
    }

    private static JsonObject json(String payload) {
        return JsonParser.parseString(payload).getAsJsonObject();
    }

    private static List<String> range(int from, int to) {
        return IntStream.range(from, to).mapToObj(String::valueOf).toList();
    }

    private EndpointStatistics statistics() {
        OutboxSender current = sender;
        assertNotNull(current);
        return current.statistics(broker.isConnected(), lastError);
    }

    @Test
    void changesQueuedWhileTheLinkIsDownGoOutInOrderOnceItComesUp() {
        sender(c -> c.interval = 0);
        offer(0, 3);
        assertEquals(List.of(), broker.published(), "nothing can be sent before the link is up");

        broker.connect();
        scheduler.runDue();

        assertEquals(range(0, 3), statesSent());
        assertEquals(3, statistics().inFlight(), "sent but not yet acknowledged");
        assertEquals(0, statistics().sent());
    }

    @Test
    void aChangeLeavesTheOutboxOnlyWhenTheBrokerAcknowledgedIt() {
        sender(c -> c.interval = 0);
        broker.connect();
        offer(0, 2);

        assertEquals(2, statistics().inFlight());
        broker.acknowledge(0);
        scheduler.runDue();
        assertEquals(1, statistics().inFlight());
        assertEquals(1, statistics().sent());

        broker.acknowledge(1);
        scheduler.runDue();
        assertEquals(new EndpointStatistics(true, false, 0, 0, 2, 0, 0, statistics().lastSuccess(), null),
                statistics());
        assertTrue(statistics().lastSuccess() > 0, "the time of the last acknowledgement is kept");
    }

    @Test
    void neverMoreThanTheInFlightWindowWaitsForTheBrokerAndAcknowledgementsRefillIt() {
        sender(c -> {
            c.interval = 0;
            c.maxInFlight = 10;
        });
        broker.connect();
        offer(0, 25);
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
        assertEquals(range(0, 25), statesSent(), "every change once, in order");
        assertEquals(10, broker.maxInFlight(), "the window was never exceeded");
        assertEquals(25, statistics().sent());
        assertEquals(0, outbox().waiting());
    }

    @Test
    void aFailureWithTheLinkUpHoldsSendingForTheRetryIntervalThenTheSameChangeGoesFirst() {
        sender(c -> {
            c.interval = 0;
            c.retryInterval = 30;
        });
        broker.connect();
        offer(0, 1);
        broker.fail(0, "not authorized for this topic");
        scheduler.runDue();
        offer(1, 3);

        assertEquals(1, broker.published().size(), "nothing goes while the retry holds");
        assertEquals("delivery failed: not authorized for this topic", lastError);
        assertEquals(1, statistics().failed());
        assertEquals(3, statistics().queued(), "the failed change waits again, before the newer ones");

        scheduler.advance(Duration.ofSeconds(29));
        assertEquals(1, broker.published().size(), "still held one second before the retry interval ends");
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(List.of("0", "0", "1", "2"), statesSent(), "after the hold, the failed change first, in order");
        assertEquals(json(broker.payloads().get(0)).get("seq"), json(broker.payloads().get(1)).get("seq"),
                "a change sent again keeps its sequence number");
    }

    @Test
    void aPublishTheClientRefusesIsNotLostAndTriedAgainAfterTheRetryInterval() {
        sender(c -> {
            c.interval = 0;
            c.retryInterval = 5;
        });
        broker.connect();
        broker.refuseNext(1);
        offer(0, 2);
        assertEquals(List.of(), broker.published(), "refused, and the next one must not overtake it");

        scheduler.advance(Duration.ofSeconds(5));

        assertEquals(range(0, 2), statesSent());
    }

    @Test
    void aChangeThatKeepsFailingWithTheLinkUpIsSetAsideAsADeadLetterAndTheRestGoOn() {
        sender(c -> {
            c.interval = 0;
            c.retryInterval = 1;
            c.maxRetries = 2;
        });
        broker.connect();
        offer(0, 2);
        broker.acknowledge(1);
        int attemptIndex = 0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals("0", state(broker.payloads().get(attemptIndex)), "attempt " + attempt + " sends change 0");
            broker.fail(attemptIndex, "rejected");
            scheduler.advance(Duration.ofSeconds(1));
            attemptIndex = broker.published().size() - 1;
        }

        assertEquals(1, statistics().dropped(), "the dead letter is counted as dropped");
        assertEquals(0, outbox().waiting(), "the dead letter left the outbox");
        offer(2, 3);
        assertEquals("2", state(broker.payloads().get(broker.published().size() - 1)),
                "changes behind the dead letter are sent");
    }

    @Test
    void whenTheLinkBreaksEverythingInFlightIsSentAgainAfterTheReconnectWithoutCountingAgainstIt() {
        sender(c -> {
            c.interval = 0;
            c.maxRetries = 1;
        });
        broker.connect();
        offer(0, 5);
        broker.acknowledge(0);
        scheduler.runDue();

        broker.breakLink("Connection lost");
        scheduler.runDue();
        assertEquals(4, statistics().queued(), "the four unacknowledged changes wait again");
        assertEquals(0, statistics().inFlight());
        broker.connect();
        scheduler.runDue();

        assertEquals(List.of("0", "1", "2", "3", "4", "1", "2", "3", "4"), statesSent(),
                "the four are sent again, in order, right after the reconnect");
        broker.acknowledgeAll();
        scheduler.runDue();
        assertEquals(5, statistics().sent());
        assertEquals(0, statistics().dropped(), "a lost link never makes a dead letter");
    }

    @Test
    void inIntervalModeChangesWaitForTheTickOfTheEndpoint() {
        OutboxSender current = sender(c -> c.interval = 5);
        broker.connect();
        scheduler.runDue();
        for (int i = 0; i < 3; i++) {
            // as the endpoint queues them in interval mode: no send request
            outbox().add(Changes.number("Counter", String.valueOf(i)));
        }
        scheduler.runDue();
        assertEquals(List.of(), broker.published(), "with an interval nothing goes at once");

        current.openRound();
        scheduler.runDue();

        assertEquals(List.of("2"), statesSent(), "the tick sends the latest state of the item (coalesce)");
    }

    @Test
    void pausedSendsNothingAndResumingSendsWhatQueuedMeanwhile() {
        OutboxSender current = sender(c -> c.interval = 0);
        broker.connect();
        current.pause();
        offer(0, 3);
        assertEquals(List.of(), broker.published());
        assertTrue(statistics().paused());

        current.resume();
        scheduler.runDue();

        assertEquals(range(0, 3), statesSent());
    }
}
