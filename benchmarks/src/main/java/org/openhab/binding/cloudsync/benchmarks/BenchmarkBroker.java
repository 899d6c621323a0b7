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
package org.openhab.binding.cloudsync.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MosquittoBroker;

/**
 * The {@link BenchmarkBroker} is one broker the benchmark measures against, on 127.0.0.1 and a free port: the
 * embedded Moquette (in the benchmark's JVM, as the tests use it) or a Mosquitto process started for the run when
 * the {@code mosquitto} program is installed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class BenchmarkBroker implements AutoCloseable {

    private final String name;
    private final int port;
    private final AutoCloseable broker;

    private BenchmarkBroker(String name, int port, AutoCloseable broker) {
        this.name = name;
        this.port = port;
        this.broker = broker;
    }

    static BenchmarkBroker moquette() {
        EmbeddedBroker broker = EmbeddedBroker.start();
        return new BenchmarkBroker(moquetteVersion() + ", embedded (same JVM)", broker.port(), broker);
    }

    /** "Moquette 0.17", from the jar's manifest when it says. */
    static String moquetteVersion() {
        String version = io.moquette.broker.Server.class.getPackage().getImplementationVersion();
        return "Moquette " + (version == null ? "0.17" : version);
    }

    /** A Mosquitto process, or null when the program is not installed. */
    static @Nullable BenchmarkBroker mosquittoIfInstalled() {
        String binary = MosquittoBroker.find("mosquitto");
        if (binary == null) {
            return null;
        }
        MosquittoBroker broker = MosquittoBroker.builder().build();
        broker.start();
        return new BenchmarkBroker(version(binary) + ", own process", broker.port(MosquittoBroker.Listener.TCP),
                broker);
    }

    /** "Mosquitto 2.0.18" when the program is installed, else null. */
    static @Nullable String mosquittoVersion() {
        String binary = MosquittoBroker.find("mosquitto");
        return binary == null ? null : version(binary);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        broker.close();
    }

    /** "Mosquitto 2.0.11" from the first line of {@code mosquitto -h}. */
    private static String version(String binary) {
        try {
            Process process = new ProcessBuilder(binary, "-h").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(5, TimeUnit.SECONDS);
            String first = output.lines().findFirst().orElse("");
            return first.startsWith("mosquitto version ") ? "Mosquitto " + first.substring(18).trim() : "Mosquitto";
        } catch (IOException e) {
            return "Mosquitto";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Mosquitto";
        }
    }
}
