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
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;

/**
 * Specifies the Thing status the endpoint handler reports for good and bad configurations.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class CloudSyncEndpointHandlerTest {

    private final ItemCatalog catalog = new ItemCatalog(noItems());
    private final SyncHub hub = new SyncHub(catalog);
    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    private @Nullable CloudSyncEndpointHandler handler;
    private @Nullable EmbeddedBroker broker;

    private static ItemRegistry noItems() {
        ItemRegistry registry = mock(ItemRegistry.class);
        when(registry.getItems()).thenReturn(List.of());
        return registry;
    }

    @AfterEach
    void tearDown() {
        CloudSyncEndpointHandler current = handler;
        if (current != null) {
            current.dispose();
        }
        EmbeddedBroker currentBroker = broker;
        if (currentBroker != null) {
            currentBroker.close();
        }
    }

    private CloudSyncEndpointHandler initialize(Map<String, Object> configuration) {
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(new ThingUID(CloudSyncBindingConstants.THING_TYPE_MQTT, "home"));
        when(thing.getThingTypeUID()).thenReturn(CloudSyncBindingConstants.THING_TYPE_MQTT);
        when(thing.getConfiguration()).thenReturn(new Configuration(configuration));
        CloudSyncEndpointHandler created = new CloudSyncEndpointHandler(thing, hub, catalog, new EndpointDirectory());
        handler = created;
        created.setCallback(callback);
        created.initialize();
        return created;
    }

    private ThingStatusInfo lastStatus() {
        ArgumentCaptor<ThingStatusInfo> status = ArgumentCaptor.forClass(ThingStatusInfo.class);
        verify(callback, atLeastOnce()).statusUpdated(any(), status.capture());
        List<ThingStatusInfo> all = status.getAllValues();
        return all.get(all.size() - 1);
    }

    @Test
    void missingHostIsAConfigurationErrorWithAReadableText() {
        initialize(new HashMap<>());

        ThingStatusInfo status = lastStatus();
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-host-missing", status.getDescription());
        assertFalse(hub.hasEndpoints(), "a misconfigured endpoint must not receive changes");
    }

    @Test
    void badPortIsAConfigurationErrorNamingThePort() {
        initialize(Map.of("host", "broker.example.com", "port", new BigDecimal(70000)));

        ThingStatusInfo status = lastStatus();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-port [\"70000\"]", status.getDescription());
    }

    @Test
    void reachableBrokerTurnsTheThingOnlineAfterUnknown() {
        EmbeddedBroker started = EmbeddedBroker.start();
        broker = started;

        initialize(Map.of("host", "127.0.0.1", "port", new BigDecimal(started.port()), "interval", BigDecimal.ZERO));

        verify(callback, timeout(Duration.ofSeconds(15).toMillis()))
                .statusUpdated(any(), eq(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null)));
        ArgumentCaptor<ThingStatusInfo> status = ArgumentCaptor.forClass(ThingStatusInfo.class);
        verify(callback, atLeast(2)).statusUpdated(any(), status.capture());
        assertEquals(ThingStatus.UNKNOWN, status.getAllValues().get(0).getStatus(),
                "initialize() reports UNKNOWN before the connection is up");
        assertTrue(hub.hasEndpoints());
    }

    @Test
    void unreachableBrokerIsACommunicationError() {
        initialize(Map.of("host", "127.0.0.1", "port", new BigDecimal(EmbeddedBroker.freePort())));

        verify(callback, timeout(15_000)).statusUpdated(any(),
                argThat(s -> s.getStatus() == ThingStatus.OFFLINE
                        && s.getStatusDetail() == ThingStatusDetail.COMMUNICATION_ERROR
                        && String.valueOf(s.getDescription()).startsWith("@text/offline.comm-error-connect")));
    }

    @Test
    void disposeUnregistersTheEndpoint() {
        initialize(Map.of("host", "127.0.0.1", "port", new BigDecimal(EmbeddedBroker.freePort())));
        assertTrue(hub.hasEndpoints());

        CloudSyncEndpointHandler current = handler;
        assertNotNull(current);
        current.dispose();
        handler = null;

        assertFalse(hub.hasEndpoints());
    }
}
