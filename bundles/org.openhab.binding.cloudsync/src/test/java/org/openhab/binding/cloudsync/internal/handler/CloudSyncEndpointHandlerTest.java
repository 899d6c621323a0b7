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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Specifies the Thing status the endpoint handler reports for good and bad configurations, and that only a
 * running endpoint receives changes.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class CloudSyncEndpointHandlerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @RegisterExtension
    final BrokerExtension broker = new BrokerExtension();
    /** Registered after the broker, so handlers are closed before it stops. */
    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();

    private HandlerHarness initialize(Map<String, Object> configuration) {
        return closed.add(HandlerHarness.initialize(configuration));
    }

    private static ThingStatusInfo last(HandlerHarness harness) {
        ThingStatusInfo status = harness.lastStatus();
        assertNotNull(status, "initialize() must report a status");
        return status;
    }

    @Test
    void missingHostIsAConfigurationErrorWithAReadableText() {
        HandlerHarness handler = initialize(Map.of());

        ThingStatusInfo status = last(handler);
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-host-missing", status.getDescription());
        assertFalse(handler.routesChangesOf("Kitchen_Temp"), "a misconfigured endpoint must not receive changes");
    }

    @Test
    void badPortIsAConfigurationErrorNamingThePort() {
        ThingStatusInfo status = last(initialize(Map.of("host", "broker.example.com", "port", 70000)));

        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-port [\"70000\"]", status.getDescription());
    }

    @Test
    void reachableBrokerTurnsTheThingOnlineAfterUnknown() {
        EmbeddedBroker started = broker.get();

        HandlerHarness handler = initialize(Map.of("host", "127.0.0.1", "port", started.port(), "interval", 0));

        handler.awaitOnline(TIMEOUT);
        List<ThingStatusInfo> statuses = handler.statuses();
        assertEquals(ThingStatus.UNKNOWN, statuses.get(0).getStatus(),
                "initialize() reports UNKNOWN before the connection is up: " + statuses);
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null),
                statuses.get(statuses.size() - 1));
        assertTrue(handler.routesChangesOf("Kitchen_Temp"), "a running endpoint selecting all items gets changes");
    }

    @Test
    void unreachableBrokerIsACommunicationError() {
        HandlerHarness handler = initialize(
                Map.of("host", "127.0.0.1", "port", new BigDecimal(EmbeddedBroker.freePort())));

        handler.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-connect", TIMEOUT);
        assertTrue(handler.routesChangesOf("Kitchen_Temp"), "changes keep queueing while the broker is away");
    }

    @Test
    void twoThingsWithTheSameConfigurationConnectAtOnceWithClientIdsOfTheirOwnThatAreNeverStored()
            throws InterruptedException {
        EmbeddedBroker started = broker.get();
        Map<String, Object> configuration = Map.of("host", "127.0.0.1", "port", started.port());
        HandlerHarness original = initialize(configuration);
        // what Main UI's "duplicate Thing" makes: the same configuration under another Thing UID
        try (HandlerHarness copy = HandlerHarness.initialize(configuration, "home_copy")) {
            original.awaitOnline(TIMEOUT);
            copy.awaitOnline(TIMEOUT);

            String originalId = original.property("clientId");
            String copyId = copy.property("clientId");
            assertNotNull(originalId, "the client id in use is shown as a Thing property");
            assertNotEquals(originalId, copyId);
            assertTrue(Conditions.await(() -> started.connectedClientIds().containsAll(Set.of(originalId, copyId)),
                    TIMEOUT), "both are connected at once: " + started.connectedClientIds());
            assertNull(original.configuration().get("clientId"), "the derived client id is not stored");
            assertNull(copy.configuration().get("clientId"));
            assertEquals(ThingStatus.ONLINE, original.lastStatus().getStatus(),
                    "no endpoint threw the other off the broker: " + original.statuses());
        }
    }

    @Test
    void disposeUnregistersTheEndpoint() {
        HandlerHarness handler = initialize(Map.of("host", "127.0.0.1", "port", EmbeddedBroker.freePort()));
        assertTrue(handler.routesChangesOf("Kitchen_Temp"));

        handler.dispose();

        assertFalse(handler.routesChangesOf("Kitchen_Temp"), "a disposed endpoint must not receive changes");
    }
}
