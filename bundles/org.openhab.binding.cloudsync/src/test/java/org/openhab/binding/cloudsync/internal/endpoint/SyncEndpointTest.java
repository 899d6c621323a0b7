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
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Specifies what an endpoint delivers to a real broker: every queued change, as JSON on its topic, in order,
 * also after the broker was down; batches and raw messages as the broker receives them. Timing (intervals, retry
 * holds) is specified without a broker in {@link OutboxSenderTest} and {@link SyncEndpointScheduleTest}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SyncEndpointTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @RegisterExtension
    final BrokerExtension broker = new BrokerExtension();
    @RegisterExtension
    final RunningEndpoint running = new RunningEndpoint(TIMEOUT);

    private SyncEndpoint endpoint(int port, Consumer<EndpointConfiguration> configure) throws Exception {
        return running.start("test", TestSettings.endpoint(port, configure));
    }

    private SyncEndpoint endpoint(int intervalSeconds, int port) throws Exception {
        return endpoint(port, c -> c.interval = intervalSeconds);
    }

    private static StateChange change(String item, String state) {
        return Changes.number(item, state);
    }

    private static String state(Received message) {
        return JsonParser.parseString(message.payload()).getAsJsonObject().get("state").getAsString();
    }

    @Test
    void changeOfferedWithIntervalZeroArrivesAsJsonOnItsTopic() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(0, broker.get().port());
            running.status.awaitOnline();

            sync.offer(change("Kitchen_Temp", "21.5"));

            List<Received> received = collector.await(1, TIMEOUT);
            assertEquals(1, received.size(), "one message expected at the broker, got " + received);
            assertEquals("openhab/Kitchen_Temp/state", received.get(0).topic());
            JsonObject json = JsonParser.parseString(received.get(0).payload()).getAsJsonObject();
            assertEquals("Kitchen_Temp", json.get("item").getAsString());
            assertEquals("21.5", json.get("state").getAsString());
            assertEquals(1, received.get(0).qos(), "messages are published with the configured QoS");
        }
    }

    @Test
    void changesOfOneItemArriveInTheOrderTheyHappened() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(0, broker.get().port());
            running.status.awaitOnline();

            for (int i = 0; i < 200; i++) {
                sync.offer(change("Counter", String.valueOf(i)));
            }

            List<Received> received = collector.await(200, TIMEOUT);
            List<String> states = received.stream().map(SyncEndpointTest::state).toList();
            assertEquals(IntStream.range(0, 200).mapToObj(String::valueOf).toList(), states);
        }
    }

    @Test
    void changesQueuedWhileTheBrokerIsDownArriveAfterItComesUp() throws Exception {
        int port = broker.get().port();
        broker.get().down();
        SyncEndpoint sync = endpoint(0, port);
        running.status.awaitCommunicationProblem();

        for (int i = 0; i < 20; i++) {
            sync.offer(change("Counter", String.valueOf(i)));
        }
        assertEquals(20, sync.outbox().waiting(), "changes wait in the outbox while the broker is down");

        // held until the collector listens, so that it cannot miss what the reconnect sends
        sync.pause();
        broker.get().up();
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/+/state")) {
            running.status.awaitOnline();
            sync.resume();
            List<Received> received = collector.await(20, TIMEOUT);
            assertEquals(20, received.size(), "every queued change must arrive once the broker is back");
        }
        assertEquals(0, sync.outbox().waiting());
    }

    @Test
    void jsonBatchSendsOneMessageWithAllChangesToTheBatchTopic() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "#")) {
            SyncEndpoint sync = endpoint(broker.get().port(), c -> {
                c.interval = 0;
                c.payloadFormat = "json-batch";
                c.staticFields = List.of("site=home1");
            });
            running.status.awaitOnline();
            // queued together, so that one send round finds all three
            sync.pause();
            sync.offer(change("A", "1"));
            sync.offer(change("B", "2"));
            sync.offer(change("A", "3"));
            sync.resume();

            List<Received> received = collector.await(1, Duration.ofSeconds(5));
            assertEquals(1, received.size(), "one batch message expected: " + received);
            assertEquals("openhab/test/batch", received.get(0).topic());
            JsonObject batch = JsonParser.parseString(received.get(0).payload()).getAsJsonObject();
            assertEquals("home1", batch.get("site").getAsString());
            JsonArray items = batch.getAsJsonArray("items");
            assertEquals(List.of("A=1", "B=2", "A=3"), items.asList().stream().map(JsonElement::getAsJsonObject)
                    .map(o -> o.get("item").getAsString() + "=" + o.get("state").getAsString()).toList());
            // the broker may forward the batch before our client has read its PUBACK
            assertTrue(Conditions.await(() -> sync.statistics().sent() == 3, TIMEOUT),
                    "the broker's acknowledgement counts all three changes as sent: " + sync.statistics());
        }
    }

    @Test
    void rawFormatSendsTheBareState() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(broker.get().port(), c -> {
                c.interval = 0;
                c.payloadFormat = "raw";
            });
            running.status.awaitOnline();

            sync.offer(Changes.text("Light", "ON"));

            List<Received> received = collector.await(1, TIMEOUT);
            assertEquals("ON", received.get(0).payload());
        }
    }

    @Test
    void changeLargerThanTheMessageLimitIsSetAsideAndCountedWithoutBlockingOthers() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(broker.get().port(), c -> {
                c.interval = 0;
                c.maxMessageBytes = 1024;
                c.payloadFormat = "raw";
            });
            running.status.awaitOnline();

            sync.offer(Changes.image("Camera", new byte[4096], "image/png"));
            sync.offer(Changes.text("Light", "ON"));

            List<Received> received = collector.await(1, TIMEOUT);
            assertEquals("openhab/Light/state", received.get(0).topic());
            assertEquals(1, sync.statistics().dropped(), "the image is set aside and counted");
            assertEquals(0, sync.outbox().waiting());
        }
    }

    @Test
    void closedPortIsReportedAsCommunicationProblemWithTheCause() throws Exception {
        endpoint(0, EmbeddedBroker.freePort());

        String text = running.status.awaitCommunicationProblem();

        assertTrue(text.startsWith("offline.comm-error-connect"), text);
        assertTrue(text.toLowerCase(Locale.ROOT).contains("refused"), "the cause must be named: " + text);
    }
}
