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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.binding.cloudsync.itests.support.Json;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder.Received;
import org.openhab.binding.cloudsync.itests.support.TestBed;

/**
 * The {@link ConsoleCommandIT} runs the add-on's console command {@code openhab:cloudsync} as openHAB's Karaf bridge
 * would: it looks up the registered {@code ConsoleCommandExtension} service with command {@code cloudsync} (plain
 * OSGi has no console bridge) and calls {@code execute} with a recording console. It checks the printed output and
 * the effect at the broker of {@code list}, {@code flush}, {@code republish} and {@code test}, on one endpoint with a
 * 60 s interval (so that only a command can make it send early) and a password that must never be printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleCommandIT {

    private static final String THING_UID = "cloudsync:mqtt:console";
    private static final String LABEL = "Console itest";
    private static final String SECRET = "itest-secret-password-4711";
    private static final String TEMPERATURE_TOPIC = "openhab/Console_Temperature/state";
    private static final String SWITCH_TOPIC = "openhab/Console_Switch/state";

    private static TestBed bed;
    private static OpenHabDriver openhab;
    private static MqttRecorder recorder;
    /** Every output of the console, to check that none holds the password. */
    private static final List<String> outputs = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startWithOneEndpoint() throws Exception {
        bed = TestBed.start();
        openhab = bed.openhab();
        recorder = bed.recorder();
        openhab.addItem("gConsole", "Group", "Console items", List.of(), Set.of());
        openhab.addItem("Console_Temperature", "Number:Temperature", "Temperature", List.of("gConsole"), Set.of());
        openhab.addItem("Console_Switch", "Switch", "Switch", List.of("gConsole"), Set.of());
        openhab.addItem("Console_Other", "Switch", "Not selected", List.of(), Set.of());
        bed.createOnlineThing(THING_UID, LABEL, Map.of( //
                "include", List.of("group:gConsole"), //
                "interval", new BigDecimal(60), //
                "username", "itest-user", //
                "password", SECRET));
    }

    @AfterAll
    static void stop() throws Exception {
        if (bed != null) {
            try {
                openhab.removeThing(THING_UID);
            } finally {
                bed.close();
            }
        }
    }

    @Test
    @Order(1)
    void listShowsTheEndpointWithItsQueuedChange() throws InterruptedException {
        openhab.postItemStateChanged("Console_Temperature", "19.5 °C", "19 °C");
        // the durable outbox's writer stores the change within 50 ms; while it stores, the queued count can read 0
        Thread.sleep(500);

        String output = cloudsync("list");

        assertTrue(output.lines().findFirst().orElse("")
                .matches("Thing\\s+Label\\s+Status\\s+Broker\\s+Queued\\s+Sent\\s+Failed\\s+Last success"),
                "list starts with its header line:\n" + output);
        assertRow(output, "1", "0", "never");
        assertTrue(recorder.messages(TEMPERATURE_TOPIC).isEmpty(),
                "with interval 60 nothing is sent before the interval or a flush: " + recorder.messages());
    }

    @Test
    @Order(2)
    void flushSendsTheQueuedChangeBeforeTheInterval() throws InterruptedException {
        String output = cloudsync("flush", THING_UID);

        assertEquals(THING_UID + ": sending 1 queued changes now\n", output, "output of flush");
        // well before the 60 s interval
        Received message = recorder.await(TEMPERATURE_TOPIC, candidate -> "19.5 °C".equals(state(candidate)),
                TestBed.DELIVERY_TIMEOUT, "with the flushed change to 19.5 °C");
        assertEquals("19 °C", Json.field(message.payload(), "previousState"), "a flushed change is the change itself");
    }

    @Test
    @Order(3)
    void republishSendsTheCurrentStatesOfTheSelectedItems() throws InterruptedException {
        // a state openHAB restored: no event, only the item registry knows it
        openhab.setItemState("Console_Switch", "ON");

        String output = cloudsync("republish", THING_UID);

        assertEquals(THING_UID + ": republishing the current state of 2 items\n", output,
                "output of republish (gConsole has two members)");
        Received light = recorder.await(SWITCH_TOPIC, candidate -> "ON".equals(state(candidate)),
                TestBed.DELIVERY_TIMEOUT, "with the current state ON of Console_Switch");
        assertNull(Json.field(light.payload(), "previousState"), "a republished state has no previous state: " + light);
        recorder.await(TEMPERATURE_TOPIC, candidate -> "19.5 °C".equals(state(candidate))
                && Json.field(candidate.payload(), "previousState") == null, TestBed.DELIVERY_TIMEOUT,
                "with the current state 19.5 °C of Console_Temperature, republished");
        assertTrue(recorder.messages("openhab/Console_Other/state").isEmpty(),
                "an item outside the selection was republished: " + recorder.messages());
    }

    @Test
    @Order(4)
    void testPublishesATestMessageAndReportsTheAcknowledgement() throws InterruptedException {
        String output = cloudsync("test", THING_UID);

        List<String> lines = output.lines().toList();
        assertEquals(2, lines.size(), "test prints two lines:\n" + output);
        assertEquals(THING_UID + ": publishing a test message to openhab/CloudSync_Test/state", lines.get(0),
                "first line of test");
        assertTrue(lines.get(1).matches("The broker acknowledged it after \\d+ ms \\(QoS 1\\)\\."),
                "test reports the acknowledgement:\n" + output);
        recorder.await("openhab/CloudSync_Test/state", candidate -> "true".equals(Json.field(candidate.payload(), "test")),
                TestBed.DELIVERY_TIMEOUT, "with the test message {\"test\":true,...}");
    }

    @Test
    @Order(5)
    void listCountsWhatTheBrokerAcknowledged() {
        String output = cloudsync("list");

        // one flushed change and two republished states; the test message is not a change
        assertRow(output, "0", "3", "\\d{4}-\\d\\d-\\d\\dT\\S+Z");
    }

    @Test
    @Order(6)
    void badArgumentsPrintUsageOrSayWhatIsWrongAndNoOutputHoldsThePassword() {
        String usage = cloudsync("frobnicate");
        assertTrue(usage.contains("Usage: ") && usage.contains("flush"), "an unknown sub-command prints the usage:\n"
                + usage);
        String unknown = cloudsync("flush", "cloudsync:mqtt:nope");
        assertEquals("No Cloud Sync endpoint cloudsync:mqtt:nope. Known: " + THING_UID + "\n", unknown,
                "an unknown Thing is named with the known ones");
        String status = cloudsync("status", THING_UID);
        assertTrue(status.contains("password = ***"), "status masks the password:\n" + status);

        for (String output : outputs) {
            assertFalse(output.contains(SECRET), "the console printed the password:\n" + output);
        }
    }

    /** Runs {@code openhab:cloudsync <args>} and keeps the output. */
    private static String cloudsync(String... args) {
        String output = openhab.executeConsoleCommand("cloudsync", List.of(args));
        System.out.println("openhab> openhab:cloudsync " + String.join(" ", args) + "\n" + output);
        outputs.add(output);
        return output;
    }

    /** The list has the endpoint's row: UID, label, ONLINE, broker (no credentials), queued, sent, 0 failed, last. */
    private static void assertRow(String output, String queued, String sent, String lastSuccess) {
        String broker = "tcp://127.0.0.1:" + bed.broker().port();
        Pattern row = Pattern.compile(Pattern.quote(THING_UID) + "\\s+" + Pattern.quote(LABEL) + "\\s+ONLINE\\s+"
                + Pattern.quote(broker) + "\\s+" + queued + "\\s+" + sent + "\\s+0\\s+" + lastSuccess);
        assertTrue(output.lines().anyMatch(line -> row.matcher(line).matches()),
                "list has no row like '" + row + "':\n" + output);
    }

    private static String state(Received message) {
        return Json.field(message.payload(), "state");
    }
}
