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
package org.openhab.binding.cloudsync.internal.console;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.handler.CloudSyncEndpointHandler;
import org.openhab.binding.cloudsync.internal.handler.EndpointDirectory;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.intake.ItemStateListener;
import org.openhab.binding.cloudsync.internal.mqtt.PahoTransport;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.binding.cloudsync.internal.testutil.TestItems;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.console.Console;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;

/**
 * Specifies every {@code openhab:cloudsync} sub-command against real endpoints and a real broker: what it
 * prints, what it does at the broker, and that bad arguments print the usage and never throw.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class CloudSyncConsoleCommandTest {

    private static final String SECRET = "s3cr3t-pw-4711";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final EndpointDirectory directory = new EndpointDirectory();
    private @Nullable SyncHub hub;
    private @Nullable CloudSyncConsoleCommand command;
    private final List<CloudSyncEndpointHandler> handlers = new ArrayList<>();
    @RegisterExtension
    final BrokerExtension broker = new BrokerExtension();
    private @Nullable ItemCatalog catalog;

    @BeforeEach
    void setUp() {
        ItemRegistry registry = mock(ItemRegistry.class);
        Item light = TestItems.item("Hall_Light", "Switch", "gHall");
        when(light.getState()).thenReturn(OnOffType.ON);
        Item counter = TestItems.item("Counter", "Number");
        when(counter.getState()).thenReturn(new DecimalType(42));
        Item hall = TestItems.item("gHall", "Group");
        when(hall.getState()).thenReturn(OnOffType.ON);
        when(registry.getItems()).thenReturn(List.of(light, counter, hall));
        when(registry.get("Hall_Light")).thenReturn(light);
        when(registry.get("Counter")).thenReturn(counter);
        when(registry.get("gHall")).thenReturn(hall);
        ItemCatalog items = new ItemCatalog(registry);
        catalog = items;
        hub = new SyncHub(items);
        command = new CloudSyncConsoleCommand(directory, items);
    }

    private CloudSyncConsoleCommand command() {
        CloudSyncConsoleCommand current = command;
        assertNotNull(current);
        return current;
    }

    @AfterEach
    void tearDown() {
        handlers.forEach(CloudSyncEndpointHandler::dispose);
    }

    /** An endpoint Thing whose status follows what the handler reports, as openHAB's Thing manager does. */
    private CloudSyncEndpointHandler endpoint(String id, Map<String, Object> parameters) {
        Map<String, Object> config = new HashMap<>(parameters);
        config.putIfAbsent("host", "127.0.0.1");
        config.putIfAbsent("port", new BigDecimal(broker.get().port()));
        config.putIfAbsent("interval", new BigDecimal(60));
        config.putIfAbsent("clientId", "console-test-" + id);
        // each test starts with an empty queue: nothing left over from an earlier test of the same Thing
        config.putIfAbsent("persistent", false);
        Thing thing = mock(Thing.class);
        ThingStatusInfo[] status = { new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null) };
        when(thing.getUID()).thenReturn(new ThingUID(CloudSyncBindingConstants.THING_TYPE_MQTT, id));
        when(thing.getThingTypeUID()).thenReturn(CloudSyncBindingConstants.THING_TYPE_MQTT);
        when(thing.getLabel()).thenReturn("Broker " + id);
        when(thing.getConfiguration()).thenReturn(new Configuration(config));
        when(thing.getStatusInfo()).thenAnswer(i -> status[0]);
        when(thing.getStatus()).thenAnswer(i -> status[0].getStatus());
        ItemCatalog currentCatalog = catalog;
        assertNotNull(currentCatalog);
        SyncHub currentHub = hub;
        assertNotNull(currentHub);
        CloudSyncEndpointHandler handler = new CloudSyncEndpointHandler(thing, currentHub, currentCatalog, directory,
                PahoTransport::new);
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        doAnswer(invocation -> {
            status[0] = invocation.getArgument(1);
            return null;
        }).when(callback).statusUpdated(any(), any());
        handler.setCallback(callback);
        handler.initialize();
        handlers.add(handler);
        return handler;
    }

    private CloudSyncEndpointHandler onlineEndpoint(String id, Map<String, Object> parameters) {
        CloudSyncEndpointHandler handler = endpoint(id, parameters);
        try {
            assertTrue(Conditions.await(() -> handler.getThing().getStatus() == ThingStatus.ONLINE, TIMEOUT),
                    "endpoint " + id + " did not come ONLINE: " + handler.getThing().getStatusInfo());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return handler;
    }

    private String run(String... args) {
        RecordingConsole console = new RecordingConsole();
        command().execute(args, console);
        return console.text();
    }

    private void changeLight(OnOffType state) {
        SyncHub currentHub = hub;
        assertNotNull(currentHub);
        new ItemStateListener(currentHub).receive(ItemEventFactory.createStateChangedEvent("Hall_Light", state,
                state == OnOffType.ON ? OnOffType.OFF : OnOffType.ON));
    }

    @Test
    void withoutArgumentsItPrintsTheUsage() {
        String output = run();

        assertTrue(output.contains("cloudsync list"), output);
        assertTrue(output.contains("cloudsync purge <thing> [--yes]"), output);
    }

    @Test
    void unknownSubCommandPrintsTheUsage() {
        assertTrue(run("explode").contains("cloudsync list"));
    }

    @Test
    void listWithoutEndpointsSaysSo() {
        assertEquals("No Cloud Sync endpoints.\n", run("list"));
    }

    @Test
    void listShowsEachEndpointWithStatusBrokerAndCounters() {
        onlineEndpoint("home", Map.of());
        endpoint("broken", Map.of("port", new BigDecimal(0)));

        String output = run("list");

        assertTrue(output.contains("cloudsync:mqtt:home"), output);
        assertTrue(output.contains("Broker home"), output);
        assertTrue(output.contains("ONLINE"), output);
        assertTrue(output.contains("127.0.0.1:" + broker.get().port()), output);
        assertTrue(output.contains("cloudsync:mqtt:broken") && output.contains("OFFLINE"),
                "a misconfigured endpoint is listed too: " + output);
    }

    @Test
    void statusOfAnUnknownThingNamesTheKnownOnes() {
        endpoint("home", Map.of());

        assertEquals("No Cloud Sync endpoint cloudsync:mqtt:nope. Known: cloudsync:mqtt:home\n",
                run("status", "cloudsync:mqtt:nope"));
    }

    @Test
    void statusShowsTheConfigurationWithSecretsMasked() {
        onlineEndpoint("home", Map.of("username", "alice", "password", SECRET));

        String output = run("status", "cloudsync:mqtt:home");

        assertTrue(output.contains("password = ***"), output);
        assertTrue(output.contains("username = alice"), output);
        assertTrue(output.contains("Connected:     true"), output);
        assertTrue(output.contains("TLS:           off"), output);
        assertTrue(output.contains("Outbox:        in the heap (lost on restart)"),
                "persistent=false must be shown as a queue that a restart loses: " + output);
        assertFalse(output.contains(SECRET), "the password must never be printed: " + output);
    }

    @Test
    void statusWithoutThingPrintsTheUsage() {
        assertTrue(run("status").contains("cloudsync list"));
    }

    @Test
    void flushSendsQueuedChangesBeforeTheInterval() throws Exception {
        CloudSyncEndpointHandler handler = onlineEndpoint("home", Map.of("interval", new BigDecimal(600)));
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/+/state")) {
            changeLight(OnOffType.OFF);
            assertEquals(0, collector.await(1, Duration.ofMillis(500)).size(), "interval 600 s holds the change");

            String output = run("flush", "cloudsync:mqtt:home");

            assertTrue(output.contains("cloudsync:mqtt:home: sending 1 queued changes now"), output);
            assertEquals(1, collector.await(1, TIMEOUT).size(), "flush must send the queued change");
            assertNotNull(handler.getEndpoint());
        }
    }

    @Test
    void pauseKeepsChangesQueuedUntilResume() throws Exception {
        onlineEndpoint("home", Map.of("interval", BigDecimal.ZERO));
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/+/state")) {
            assertTrue(run("pause").contains("paused; changes keep queueing"));
            changeLight(OnOffType.OFF);
            assertEquals(0, collector.await(1, Duration.ofMillis(700)).size(), "nothing is sent while paused");

            String output = run("resume", "cloudsync:mqtt:home");

            assertTrue(output.contains("sending again, 1 queued changes first"), output);
            assertEquals(1, collector.await(1, TIMEOUT).size());
        }
    }

    @Test
    void purgeWithoutYesOnlySaysWhatItWouldDrop() {
        onlineEndpoint("home", Map.of());
        changeLight(OnOffType.OFF);

        String output = run("purge", "cloudsync:mqtt:home");

        assertTrue(output.contains("1 queued changes would be dropped. Add --yes to drop them."), output);
        CloudSyncEndpointHandler handler = directory.get("cloudsync:mqtt:home");
        assertNotNull(handler);
        assertEquals(1, handler.getEndpoint().statistics().queued());
    }

    @Test
    void purgeWithYesDropsTheBacklog() {
        onlineEndpoint("home", Map.of());
        changeLight(OnOffType.OFF);

        String output = run("purge", "cloudsync:mqtt:home", "--yes");

        assertTrue(output.contains("dropped 1 queued changes"), output);
        CloudSyncEndpointHandler handler = directory.get("cloudsync:mqtt:home");
        assertNotNull(handler);
        assertEquals(0, handler.getEndpoint().statistics().queued());
    }

    @Test
    void purgeWithoutThingPrintsTheUsage() {
        assertTrue(run("purge", "--yes").contains("cloudsync list"));
    }

    @Test
    void republishSendsTheCurrentStateOfEverySelectedItem() throws Exception {
        onlineEndpoint("home", Map.of("include", List.of("Hall_Light", "Counter")));
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/+/state")) {
            String output = run("republish", "cloudsync:mqtt:home");

            assertTrue(output.contains("republishing the current state of 2 items"), output);
            List<Received> received = collector.await(2, TIMEOUT);
            assertEquals(List.of("openhab/Counter/state", "openhab/Hall_Light/state"),
                    received.stream().map(Received::topic).sorted().toList());
        }
    }

    @Test
    void republishOfAGroupSendsItsMembers() throws Exception {
        onlineEndpoint("home", Map.of());
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/+/state")) {
            String output = run("republish", "gHall");

            assertTrue(output.contains("republishing the current state of 2 items"), output);
            assertEquals(List.of("openhab/Hall_Light/state", "openhab/gHall/state"),
                    collector.await(2, TIMEOUT).stream().map(Received::topic).sorted().toList());
        }
    }

    @Test
    void testPublishesAMessageAndReportsTheAcknowledgement() throws Exception {
        onlineEndpoint("home", Map.of());
        try (MessageCollector collector = new MessageCollector(broker.get().uri(), "openhab/+/state")) {
            String output = run("test", "cloudsync:mqtt:home");

            assertTrue(output.contains("publishing a test message to openhab/CloudSync_Test/state"), output);
            assertTrue(output.matches("(?s).*The broker acknowledged it after \\d+ ms \\(QoS 1\\)\\..*"), output);
            assertEquals(1, collector.await(1, TIMEOUT).size());
        }
    }

    @Test
    void testWhileTheBrokerIsDownSaysItFailed() {
        onlineEndpoint("home", Map.of());
        broker.get().down();

        String output = run("test", "cloudsync:mqtt:home");

        assertTrue(output.contains("Failed:"), output);
    }

    @Test
    void commandsOnAMisconfiguredEndpointSayItIsNotRunning() {
        endpoint("broken", Map.of("port", new BigDecimal(0)));

        assertTrue(run("flush", "cloudsync:mqtt:broken").contains("not running (OFFLINE / CONFIGURATION_ERROR)"));
    }

    @Test
    void completerOffersSubCommandsThenThings() {
        endpoint("home", Map.of());
        List<String> candidates = new ArrayList<>();

        assertTrue(command().complete(new String[] { "re" }, 0, 2, candidates));
        assertEquals(List.of("resume ", "republish "), candidates);

        candidates.clear();
        assertTrue(command().complete(new String[] { "status", "cloud" }, 1, 5, candidates));
        assertEquals(List.of("cloudsync:mqtt:home "), candidates);
    }

    @Test
    void noOutputOfAnyCommandContainsASecret() {
        onlineEndpoint("home", Map.of("username", "alice", "password", SECRET));
        StringBuilder all = new StringBuilder();
        for (String[] args : List.of(new String[] { "list" }, new String[] { "status", "cloudsync:mqtt:home" },
                new String[] { "flush" }, new String[] { "pause" }, new String[] { "resume" },
                new String[] { "purge", "cloudsync:mqtt:home" }, new String[] { "republish" },
                new String[] { "test", "cloudsync:mqtt:home" })) {
            all.append(run(args));
        }

        assertFalse(all.toString().contains(SECRET), all.toString());
    }

    /** Records what the command prints. */
    private static final class RecordingConsole implements Console {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void print(String s) {
            text.append(s);
        }

        @Override
        public void println(String s) {
            text.append(s).append('\n');
        }

        @Override
        public void printUsage(String s) {
            text.append("Usage: ").append(s).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
