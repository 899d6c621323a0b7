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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.binding.cloudsync.itests.support.AddOnFramework;
import org.openhab.binding.cloudsync.itests.support.EmbeddedBroker;
import org.openhab.binding.cloudsync.itests.support.FelixRuntime;
import org.openhab.binding.cloudsync.itests.support.Json;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder;
import org.openhab.binding.cloudsync.itests.support.MqttRecorder.Received;
import org.openhab.binding.cloudsync.itests.support.TestBed;
import org.osgi.framework.Bundle;

/**
 * The {@link CloudSyncOsgiIT} runs the built add-on bundle in a real Apache Felix framework (Felix SCR, Felix
 * ConfigAdmin, the openHAB core stubs, Gson, SLF4J, and Paho as its own signed bundle) against a real MQTT broker
 * (Moquette), and plays openHAB's part through the test-driver bundle ({@link OpenHabDriver}).
 */
class CloudSyncOsgiIT {

    private static final String ADDON_BUNDLE = AddOnFramework.ADDON_BUNDLE;
    private static final String PAHO_BUNDLE = AddOnFramework.PAHO_BUNDLE;

    private static final String HANDLER_FACTORY = "org.openhab.binding.cloudsync.internal.handler.CloudSyncHandlerFactory";
    private static final String ITEM_STATE_LISTENER = "org.openhab.binding.cloudsync.internal.intake.ItemStateListener";

    private static final String THING_TYPE = "cloudsync:mqtt";
    private static final String THING_UID = "cloudsync:mqtt:itest";

    private static final Duration DELIVERY_TIMEOUT = TestBed.DELIVERY_TIMEOUT;

    private static TestBed bed;
    private static EmbeddedBroker broker;
    private static MqttRecorder recorder;
    private static FelixRuntime felix;
    private static OpenHabDriver openhab;

    @BeforeAll
    static void startBrokerAndFramework() throws Exception {
        bed = TestBed.start();
        broker = bed.broker();
        recorder = bed.recorder();
        felix = bed.framework().felix();
        openhab = bed.openhab();
        System.out.println("OSGi bundles:\n" + felix.bundleTable());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void pahoBundleConnectsAndPublishesInsideTheFramework() throws Exception {
        Bundle paho = felix.bundle(PAHO_BUNDLE);
        assertNotNull(paho.getEntry("META-INF/ECLIPSE_.SF"),
                "the Paho bundle in the framework is not the signed jar that the feature ships");
        assertNotNull(paho.getEntry("META-INF/services/org.eclipse.paho.client.mqttv3.spi.NetworkModuleFactory"),
                "the Paho bundle has no META-INF/services entry for its network modules");

        String loadedBy = openhab.publishWithBundledPaho(broker.uri(), "itest-paho-in-osgi", "itest/paho-in-osgi",
                "hello from OSGi");

        assertEquals(PAHO_BUNDLE + " " + paho.getVersion(), loadedBy, "Paho classes came from the wrong place");
        recorder.await("itest/paho-in-osgi", message -> "hello from OSGi".equals(message.payload()), DELIVERY_TIMEOUT,
                "from the Paho client inside the framework");
    }

    @Test
    void addOnRegistersItsServicesThroughDeclarativeServices() {
        List<String> components = openhab.componentStates(ADDON_BUNDLE);
        String report = "\n  " + String.join("\n  ", components);
        for (String component : components) {
            assertTrue(component.endsWith(": ACTIVE") || component.endsWith(": SATISFIED"),
                    "A DS component of the add-on is not satisfied:" + report);
        }
        assertTrue(openhab.componentNamesOfServices("org.openhab.core.thing.binding.ThingHandlerFactory")
                .contains(HANDLER_FACTORY), "no ThingHandlerFactory service from " + HANDLER_FACTORY + report);
        assertTrue(openhab.componentNamesOfServices("org.openhab.core.events.EventSubscriber")
                .contains(ITEM_STATE_LISTENER), "no EventSubscriber service from " + ITEM_STATE_LISTENER + report);
    }

    @Test
    void itemStateChangesTravelFromTheEventBusToTheBroker() throws Exception {
        openhab.addItem("Temperature", "Number:Temperature", "Living Room Temperature", List.of("gSensors"),
                Set.of("Measurement", "Temperature"));
        openhab.addItem("Switch1", "Switch", "Hall Light", List.of(), Set.of("Switch"));

        // as openHAB stores a Thing's configuration: numbers are BigDecimal; topic and qos stay at their defaults
        openhab.createThing(THING_TYPE, THING_UID, "Cloud Sync itest", Map.of( //
                "host", EmbeddedBroker.HOST, //
                "port", new BigDecimal(broker.port()), //
                "interval", BigDecimal.ZERO));
        try {
            bed.framework().awaitStatus(THING_UID, "ONLINE", TestBed.ONLINE_TIMEOUT);

            String temperature = openhab.postItemStateChanged("Temperature", "21.5 °C", "21.0 °C");
            String light = openhab.postItemStateChanged("Switch1", "ON", "OFF");
            assertEquals("21.5 °C", temperature, "the stubs' QuantityType.toFullString()");
            assertEquals("ON", light, "the stubs' OnOffType.toFullString()");

            assertStateMessage("openhab/Temperature/state", "Temperature", temperature);
            assertStateMessage("openhab/Switch1/state", "Switch1", light);
            System.out.println("MQTT messages the broker delivered:" + MqttRecorder.describe(recorder.messages()));
        } finally {
            openhab.removeThing(THING_UID);
        }
    }

    /** Waits for a JSON message with the item and state on the topic; checks QoS 1, the default. */
    private static void assertStateMessage(String topic, String item, String state) throws InterruptedException {
        Received message = recorder.await(topic,
                candidate -> item.equals(field(candidate, "item")) && state.equals(field(candidate, "state")),
                DELIVERY_TIMEOUT, "with JSON {\"item\":\"" + item + "\",\"state\":\"" + state + "\", ...}");
        assertEquals(1, message.qos(), "QoS of " + message + " (the thing's default QoS is 1)");
    }

    /** A string field of a JSON object payload, or null when the payload is not such an object. */
    private static String field(Received message, String name) {
        return Json.field(message.payload(), name);
    }
}
