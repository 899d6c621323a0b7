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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.binding.cloudsync.internal.testutil.PoisonProxy;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * Specifies, with a broker that drops the connection whenever one particular message reaches it (as a cloud service
 * does with a message that breaks its rules), that the endpoint sets that message aside after three dropped
 * connections and delivers everything else, in order.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class PoisonMessageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedBroker broker = EmbeddedBroker.start();
    private final PoisonProxy proxy = new PoisonProxy(broker.port(), "POISON");
    @RegisterExtension
    final RunningEndpoint running = new RunningEndpoint(TIMEOUT);

    @AfterEach
    void stopBroker() {
        proxy.close();
        broker.close();
    }

    private static List<String> distinct(List<Received> messages) {
        return messages.stream().map(Received::payload).distinct().toList();
    }

    @Test
    void aMessageThatMakesTheBrokerDropTheConnectionIsSetAsideAndTheRestArrive() throws Exception {
        EndpointSettings settings = TestSettings.endpoint(proxy.port(), c -> {
            c.interval = 0;
            c.payloadFormat = "raw";
        });
        try (MessageCollector collector = new MessageCollector(broker.uri(), "openhab/#")) {
            SyncEndpoint sync = running.start("poison", settings);
            running.status.awaitOnline();
            sync.pause();
            for (int i = 0; i < 10; i++) {
                sync.offer(Changes.text("Counter", i == 5 ? "POISON" : String.valueOf(i)));
            }
            sync.resume();

            assertTrue(Conditions.await(() -> sync.statistics().dropped() == 1, TIMEOUT),
                    "the poison is a dead letter: " + sync.statistics());
            assertTrue(Conditions.await(() -> distinct(collector.all()).size() == 9, TIMEOUT),
                    "the other nine arrive: " + collector.all());
            // at least once: what was in flight with the poison when the broker dropped the connection comes again
            assertEquals(List.of("0", "1", "2", "3", "4", "6", "7", "8", "9"), distinct(collector.all()),
                    "everything but the poison, in order");
            assertTrue(proxy.cuts() == 3 || proxy.cuts() == 4,
                    "three breaks with the poison alone in flight, after a first one with others: " + proxy.cuts());
            assertTrue(Conditions.await(() -> sync.statistics().queued() + sync.statistics().inFlight() == 0, TIMEOUT),
                    "nothing is left: " + sync.statistics());
        }
    }
}
