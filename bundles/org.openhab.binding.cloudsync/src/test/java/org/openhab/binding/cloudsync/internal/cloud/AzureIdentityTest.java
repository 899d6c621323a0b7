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
package org.openhab.binding.cloudsync.internal.cloud;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Specifies how an Azure IoT Hub device presents itself over plain MQTT (client ID, user name, password, topic)
 * and how message properties are written into the topic, with the exact strings of Azure's MQTT documentation.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class AzureIdentityTest {

    private static final byte[] KEY = Base64.getDecoder().decode("8Hxmq0JD3nC7l9v1zF4q2sWk6pTg5rYb0Ue3Ia7Lc1M=");

    private final AzureIdentity identity = new AzureIdentity("contoso.azure-devices.net", "MyDevice01",
            DeviceKey.of(KEY));

    @Test
    void connectsAsTheDocsSay() {
        assertEquals("MyDevice01", identity.clientId());
        assertEquals("contoso.azure-devices.net/MyDevice01/?api-version=2021-04-12", identity.userName());
        assertEquals("ssl://contoso.azure-devices.net:8883", identity.serverUri());
    }

    @Test
    void publishesTelemetryOnTheDeviceEventsTopic() {
        assertEquals("devices/MyDevice01/messages/events/", identity.telemetryTopic());
        assertEquals("devices/MyDevice01/messages/events/", identity.telemetryTopic(PropertyBag.empty()));
    }

    @Test
    void signsItsPasswordWithTheDeviceKey() {
        Instant expiry = Instant.ofEpochSecond(1_800_000_000L);

        assertEquals(SasToken.create("contoso.azure-devices.net", "MyDevice01", KEY, expiry).value(),
                identity.token(expiry).value());
    }

    @Test
    void aCertificateDeviceSendsTheSameUserNameAndTopic() {
        assertEquals(identity.userName(), AzureIdentity.userName("contoso.azure-devices.net", "MyDevice01"));
        assertEquals(identity.telemetryTopic(), AzureIdentity.telemetryTopic("MyDevice01"));
    }

    @Test
    void theJsonPropertiesReadExactlyAsAzureDocumentsThem() {
        // Azure's "Communicate with an IoT hub using the MQTT protocol" routes JSON bodies with
        // devices/{device-id}/messages/events/$.ct=application%2Fjson%3Bcharset%3Dutf-8
        assertEquals("$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8", PropertyBag.JSON_UTF8.encoded());
        assertEquals("devices/MyDevice01/messages/events/$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8",
                identity.telemetryTopic(PropertyBag.JSON_UTF8));
    }

    @Test
    void applicationPropertiesAreEncodedAndKeepTheirOrder() {
        PropertyBag bag = PropertyBag.builder().contentType(PropertyBag.CONTENT_TYPE_JSON).contentEncoding("utf-8")
                .property("item", "LivingRoom_Temperature").property("label", "Wohnzimmer Temperatur °C")
                .property("a&b", "x=y/z").build();

        assertEquals("$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8&item=LivingRoom_Temperature"
                + "&label=Wohnzimmer%20Temperatur%20%C2%B0C&a%26b=x%3Dy%2Fz", bag.encoded());
        assertEquals(bag.encoded(), bag.toString());
    }

    @Test
    void settingAPropertyAgainReplacesItInPlace() {
        PropertyBag bag = PropertyBag.builder().property("item", "A").messageId("m1").property("item", "B")
                .correlationId("c 1").build();

        assertEquals("item=B&$.mid=m1&$.cid=c%201", bag.encoded());
    }

    @Test
    void anEmptyValueKeepsItsEqualsSign() {
        assertEquals("flag=", PropertyBag.builder().property("flag", "").build().encoded());
    }

    @Test
    void applicationPropertiesCannotPoseAsSystemProperties() {
        assertThrows(IllegalArgumentException.class, () -> PropertyBag.builder().property("$.ct", "text/plain"));
        assertThrows(IllegalArgumentException.class, () -> PropertyBag.builder().property("", "x"));
        assertTrue(PropertyBag.builder().build().isEmpty());
        assertFalse(PropertyBag.JSON_UTF8.isEmpty());
    }

    @Test
    void refusesAnEmptyHostOrDevice() {
        assertThrows(IllegalArgumentException.class, () -> new AzureIdentity("", "d", DeviceKey.of(KEY)));
        assertThrows(IllegalArgumentException.class, () -> new AzureIdentity("h", "", DeviceKey.of(KEY)));
    }
}
