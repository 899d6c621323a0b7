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
package org.openhab.binding.cloudsync.itests.demo;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.itests.demo.DemoSource.DemoItem;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.binding.cloudsync.itests.support.AddOnFramework;
import org.openhab.binding.cloudsync.itests.support.EmbeddedBroker;
import org.osgi.framework.Bundle;

/**
 * The {@link CloudSyncDemo} is the README's main job: it starts the real add-on bundle in a real OSGi framework
 * (Apache Felix with SCR, the openHAB core stubs, the signed Paho bundle, H2 MVStore), with an embedded Moquette
 * broker as the endpoint unless {@code -Ddemo.broker=<url>} names another, creates a Cloud Sync Thing, feeds the
 * changes of a small demo home ({@link DemoSource}) through openHAB's event bus every second, prints each message
 * as it arrives at the broker ({@link DemoWatcher}), and stops cleanly after {@code demo.seconds}. The test-driver
 * bundle plays openHAB; the add-on runs unchanged. Options: {@link DemoSettings}.
 */
@NonNullByDefault
public final class CloudSyncDemo {

    private static final String THING_UID = "cloudsync:mqtt:demo";
    private static final String THING_ID = "demo";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final Duration ONLINE_TIMEOUT = Duration.ofSeconds(30);

    private final DemoSettings settings;

    private CloudSyncDemo(DemoSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        DemoSettings settings;
        try {
            settings = DemoSettings.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            System.err.println("Cloud Sync demo: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new CloudSyncDemo(settings).run());
    }

    private int run() throws Exception {
        Path workDir = Path.of(System.getProperty("itest.work.dir", "target/demo-work"));
        Files.createDirectories(workDir);
        EmbeddedBroker embedded = settings.embedded()
                ? EmbeddedBroker.start(Files.createTempDirectory(workDir, "moquette-"))
                : null;
        BrokerUrl broker = embedded != null ? BrokerUrl.parse("mqtt://" + EmbeddedBroker.HOST + ":" + embedded.port())
                : settings.brokerUrl();
        try (AddOnFramework framework = AddOnFramework.start()) {
            banner(framework, broker, embedded != null);
            OpenHabDriver openhab = framework.openhab();
            DemoSource source = new DemoSource(openhab);
            source.addItems();
            List<String> topics = watchedTopics();
            try (DemoWatcher watcher = DemoWatcher.watch(broker, topics, line -> print("broker  " + line))) {
                say("Watching " + String.join(", ", topics) + " at " + broker);
                openhab.createThing("cloudsync:mqtt", THING_UID, "Cloud Sync demo", thingConfiguration(embedded));
                try {
                    if (!awaitOnline(framework)) {
                        return 1;
                    }
                    feed(source);
                    say("openhab> openhab:cloudsync list\n"
                            + openhab.executeConsoleCommand("cloudsync", List.of("list")).stripTrailing());
                } finally {
                    openhab.removeThing(THING_UID);
                }
                // the add-on's "offline" status message on the way out
                Thread.sleep(300);
                return summary(source, watcher, embedded != null);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private void banner(AddOnFramework framework, BrokerUrl broker, boolean embedded) {
        Bundle addOn = framework.felix().bundle(AddOnFramework.ADDON_BUNDLE);
        Bundle system = framework.felix().context().getBundle(0);
        say("Cloud Sync demo: the real add-on bundle " + addOn.getSymbolicName() + " " + addOn.getVersion()
                + " runs in Apache Felix " + system.getVersion() + " with Felix SCR, Eclipse Paho and H2 MVStore;\n"
                + "a small openHAB stand-in (the itests' driver bundle) posts item state changes on its event bus.\n"
                + "Endpoint: "
                + (embedded
                        ? "an embedded Moquette broker at " + broker.pahoUri()
                                + " (-Ddemo.broker=mqtt://user:pass@host:1883 or mqtts://... uses yours)"
                        : broker)
                + "\nThing " + THING_UID + ": interval " + settings.interval() + " s, payloadFormat "
                + settings.format() + ", topic " + settings.topic() + ", staticFields site=demo; running "
                + settings.seconds() + " s (-Ddemo.seconds=N).\n"
                + "In production this harness is not used: install the KAR (./mvnw -B -DskipTests package, then"
                + " karaf/target/*.kar)\nby dropping it into openHAB's addons folder.");
    }

    private Map<String, Object> thingConfiguration(@Nullable EmbeddedBroker embedded) {
        Map<String, Object> configuration = new HashMap<>();
        if (embedded != null) {
            configuration.put("host", EmbeddedBroker.HOST);
            configuration.put("port", new BigDecimal(embedded.port()));
        } else {
            // the add-on's host parameter takes the URL as the user wrote it
            configuration.put("host", settings.brokerText());
        }
        configuration.put("interval", new BigDecimal(settings.interval()));
        configuration.put("payloadFormat", settings.format());
        configuration.put("topic", settings.topic());
        configuration.put("staticFields", List.of("site=demo"));
        return configuration;
    }

    /** The topics the demo's messages go to: each item's (or the batch topic) and the status topic. */
    private List<String> watchedTopics() {
        List<String> topics = new ArrayList<>();
        if (settings.batch()) {
            topics.add("openhab/" + THING_ID + "/batch");
        } else {
            for (DemoItem item : DemoSource.ITEMS) {
                topics.add(settings.topic().replace("{item}", item.name()).replace("{thing}", THING_ID)
                        .replace("{type}", safe(item.type())).replace("{label}", safe(item.label())));
            }
        }
        topics.add("openhab/cloudsync/" + THING_ID + "/status");
        return topics;
    }

    private static String safe(String level) {
        return level.replace('/', '_').replace('+', '_').replace('#', '_');
    }

    private boolean awaitOnline(AddOnFramework framework) throws InterruptedException {
        try {
            framework.awaitStatus(THING_UID, "ONLINE", ONLINE_TIMEOUT);
            say("Thing " + THING_UID + " is " + framework.openhab().thingStatus(THING_UID));
            return true;
        } catch (AssertionError e) {
            say("The add-on could not reach the broker: " + e.getMessage());
            return false;
        }
    }

    /** Posts the demo home's changes once a second, for the configured time. */
    private void feed(DemoSource source) throws InterruptedException {
        long start = System.nanoTime();
        for (int second = 0; second < settings.seconds(); second++) {
            long due = start + second * 1_000_000_000L;
            long wait = (due - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            source.tick(second, change -> print("posted  " + change));
        }
        // what is still pending goes at the next interval
        Thread.sleep(settings.interval() * 1000L + 1000L);
    }

    private int summary(DemoSource source, DemoWatcher watcher, boolean embedded) {
        int received = watcher.received();
        say(source.posted() + " changes posted on the event bus, " + received
                + " messages received from the broker (including the status topic). Stopped cleanly.");
        if (received <= 1) {
            say(embedded ? "FAILED: no data message arrived at the embedded broker."
                    : "No data message arrived at the watcher: check that the user may subscribe to these topics.");
            return embedded ? 1 : 0;
        }
        System.out.println("In production, drop the KAR into openHAB's addons folder (README, Installation).");
        return 0;
    }

    private static synchronized void print(String line) {
        System.out.println(LocalTime.now().format(CLOCK) + "  " + line);
    }

    private static synchronized void say(String text) {
        System.out.println();
        System.out.println(text);
    }
}
