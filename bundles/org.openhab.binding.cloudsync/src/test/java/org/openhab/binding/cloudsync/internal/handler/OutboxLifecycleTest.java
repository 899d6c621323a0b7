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
package org.openhab.binding.cloudsync.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Specifies what happens to an endpoint's queue over the Thing's life: it survives a configuration change
 * (dispose and initialize) and a restart of openHAB (a new handler), is sent once the broker is back, and goes away
 * with the Thing. The queue lives under the userdata folder the build gives the tests ({@code target/userdata}).
 * Switching {@code persistent} off and on is specified without a broker in {@code OutboxKeeperTest}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxLifecycleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<HandlerHarness> harnesses = new ArrayList<>();
    @RegisterExtension
    final BrokerExtension broker = new BrokerExtension();

    @BeforeEach
    void startWithoutAQueue() throws IOException {
        SegmentedOutbox.delete(HandlerHarness.QUEUE_FOLDER);
    }

    @AfterEach
    void stopAll() throws IOException {
        harnesses.forEach(HandlerHarness::close);
        SegmentedOutbox.delete(HandlerHarness.QUEUE_FOLDER);
    }

    /** A broker that is down; the endpoint gets its port. */
    private EmbeddedBroker brokerDown() {
        EmbeddedBroker started = broker.get();
        started.down();
        return started;
    }

    private HandlerHarness initialize(int port, Map<String, Object> extra) {
        Map<String, Object> configuration = new HashMap<>(Map.of("host", "127.0.0.1", "port", port, "interval", 0,
                "reconnectDelayMin", 1, "reconnectDelayMax", 1));
        configuration.putAll(extra);
        HandlerHarness harness = HandlerHarness.initialize(configuration);
        harnesses.add(harness);
        return harness;
    }

    private static SyncEndpoint endpoint(HandlerHarness harness) {
        SyncEndpoint endpoint = harness.handler().getEndpoint();
        assertNotNull(endpoint, "the handler must run an endpoint; statuses: " + harness.statuses());
        return endpoint;
    }

    private static void offer(HandlerHarness harness, int from, int to) {
        for (int i = from; i < to; i++) {
            String state = String.valueOf(i);
            harness.deliverChange(Changes.number("Counter", state));
        }
    }

    private static JsonObject json(Received message) {
        return JsonParser.parseString(message.payload()).getAsJsonObject();
    }

    @Test
    void queueSurvivesAConfigurationChangeAndARestartAndIsSentOnceTheBrokerIsBack() throws Exception {
        EmbeddedBroker down = brokerDown();
        HandlerHarness first = initialize(down.port(), Map.of());
        first.awaitStatus(s -> s.getStatusDetail() == ThingStatusDetail.COMMUNICATION_ERROR, TIMEOUT,
                "OFFLINE (COMMUNICATION_ERROR) while the broker is down");
        offer(first, 0, 20);

        reconfigure(first, "maxRetries", BigDecimal.valueOf(5));
        assertEquals(20, endpoint(first).outbox().waiting(), "the queue must survive a configuration change");
        offer(first, 20, 30);

        // an openHAB restart: a new handler for the same Thing
        first.dispose();
        HandlerHarness second = initialize(down.port(), Map.of());
        assertEquals(30, endpoint(second).outbox().waiting(), "the queue must survive a restart");

        assertArriveInOrder(down, second, 30);
    }

    @Test
    void removingTheThingDeletesItsQueue() {
        EmbeddedBroker down = brokerDown();
        HandlerHarness harness = initialize(down.port(), Map.of());
        offer(harness, 0, 5);
        endpoint(harness);
        assertTrue(Files.isDirectory(HandlerHarness.QUEUE_FOLDER));

        harness.handler().handleRemoval();

        assertFalse(Files.exists(HandlerHarness.QUEUE_FOLDER), "the queue folder of a removed Thing must be gone");
        assertEquals(ThingStatus.REMOVED, Objects.requireNonNull(harness.lastStatus()).getStatus(),
                "openHAB waits for REMOVED before it removes the Thing");
    }

    /**
     * Brings the broker back and checks that the endpoint's Counter changes 0 .. count-1 arrive in order with rising
     * seq. The endpoint waits (paused) until the test's subscriber is in place, so that none is missed.
     */
    private static void assertArriveInOrder(EmbeddedBroker broker, HandlerHarness harness, int count) throws Exception {
        SyncEndpoint endpoint = endpoint(harness);
        endpoint.pause();
        broker.up();
        try (MessageCollector collector = new MessageCollector(broker.uri(), "openhab/#")) {
            endpoint.resume();
            List<Received> received = collector.await(count, TIMEOUT, m -> m.topic().equals("openhab/Counter/state"));
            assertEquals(IntStream.range(0, count).mapToObj(String::valueOf).toList(),
                    received.stream().map(m -> json(m).get("state").getAsString()).toList(),
                    "every queued change must arrive once, in order");
            List<Long> seqs = received.stream().map(m -> json(m).get("seq").getAsLong()).toList();
            for (int i = 1; i < seqs.size(); i++) {
                assertTrue(seqs.get(i) > seqs.get(i - 1), "seq must keep increasing: " + seqs);
            }
        }
    }

    /** What openHAB does to apply a configuration change: dispose, store the new value, initialize. */
    private static void reconfigure(HandlerHarness harness, String parameter, Object value) {
        harness.handler().dispose();
        harness.configuration().put(parameter, value);
        harness.handler().initialize();
    }

    @Test
    void aQueueInMemorySurvivesAConfigurationChange() throws Exception {
        EmbeddedBroker down = brokerDown();
        HandlerHarness harness = initialize(down.port(), Map.of("persistent", false));
        offer(harness, 0, 10);

        reconfigure(harness, "maxRetries", BigDecimal.valueOf(5));
        offer(harness, 10, 15);

        assertEquals(15, endpoint(harness).outbox().waiting(), "the queue in the heap must survive the change");
        assertArriveInOrder(down, harness, 15);
    }
}
