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
import static org.mockito.Mockito.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Specifies that the cloud Thing types run on the same handler: the factory takes all three types, the handler
 * parses each type's configuration (the client ID is the AWS thing name or the Azure device ID), and a setting the
 * service takes but does not honour (retain on Azure IoT Hub) is said in the ONLINE status. The brokers named are on
 * 127.0.0.1; whether the connect there fails or not, the assertions look at the statuses initialize() and online()
 * report themselves.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class CloudThingTypesTest {

    private static final Issued CERTIFICATE = TestPki.create("Handler CA").client(KeyType.EC, "home1");

    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();

    private HandlerHarness initialize(ThingTypeUID type, Map<String, Object> config) {
        return closed.add(HandlerHarness.initialize(type, config, "home"));
    }

    @Test
    void theFactoryTakesEveryTypeOfTheBinding() {
        ItemRegistry registry = mock(ItemRegistry.class);
        when(registry.getItems()).thenReturn(List.of());
        ItemCatalog catalog = new ItemCatalog(registry);
        CloudSyncHandlerFactory factory = new CloudSyncHandlerFactory(new SyncHub(catalog), catalog,
                new EndpointDirectory());

        for (ThingTypeUID type : List.of(CloudSyncBindingConstants.THING_TYPE_MQTT,
                CloudSyncBindingConstants.THING_TYPE_AWS_IOT, CloudSyncBindingConstants.THING_TYPE_AZURE_IOT_HUB)) {
            assertTrue(factory.supportsThingType(type), type.getAsString());
        }
        assertFalse(factory.supportsThingType(new ThingTypeUID("cloudsync", "kafka")));
    }

    @Test
    void anAwsThingConnectsAsItsThingName() {
        HandlerHarness handler = initialize(CloudSyncBindingConstants.THING_TYPE_AWS_IOT,
                Map.of("endpoint", "127.0.0.1", "thingName", "home1", "clientCertificate", CERTIFICATE.certificatePem(),
                        "privateKey", CERTIFICATE.pkcs8Pem()));

        assertEquals(ThingStatus.UNKNOWN, handler.statuses().get(0).getStatus(),
                "accepted, connecting: " + handler.statuses());
        assertEquals("home1", handler.property("clientId"));
        assertTrue(handler.routesChangesOf("Kitchen_Temperature"));
    }

    @Test
    void retainOnAzureIsAcceptedAndSaidInTheOnlineStatus() {
        HandlerHarness handler = initialize(CloudSyncBindingConstants.THING_TYPE_AZURE_IOT_HUB,
                Map.of("hostName", "127.0.0.1", "deviceId", "home1", "clientCertificate", CERTIFICATE.certificatePem(),
                        "privateKey", CERTIFICATE.pkcs8Pem(), "retain", true));
        assertEquals(ThingStatus.UNKNOWN, handler.statuses().get(0).getStatus(),
                "accepted, connecting: " + handler.statuses());
        assertEquals("home1", handler.property("clientId"), "the device ID is the client ID");

        // what the endpoint reports once the hub accepted the connection
        handler.handler().online(null);

        ThingStatusInfo online = handler.awaitOnline(Duration.ofSeconds(5));
        assertEquals("@text/online.rule-retain-not-stored [\"Azure IoT Hub\"]", online.getDescription());
    }

    @Test
    void withoutRetainAzureIsOnlineWithoutANotice() {
        HandlerHarness handler = initialize(CloudSyncBindingConstants.THING_TYPE_AZURE_IOT_HUB,
                Map.of("hostName", "127.0.0.1", "deviceId", "home1", "clientCertificate", CERTIFICATE.certificatePem(),
                        "privateKey", CERTIFICATE.pkcs8Pem()));

        handler.handler().online(null);

        assertNull(handler.awaitOnline(Duration.ofSeconds(5)).getDescription());
    }
}
