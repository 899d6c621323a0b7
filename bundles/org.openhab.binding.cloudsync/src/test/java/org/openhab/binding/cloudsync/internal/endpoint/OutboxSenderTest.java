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
import java.util.ArrayList;
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
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
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
    private @Nullable SegmentedOutbox outbox;
    private @Nullable OutboxSender sender;
    private @Nullable String lastError;

    @AfterEach
    void close() {
        SegmentedOutbox current = outbox;
        if (current != null) {
            current.close();
        }
    }

    /** A started sender on an outbox in the heap; the link is down until the test connects. */
    private OutboxSender sender(Consumer<EndpointConfiguration> configure) {
        return sender(TestSettings.endpoint(1883, configure));
    }

    /** A started sender at interval 0 with these rate limits (0 for none). */
    private OutboxSender senderLimitedTo(long messagesPerSecond, long bytesPerSecond) {
        EndpointSettings settings = TestSettings.endpoint(1883, c -> c.interval = 0);
        DeliverySettings delivery = settings.delivery();
        return sender(new EndpointSettings(settings.selection(), settings.payload(),
                new DeliverySettings(delivery.qos(), delivery.retain(), delivery.intervalSeconds(), delivery.coalesce(),
                        delivery.publishOnConnect(), messagesPerSecond, bytesPerSecond),
                settings.connection(), settings.outbox(), settings.rules()));
    }

    private OutboxSender sender(EndpointSettings settings) {
        SegmentedOutbox queue = SegmentedOutbox.inHeap("test", settings.outbox(), settings.delivery().coalesce(),
                scheduler);
        OutboxSender created = new OutboxSender("test", settings, queue, scheduler, broker,
                new MessageBuilder(settings.payload(), settings.rules(), item -> null), error -> lastError = error,
                scheduler::nanos);
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
                created.linkBroke();
            }
        });
        created.start();
        outbox = queue;
        sender = created;
        return created;
    }

    private SegmentedOutbox outbox() {
        SegmentedOutbox current = outbox;
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

        assertEquals(List.of("0", "1", "2", "3", "4", "1"), statesSent(),
                "right after the reconnect the oldest of them goes first, alone: any of them may have broken the link");
        for (int index = 5; index < 8; index++) {
            assertEquals(1, broker.waitingForAnswer(), "one at a time");
            broker.acknowledge(index);
            scheduler.runDue();
        }
        assertEquals(List.of("0", "1", "2", "3", "4", "1", "2", "3", "4"), statesSent(),
                "the four that were in flight go one at a time, in order, each once the one before landed");
        broker.acknowledgeAll();
        scheduler.runDue();
        assertEquals(5, statistics().sent());
        assertEquals(0, statistics().dropped(), "a lost link never makes a dead letter by itself");
    }

    @Test
    void aMessageAfterWhichTheBrokerDropsTheLinkThreeTimesInARowIsSetAsideAndDeliveryGoesOn() {
        sender(c -> c.interval = 0);
        broker.connect();
        offer(0, 4);
        broker.acknowledge(0);
        scheduler.runDue();
        // the broker closes the connection on change 1, before acknowledging it; 2 and 3 were sent with it
        breakAndReconnect();
        assertEquals(List.of("0", "1", "2", "3", "1"), statesSent(),
                "after a break with several in flight, they go one at a time: 1 alone first");
        for (int strike = 1; strike <= 3; strike++) {
            breakAndReconnect();
            if (strike < 3) {
                assertEquals("1", state(broker.payloads().get(broker.published().size() - 1)),
                        "after strike " + strike + " the suspect is sent again, alone");
                assertEquals(1, broker.waitingForAnswer(), "nothing else is in flight with the suspect");
            }
        }

        assertEquals("2", state(broker.payloads().get(broker.published().size() - 1)),
                "after three breaks with it alone the poison is set aside and the next change goes");
        assertEquals(1, statistics().dropped(), "the poison message counts as dropped");
        for (int round = 0; round < 3; round++) {
            broker.acknowledgeAll();
            scheduler.runDue();
        }
        assertEquals(3, statistics().sent());
        assertEquals(0, outbox().waiting());
    }

    private void breakAndReconnect() {
        broker.breakLink("Connection lost");
        scheduler.runDue();
        broker.connect();
        scheduler.runDue();
    }

    @Test
    void aChangeSentAloneAndAcknowledgedAfterABreakIsNoSuspect() {
        sender(c -> c.interval = 0);
        broker.connect();
        offer(0, 3);

        breakAndReconnect();
        for (int round = 0; round < 3; round++) {
            broker.acknowledgeAll();
            scheduler.runDue();
        }
        for (int round = 0; round < 3; round++) {
            // later breaks with nothing in flight
            breakAndReconnect();
        }

        assertEquals(3, statistics().sent());
        assertEquals(0, statistics().dropped());
    }

    @Test
    void breaksWithNothingInFlightOrWithDifferentMessagesMakeNoDeadLetter() {
        sender(c -> c.interval = 0);
        broker.connect();
        for (int round = 0; round < 5; round++) {
            // a broker that goes down while idle, then comes back
            broker.breakLink("Connection refused");
            broker.connect();
            offer(round, round + 1);
            broker.acknowledgeAll();
            scheduler.runDue();
        }

        assertEquals(range(0, 5), statesSent());
        assertEquals(0, statistics().dropped());
    }

    /**
     * Offers changes as fast as the outbox takes them, answers every publish at once, and advances the clock in
     * 10 ms steps for {@code seconds}; returns the publishes, in bytes or messages, of each second.
     */
    private List<Long> sustainedBurst(int changes, int seconds, boolean bytes) {
        offer(0, changes);
        List<Long> perSecond = new ArrayList<>();
        int counted = 0;
        for (int second = 0; second < seconds; second++) {
            for (int step = 0; step < 100; step++) {
                broker.acknowledgeAll();
                scheduler.advance(Duration.ofMillis(10));
            }
            List<FakeTransport.Publish> published = broker.published();
            long sum = 0;
            for (int i = counted; i < published.size(); i++) {
                sum += bytes ? published.get(i).payload().length : 1;
            }
            counted = published.size();
            perSecond.add(sum);
        }
        return perSecond;
    }

    @Test
    void aSustainedBurstIsHeldAtTheMessageRateAndNothingIsDropped() {
        senderLimitedTo(100, 0);
        broker.connect();

        List<Long> perSecond = sustainedBurst(3_200, 30, false);

        // the first second may also spend the bucket's burst of one second
        long sustained = perSecond.subList(1, perSecond.size()).stream().mapToLong(Long::longValue).sum();
        assertEquals(29 * 100, sustained, 29 * 100 * 0.05, "29 seconds at 100 messages/s within 5 %: " + perSecond);
        for (long second : perSecond.subList(1, perSecond.size())) {
            assertTrue(second <= 105, "no second above the rate: " + perSecond);
        }
        assertEquals(0, statistics().dropped(), "waiting for the rate drops nothing");
        assertTrue(outbox().waiting() > 0, "what the rate held back still waits in the outbox");
    }

    @Test
    void aSustainedBurstIsHeldAtTheByteRate() {
        senderLimitedTo(0, 10_000);
        broker.connect();

        List<Long> perSecond = sustainedBurst(2_000, 20, true);

        long sustained = perSecond.subList(1, perSecond.size()).stream().mapToLong(Long::longValue).sum();
        assertEquals(19 * 10_000, sustained, 19 * 10_000 * 0.05,
                "19 seconds at 10,000 bytes/s within 5 %: " + perSecond);
        assertEquals(0, statistics().dropped());
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
