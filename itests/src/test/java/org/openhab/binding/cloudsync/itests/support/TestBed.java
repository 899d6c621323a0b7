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
package org.openhab.binding.cloudsync.itests.support;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;

/**
 * The {@link TestBed} is what every integration test class starts once: an embedded broker (Moquette), a recorder
 * subscribed to everything on it, and the add-on in its OSGi framework ({@link AddOnFramework}). Each test class
 * gets its own, so that items and Things of one class never meet those of another.
 */
public final class TestBed implements AutoCloseable {

    public static final Duration ONLINE_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);

    private final EmbeddedBroker broker;
    private final MqttRecorder recorder;
    private final AddOnFramework framework;

    private TestBed(EmbeddedBroker broker, MqttRecorder recorder, AddOnFramework framework) {
        this.broker = broker;
        this.recorder = recorder;
        this.framework = framework;
    }

    public static TestBed start() throws Exception {
        Path workDir = Path.of(System.getProperty("itest.work.dir", "target/itest-work"));
        Files.createDirectories(workDir);
        EmbeddedBroker broker = EmbeddedBroker.start(Files.createTempDirectory(workDir, "moquette-"));
        MqttRecorder recorder = null;
        try {
            recorder = MqttRecorder.subscribeAll(broker.uri(), "itest-recorder");
            return new TestBed(broker, recorder, AddOnFramework.start());
        } catch (Exception | Error e) {
            if (recorder != null) {
                recorder.close();
            }
            broker.close();
            throw e;
        }
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    public MqttRecorder recorder() {
        return recorder;
    }

    public AddOnFramework framework() {
        return framework;
    }

    public OpenHabDriver openhab() {
        return framework.openhab();
    }

    /**
     * The configuration of a Thing pointed at the embedded broker, as openHAB stores it (numbers as
     * {@link BigDecimal}), plus the given parameters.
     */
    public Map<String, Object> thingConfiguration(Map<String, Object> parameters) {
        Map<String, Object> configuration = new HashMap<>();
        configuration.put("host", EmbeddedBroker.HOST);
        configuration.put("port", new BigDecimal(broker.port()));
        configuration.putAll(parameters);
        return configuration;
    }

    /** Creates the Thing and waits until it is ONLINE. */
    public void createOnlineThing(String thingUid, String label, Map<String, Object> parameters)
            throws InterruptedException {
        openhab().createThing("cloudsync:mqtt", thingUid, label, thingConfiguration(parameters));
        framework.awaitStatus(thingUid, "ONLINE", ONLINE_TIMEOUT);
    }

    @Override
    public void close() throws Exception {
        try {
            framework.close();
        } finally {
            try {
                recorder.close();
            } finally {
                broker.close();
            }
        }
    }
}
