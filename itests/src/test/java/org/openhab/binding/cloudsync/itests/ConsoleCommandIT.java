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
package org.openhab.binding.cloudsync.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.binding.cloudsync.itests.support.Json;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder.Received;
import org.openhab.binding.cloudsync.itests.support.TestBed;
import org.openhab.binding.cloudsync.itests.support.Waits;

/**
 * The {@link ConsoleCommandIT} runs the add-on's console command {@code openhab:cloudsync} as openHAB's Karaf bridge
 * would: it looks up the registered {@code ConsoleCommandExtension} service with command {@code cloudsync} (plain
 * OSGi has no console bridge) and calls {@code execute} with a recording console. It checks the printed output and
 * the effect at the broker of {@code list}, {@code flush}, {@code republish}, {@code test} and {@code status}. Each
 * test has an endpoint of its own, with a 60 s interval (so that only a command can make it send early), its own
 * topics and a password that no output may hold; the tests run in any order.
 */
class ConsoleCommandIT {

    private static final String LABEL = "Console itest";
    private static final String SECRET = "itest-secret-password-4711";
    private static final AtomicInteger THINGS = new AtomicInteger();

    private static TestBed bed;
    private static OpenHabDriver openhab;
    private static MqttRecorder recorder;

    /** This test's endpoint, {@code cloudsync:mqtt:consoleN}, publishing to {@code consoleN/<item>}. */
    private String thingUid = "";
    private String topicPrefix = "";

