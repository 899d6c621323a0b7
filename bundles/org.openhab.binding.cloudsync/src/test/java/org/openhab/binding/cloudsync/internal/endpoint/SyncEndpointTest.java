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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.outbox.MemoryOutbox;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;

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

    private SyncEndpoint endpoint(int intervalSeconds, int port) throws Exception {
        ConnectionSettings connection = new ConnectionSettings("tcp://127.0.0.1:" + port, "endpoint-test", null,
                null, 30, 10, 100, 500);
        EndpointSettings settings = new EndpointSettings(connection,
                TopicTemplate.parse("openhab/{item}/state", "test", 0), 1, false, intervalSeconds, 1000);
        SyncEndpoint created = new SyncEndpoint("test", settings, new MemoryOutbox(1000), scheduler, status,
                item -> null);
        endpoint = created;
        created.start();
        return created;
    }

    private static StateChange change(String item, String state) {
        return new StateChange(item, "Number", state, new BigDecimal(state), null, null, System.currentTimeMillis(),
                null, null);
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
            List<String> states = received.stream()
                    .map(r -> JsonParser.parseString(r.payload()).getAsJsonObject().get("state").getAsString())
                    .toList();
            assertEquals(java.util.stream.IntStream.range(0, 200).mapToObj(String::valueOf).toList(), states);
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

        broker().up();
        try (MessageCollector collector = new MessageCollector(broker().uri(), "openhab/#")) {
            status.awaitOnline();
            List<Received> received = collector.await(20, TIMEOUT);
            assertEquals(20, received.size(), "every queued change must arrive once the broker is back");
        }
        assertEquals(0, sync.outbox().waiting());
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
