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
package org.openhab.binding.cloudsync.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;

/**
 * Specifies the {@code items} parameter (items picked in Main UI) at the handler: a picked item's change reaches the
 * broker, next to what {@code include} selects; an item neither picked nor included does not; and {@code exclude}
 * still wins.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class PickedItemsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @RegisterExtension
    final BrokerExtension broker = new BrokerExtension();
    /** Registered after the broker, so handlers are closed before it stops. */
    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();

    @Test
    void pickedItemsAreAddedToTheIncludedOnesAndNothingElseIsSelected() {
        HandlerHarness handler = closed.add(HandlerHarness.initialize(Map.of("host", "127.0.0.1", "port",
                EmbeddedBroker.freePort(), "items", List.of("Kitchen_Temperature", "Hall_Light"), "include",
                List.of("Sensor_*"), "exclude", List.of("Hall_Light"))));

        assertTrue(handler.routesChangesOf("Kitchen_Temperature"), "a picked item is selected");
        assertTrue(handler.routesChangesOf("Sensor_1"), "include still selects next to the picked items");
        assertFalse(handler.routesChangesOf("Garage_Door"), "neither picked nor included");
        assertFalse(handler.routesChangesOf("Hall_Light"), "exclude wins over a picked item");
    }

    @Test
    void aChangeOfAPickedItemReachesTheBrokerAndOneOfAnUnpickedItemDoesNot() throws Exception {
        EmbeddedBroker started = broker.get();
        try (MessageCollector collector = new MessageCollector(started.uri(), "openhab/#")) {
            HandlerHarness handler = closed.add(HandlerHarness.initialize(Map.of("host", "127.0.0.1", "port",
                    started.port(), "interval", 0, "statusTopic", "", "items", List.of("Kitchen_Temperature"))));
            handler.awaitOnline(TIMEOUT);

            // the unpicked change goes first: were it selected, the outbox (first in, first out) would send it first
            handler.deliverChange(Changes.number("Garage_Door", "1"));
            handler.deliverChange(Changes.number("Kitchen_Temperature", "21.5"));

            List<Received> received = collector.await(1, TIMEOUT,
                    message -> message.topic().equals("openhab/Kitchen_Temperature/state"));
            assertEquals(1, received.size(), "the picked item's change arrives");
            assertTrue(received.get(0).payload().contains("\"state\":\"21.5\""), received.get(0).payload());
            assertEquals(List.of("openhab/Kitchen_Temperature/state"),
                    collector.all().stream().map(Received::topic).toList(), "nothing else arrived");
        }
    }
}