    @BeforeAll
    static void startWithItems() throws Exception {
        bed = TestBed.start();
        openhab = bed.openhab();
        recorder = bed.recorder();
        openhab.addItem("gConsole", "Group", "Console items", List.of(), Set.of());
        openhab.addItem("Console_Temperature", "Number:Temperature", "Temperature", List.of("gConsole"), Set.of());
        openhab.addItem("Console_Switch", "Switch", "Switch", List.of("gConsole"), Set.of());
        openhab.addItem("Console_Other", "Switch", "Not selected", List.of(), Set.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @BeforeEach
    void createEndpoint() throws InterruptedException {
        String id = "console" + THINGS.incrementAndGet();
        thingUid = "cloudsync:mqtt:" + id;
        topicPrefix = id + "/";
        bed.createOnlineThing(thingUid, LABEL, Map.of( //
                "include", List.of("group:gConsole"), //
                "interval", new BigDecimal(60), //
                "topic", id + "/{item}", //
                "statusTopic", "", //
                "username", "itest-user", //
                "password", SECRET));
    }

    @AfterEach
    void removeEndpoint() {
        openhab.removeThing(thingUid);
    }

    @Test
    void listShowsTheEndpointWithItsQueuedChange() throws InterruptedException {
        openhab.postItemStateChanged("Console_Temperature", "19.5 °C", "19 °C");

        String output = awaitRow("1", "0", "never");

        assertTrue(
                output.lines().findFirst().orElse("")
                        .matches("Thing\\s+Label\\s+Status\\s+Broker\\s+Queued\\s+Sent\\s+Failed\\s+Last success"),
                "list starts with its header line:\n" + output);
        assertTrue(recorder.messages(topicPrefix + "Console_Temperature").isEmpty(),
                "with interval 60 nothing is sent before the interval or a flush: " + recorder.messages());
    }

    @Test
    void flushSendsTheQueuedChangeBeforeTheInterval() throws InterruptedException {
        openhab.postItemStateChanged("Console_Temperature", "19.5 °C", "19 °C");
        awaitRow("1", "0", "never");

        String output = cloudsync("flush", thingUid);

        assertEquals(thingUid + ": sending 1 queued changes now\n", output, "output of flush");
        // well before the 60 s interval
        Received message = recorder.await(topicPrefix + "Console_Temperature",
                candidate -> "19.5 °C".equals(state(candidate)), TestBed.DELIVERY_TIMEOUT,
                "with the flushed change to 19.5 °C");
        assertEquals("19 °C", Json.field(message.payload(), "previousState"), "a flushed change is the change itself");
        awaitRow("0", "1", "\\d{4}-\\d\\d-\\d\\dT\\S+Z");
    }

    @Test
    void republishSendsTheCurrentStatesOfTheSelectedItemsAndListCountsThem() throws InterruptedException {
        // states openHAB restored: no event, only the item registry knows them
        openhab.setItemState("Console_Switch", "ON");
        openhab.setItemState("Console_Temperature", "19.5 °C");

        String output = cloudsync("republish", thingUid);

        assertEquals(thingUid + ": republishing the current state of 2 items\n", output,
                "output of republish (gConsole has two members)");
        Received light = recorder.await(topicPrefix + "Console_Switch", candidate -> "ON".equals(state(candidate)),
                TestBed.DELIVERY_TIMEOUT, "with the current state ON of Console_Switch");
        assertNull(Json.field(light.payload(), "previousState"), "a republished state has no previous state: " + light);
        recorder.await(topicPrefix + "Console_Temperature", candidate -> "19.5 °C".equals(state(candidate)),
                TestBed.DELIVERY_TIMEOUT, "with the current state 19.5 °C of Console_Temperature, republished");
        assertTrue(recorder.messages(topicPrefix + "Console_Other").isEmpty(),
                "an item outside the selection was republished: " + recorder.messages());
        awaitRow("0", "2", "\\d{4}-\\d\\d-\\d\\dT\\S+Z");
    }

    @Test
    void testPublishesATestMessageAndReportsTheAcknowledgement() throws InterruptedException {
        String output = cloudsync("test", thingUid);

        List<String> lines = output.lines().toList();
        assertEquals(2, lines.size(), "test prints two lines:\n" + output);
        assertEquals(thingUid + ": publishing a test message to " + topicPrefix + "CloudSync_Test", lines.get(0),
                "first line of test");
        assertTrue(lines.get(1).matches("The broker acknowledged it after \\d+ ms \\(QoS 1\\)\\."),
                "test reports the acknowledgement:\n" + output);
        recorder.await(topicPrefix + "CloudSync_Test",
                candidate -> "true".equals(Json.field(candidate.payload(), "test")), TestBed.DELIVERY_TIMEOUT,
                "with the test message {\"test\":true,...}");
        awaitRow("0", "0", "never");
    }

    @Test
    void badArgumentsPrintUsageOrSayWhatIsWrongAndStatusMasksThePassword() {
        String usage = cloudsync("frobnicate");
        assertTrue(usage.contains("Usage: ") && usage.contains("flush"),
                "an unknown sub-command prints the usage:\n" + usage);
        String unknown = cloudsync("flush", "cloudsync:mqtt:nope");
        assertEquals("No Cloud Sync endpoint cloudsync:mqtt:nope. Known: " + thingUid + "\n", unknown,
                "an unknown Thing is named with the known ones");
        String status = cloudsync("status", thingUid);
        assertTrue(status.contains("password = ***"), "status masks the password:\n" + status);
    }

    /** Runs {@code openhab:cloudsync <args>}; no output may hold the password. */
    private static String cloudsync(String... args) {
        String output = openhab.executeConsoleCommand("cloudsync", List.of(args));
        System.out.println("openhab> openhab:cloudsync " + String.join(" ", args) + "\n" + output);
        assertFalse(output.contains(SECRET), "the console printed the password:\n" + output);
        return output;
    }

    /**
     * Runs {@code list} until it has the endpoint's row: UID, label, ONLINE, broker (no credentials), queued, sent,
     * 0 failed, last success; returns that output.
     */
    private String awaitRow(String queued, String sent, String lastSuccess) throws InterruptedException {
        String broker = "tcp://127.0.0.1:" + bed.broker().port();
        Pattern row = Pattern.compile(Pattern.quote(thingUid) + "\\s+" + Pattern.quote(LABEL) + "\\s+ONLINE\\s+"
                + Pattern.quote(broker) + "\\s+" + queued + "\\s+" + sent + "\\s+0\\s+" + lastSuccess);
        String[] output = { "" };
        Waits.until(() -> {
            output[0] = openhab.executeConsoleCommand("cloudsync", List.of("list"));
            return output[0].lines().anyMatch(line -> row.matcher(line).matches());
        }, TestBed.DELIVERY_TIMEOUT, "list to show a row like '" + row + "'", () -> "it shows:\n" + output[0]);
        return cloudsync("list");
    }

    private static String state(Received message) {
        return Json.field(message.payload(), "state");
    }
}
