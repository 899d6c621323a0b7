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
package org.openhab.binding.cloudsync.internal.config;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Specifies the client id an endpoint uses when none is configured: derived, never stored, the same across
 * restarts, and different for every Thing and every openHAB installation.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class EndpointIdentityTest {

    @Test
    void theDerivedClientIdStaysTheSameForTheSameInstallationAndThing() {
        assertEquals(EndpointIdentity.of("instance-1", "cloudsync:mqtt:home").defaultClientId(),
                EndpointIdentity.of("instance-1", "cloudsync:mqtt:home").defaultClientId());
    }

    @Test
    void aDuplicatedThingAndACopiedThingsFileGetClientIdsOfTheirOwn() {
        String original = EndpointIdentity.of("instance-1", "cloudsync:mqtt:home").defaultClientId();

        assertNotEquals(original, EndpointIdentity.of("instance-1", "cloudsync:mqtt:home_copy").defaultClientId(),
                "a Thing duplicated in Main UI has another UID");
        assertNotEquals(original, EndpointIdentity.of("instance-2", "cloudsync:mqtt:home").defaultClientId(),
                "the same .things file in a second openHAB");
    }

    @Test
    void theDerivedClientIdFitsTheStrictestBrokers() {
        String clientId = EndpointIdentity.of("0b7e1f6c-5f0e-4e43-9f7e-8c1f0b0b3e4d", "cloudsync:mqtt:home")
                .defaultClientId();

        assertTrue(clientId.matches("openhab[0-9a-f]{16}"),
                "MQTT 3.1.1 brokers must accept 1 to 23 letters and digits; got " + clientId);
    }

    @Test
    void theThingIdIsTheLastPartOfTheUid() {
        assertEquals("home", EndpointIdentity.of(null, "cloudsync:mqtt:home").thingId());
    }
}
