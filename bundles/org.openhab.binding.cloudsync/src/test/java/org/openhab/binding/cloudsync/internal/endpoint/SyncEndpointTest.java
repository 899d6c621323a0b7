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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.outbox.DurableOutbox;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
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
 * also after the broker was down.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SyncEndpointTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final RecordingStatus status = new RecordingStatus();
    private @Nullable EmbeddedBroker broker;
    private @Nullable SyncEndpoint endpoint;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedBroker.start();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        SyncEndpoint current = endpoint;
        if (current != null) {
            current.stop();
        }
        EmbeddedBroker currentBroker = broker;
        if (currentBroker != null) {
            currentBroker.close();
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    private SyncEndpoint endpoint(int port, Consumer<EndpointConfiguration> configure) throws Exception {
        EndpointSettings settings = TestSettings.endpoint(port, configure);
        SyncEndpoint created = new SyncEndpoint("test", settings,
                DurableOutbox.inMemory("test", settings.outbox(), settings.delivery().coalesce(), scheduler), scheduler,
                status, item -> null);
        endpoint = created;
        created.start();
        return created;
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

    private EmbeddedBroker broker() {
        EmbeddedBroker current = broker;
        assertNotNull(current);
        return current;
    }

    @Test
    void changeOfferedWithIntervalZeroArrivesAsJsonOnItsTopic() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(0, broker().port());
            status.awaitOnline();

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
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(0, broker().port());
            status.awaitOnline();

            for (int i = 0; i < 200; i++) {
                sync.offer(change("Counter", String.valueOf(i)));
            }

            List<Received> received = collector.await(200, TIMEOUT);
            List<String> states = received.stream().map(SyncEndpointTest::state).toList();
            assertEquals(IntStream.range(0, 200).mapToObj(String::valueOf).toList(), states);
        }
    }

    @Test
    void intervalModeHoldsChangesUntilTheNextTick() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(2, broker().port());
            status.awaitOnline();
            // the connect already opened a round; let it close on the empty outbox
            Thread.sleep(200);

            sync.offer(change("Kitchen_Temp", "20"));

            assertEquals(0, collector.await(1, Duration.ofMillis(800)).size(),
                    "with interval 2 s nothing may be sent right away");
            assertEquals(1, collector.await(1, Duration.ofSeconds(5)).size(), "the tick must send the change");
        }
    }

    @Test
    void changesQueuedWhileTheBrokerIsDownArriveAfterItComesUp() throws Exception {
        int port = broker().port();
        broker().down();
        SyncEndpoint sync = endpoint(0, port);
        status.awaitCommunicationProblem();

        for (int i = 0; i < 20; i++) {
            sync.offer(change("Counter", String.valueOf(i)));
        }
        assertEquals(20, sync.outbox().waiting(), "changes wait in the outbox while the broker is down");

        // held until the collector listens, so that it cannot miss what the reconnect sends
        sync.pause();
        broker().up();
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/+/state")) {
            status.awaitOnline();
            sync.resume();
            List<Received> received = collector.await(20, TIMEOUT);
            assertEquals(20, received.size(), "every queued change must arrive once the broker is back");
        }
        assertEquals(0, sync.outbox().waiting());
    }

    @Test
    void intervalModeWithCoalesceSendsOnlyTheLatestStateOfEachItem() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(broker().port(), c -> c.interval = 1);
            status.awaitOnline();
            // the connect opens a send round for what waited; let it close on the empty outbox
            Thread.sleep(300);

            for (int i = 1; i <= 10; i++) {
                sync.offer(change("Counter", String.valueOf(i)));
            }
            sync.offer(change("Other", "7"));

            List<Received> received = collector.await(2, Duration.ofSeconds(5));
            assertEquals(1, collector.await(3, Duration.ofMillis(1500)).stream()
                    .filter(m -> m.topic().equals("openhab/Counter/state")).count(),
                    "one message for Counter expected, got " + collector.all());
            assertTrue(received.stream().anyMatch(m -> m.topic().equals("openhab/Counter/state") && state(m).equals("10")),
                    "the latest Counter state must be the one sent: " + received);
        }
    }

    @Test
    void jsonBatchSendsOneMessageWithAllChangesToTheBatchTopic() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().uri(), "#")) {
            SyncEndpoint sync = endpoint(broker().port(), c -> {
                c.interval = 1;
                c.mode = "all";
                c.payloadFormat = "json-batch";
                c.staticFields = List.of("site=home1");
            });
            status.awaitOnline();

            sync.offer(change("A", "1"));
            sync.offer(change("B", "2"));
            sync.offer(change("A", "3"));

            List<Received> received = collector.await(1, Duration.ofSeconds(5));
            assertEquals(1, received.size(), "one batch message expected: " + received);
            assertEquals("openhab/test/batch", received.get(0).topic());
            JsonObject batch = JsonParser.parseString(received.get(0).payload()).getAsJsonObject();
            assertEquals("home1", batch.get("site").getAsString());
            JsonArray items = batch.getAsJsonArray("items");
            assertEquals(List.of("A=1", "B=2", "A=3"), items.asList().stream().map(JsonElement::getAsJsonObject)
                    .map(o -> o.get("item").getAsString() + "=" + o.get("state").getAsString()).toList());
            // the broker may forward the batch before our client has read its PUBACK
            long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
            while (sync.sent() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(3, sync.sent(), "the broker's acknowledgement counts all three changes as sent");
        }
    }

    @Test
    void rawFormatSendsTheBareState() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(broker().port(), c -> {
                c.interval = 0;
                c.payloadFormat = "raw";
            });
            status.awaitOnline();

            sync.offer(Changes.text("Light", "ON"));

            List<Received> received = collector.await(1, TIMEOUT);
            assertEquals("ON", received.get(0).payload());
        }
    }

    @Test
    void changeLargerThanTheMessageLimitIsSetAsideAndCountedWithoutBlockingOthers() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            SyncEndpoint sync = endpoint(broker().port(), c -> {
                c.interval = 0;
                c.maxMessageBytes = 1024;
                c.payloadFormat = "raw";
            });
            status.awaitOnline();

            sync.offer(Changes.image("Camera", new byte[4096], "image/png"));
            sync.offer(Changes.text("Light", "ON"));

            List<Received> received = collector.await(1, TIMEOUT);
            assertEquals("openhab/Light/state", received.get(0).topic());
            assertEquals(1, sync.oversized());
            assertEquals(0, sync.outbox().waiting());
        }
    }

    @Test
    void closedPortIsReportedAsCommunicationProblemWithTheCause() throws Exception {
        endpoint(0, EmbeddedBroker.freePort());

        String text = status.awaitCommunicationProblem();

        assertTrue(text.startsWith("offline.comm-error-connect"), text);
        assertTrue(text.toLowerCase().contains("refused"), "the cause must be named: " + text);
    }

    /** Records status reports and lets tests wait for them. */
    static final class RecordingStatus implements EndpointStatusListener {
        final List<String> reports = new CopyOnWriteArrayList<>();

        @Override
        public void online() {
            record("ONLINE");
        }

        @Override
        public void configurationProblem(String textKey, String... arguments) {
            record("CONFIG " + textKey + " " + List.of(arguments));
        }

        @Override
        public void communicationProblem(String textKey, String... arguments) {
            record("COMM " + textKey + " " + List.of(arguments));
        }

        private synchronized void record(String report) {
            reports.add(report);
            notifyAll();
        }

        synchronized String await(String prefix) throws InterruptedException {
            long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
            while (System.currentTimeMillis() < deadline) {
                for (String report : reports) {
                    if (report.startsWith(prefix)) {
                        return report.substring(prefix.length()).trim();
                    }
                }
                wait(100);
            }
            return fail("no status report starting with " + prefix + "; got " + reports);
        }

        void awaitOnline() throws InterruptedException {
            await("ONLINE");
            reports.clear();
        }

        String awaitCommunicationProblem() throws InterruptedException {
            return await("COMM");
        }
    }
}
