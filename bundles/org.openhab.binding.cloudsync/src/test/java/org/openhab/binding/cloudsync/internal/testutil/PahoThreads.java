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
package org.openhab.binding.cloudsync.internal.testutil;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link PahoThreads} find the threads Paho 1.2.5 runs for a client ("MQTT Con: ", "MQTT Rec: ",
 * "MQTT Snd: ", "MQTT Call: ", "MQTT Ping: " followed by the client id), so that a test class can check that its
 * clients left none behind, for example a connect thread stuck for good after a connection that ended while
 * Paho was still starting its receiver.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PahoThreads {

    private PahoThreads() {
    }

    /** The live Paho threads of clients whose id starts with the prefix. */
    public static List<String> of(String clientIdPrefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("MQTT ") && name.contains(": " + clientIdPrefix)).sorted().toList();
    }

    /** Waits until the clients' threads are gone; returns those still alive after the timeout. */
    public static List<String> awaitGone(String clientIdPrefix, Duration timeout) throws InterruptedException {
        Conditions.await(() -> of(clientIdPrefix).isEmpty(), timeout);
        return of(clientIdPrefix);
    }
}
