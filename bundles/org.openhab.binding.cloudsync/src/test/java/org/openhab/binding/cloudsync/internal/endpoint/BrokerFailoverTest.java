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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

import com.google.gson.JsonParser;

/**
 * Specifies failover between the nodes of a broker cluster: an endpoint given two brokers connects to the first,
 * and when it dies, goes on at the second without losing a change; its status names the broker in use.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class BrokerFailoverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final EmbeddedBroker first = EmbeddedBroker.start();
    private final EmbeddedBroker second = EmbeddedBroker.start();
    @RegisterExtension
    final RunningEndpoint running = new RunningEndpoint(TIMEOUT);

    @AfterEach
    void stopBrokers() {
        first.close();
        second.close();
    }

    private SyncEndpoint start() throws Exception {
        EndpointSettings settings = TestSettings.endpoint(first.port(), c -> c.interval = 0);
        ConnectionSettings one = settings.connection();
        ConnectionSettings both = new ConnectionSettings(List.of(first.uri(), second.uri()), one.clientId(),
                one.username(), one.password(), one.keepAliveSeconds(), one.inFlightWindow(), one.minBackoffMillis(),
                one.maxBackoffMillis(), one.cleanSession(), one.connectTimeoutSeconds(), null, null);
        EndpointSettings cluster = new EndpointSettings(settings.selection(), settings.payload(), settings.delivery(),
                both, settings.outbox(), settings.rules());
        return running.start("cluster", cluster);
    }

    private static Set<Integer> states(List<Received> messages) {
        return messages.stream().map(m -> JsonParser.parseString(m.payload()).getAsJsonObject().get("state").getAsInt())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void whenTheFirstBrokerDiesDeliveryGoesOnAtTheSecondAndNothingIsLost() throws Exception {
        try (MessageCollector atFirst = new MessageCollector(first.uri(), "openhab/#");
                MessageCollector atSecond = new MessageCollector(second.uri(), "openhab/#")) {
            SyncEndpoint sync = start();
            assertEquals(first.uri(), running.status.await("ONLINE"), "the status names the broker in use");
            for (int i = 0; i < 100; i++) {
                sync.offer(Changes.number("Counter", String.valueOf(i)));
            }
            atFirst.await(100, TIMEOUT);

            first.down();
            for (int i = 100; i < 200; i++) {
                sync.offer(Changes.number("Counter", String.valueOf(i)));
            }

            assertEquals(second.uri(), awaitOnlineAt(second.uri()), "the status names the broker now in use");
            atSecond.await(100, TIMEOUT, m -> true);
            assertTrue(Conditions.await(() -> sync.statistics().queued() + sync.statistics().inFlight() == 0, TIMEOUT),
                    "everything acknowledged: " + sync.statistics());
            Set<Integer> delivered = new TreeSet<>(states(atFirst.all()));
            delivered.addAll(states(atSecond.all()));
            assertEquals(IntStream.range(0, 200).boxed().collect(Collectors.toSet()), delivered,
                    "every change reached one of the brokers");
            assertTrue(states(atSecond.all()).containsAll(IntStream.range(100, 200).boxed().toList()),
                    "the changes after the failover went to the second broker");
        }
    }

    private String awaitOnlineAt(String server) throws InterruptedException {
        assertTrue(Conditions.await(() -> running.status.reports().contains("ONLINE " + server), TIMEOUT),
                "expected ONLINE at " + server + "; reports " + running.status.reports());
        return server;
    }
}
