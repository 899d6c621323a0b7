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

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * Specifies the failover list of a {@code cloudsync:mqtt} Thing: several brokers in {@code host}, tried in order,
 * all with TLS or none, with one login; the parameters fill in what an entry lacks; a comma in a URL's password
 * neither splits the list nor leaks; and the one-time hint for a cloud's host.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class FailoverHostListTest {

    private static ConnectionSettings connection(Consumer<MqttEndpointConfiguration> change)
            throws InvalidConfigurationException {
        return ConnectionConfigParser.parse(TestSettings.config(change), TestSettings.HOME);
    }

    @Test
    void brokersAreTriedInTheOrderGiven() throws InvalidConfigurationException {
        ConnectionSettings settings = connection(
                c -> c.host = "broker-a.example.com, broker-b.example.com:1884," + "mqtt://broker-c.example.com");

        assertEquals(List.of("tcp://broker-a.example.com:1883", "tcp://broker-b.example.com:1884",
                "tcp://broker-c.example.com:1883"), settings.serverUris());
        assertEquals("tcp://broker-a.example.com:1883", settings.serverUri());
    }

    @Test
    void theParametersFillInWhatAnEntryLacks() throws InvalidConfigurationException {
        ConnectionSettings settings = connection(c -> {
            c.host = "node1.example.com, node2.example.com:9443, wss://node3.example.com:443/ws";
            c.protocol = "wss";
            c.port = 8443;
            c.path = "/mqtt";
        });

        assertEquals(List.of("wss://node1.example.com:8443/mqtt", "wss://node2.example.com:9443/mqtt",
                "wss://node3.example.com:443/ws"), settings.serverUris());
    }

    @Test
    void oneTlsConfigurationAndOneLoginServeAllBrokers() throws InvalidConfigurationException {
        ConnectionSettings settings = connection(c -> {
            c.host = "mqtts://node1.example.com,mqtts://node2.example.com:8884";
            c.username = "home1";
            c.password = "secret";
        });

        assertNotNull(settings.tls());
        assertEquals("home1", settings.username());
        PasswordSource password = settings.password();
        assertNotNull(password);
        assertEquals("secret", password.next());
        assertEquals(2, settings.serverUris().size());
    }

    @Test
    void aCommaInAUrlPasswordDoesNotSplitTheList() throws InvalidConfigurationException {
        ConnectionSettings settings = connection(
                c -> c.host = "mqtts://home1:pa,ss@node1.example.com," + " mqtts://home1:pa,ss@node2.example.com");

        assertEquals(List.of("ssl://node1.example.com:8883", "ssl://node2.example.com:8883"), settings.serverUris());
        PasswordSource password = settings.password();
        assertNotNull(password);
        assertEquals("pa,ss", password.next());
    }

    @Test
    void aSingleBrokerStillRefusesAPortThatDiffersFromTheParameter() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> connection(c -> {
            c.host = "broker.example.com:1884";
            c.port = 1883;
        }));

        assertEquals("offline.conf-error-port-conflict", e.textKey());
    }

    @Test
    void mixingTlsAndPlainIsRefusedNamingBoth() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> connection(c -> c.host = "mqtts://node1.example.com, node2.example.com"));

        assertEquals("offline.conf-error-failover-tls", e.textKey());
        assertEquals(List.of("ssl://node1.example.com:8883", "tcp://node2.example.com:1883"), e.arguments());
    }

    @Test
    void twoLoginsAreRefusedWithoutShowingThem() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> connection(c -> c.host = "mqtt://a:one@node1.example.com, mqtt://a:two@node2.example.com"));

        assertEquals("offline.conf-error-failover-login", e.textKey());
        assertEquals(List.of(), e.arguments());
    }

    @Test
    void emptyEntriesAreSkippedAndAListOfNothingIsAMissingHost() throws InvalidConfigurationException {
        assertEquals(List.of("tcp://node1.example.com:1883"),
                connection(c -> c.host = "node1.example.com, ,").serverUris());
        assertEquals("offline.conf-error-host-missing",
                assertThrows(InvalidConfigurationException.class, () -> connection(c -> c.host = " , ")).textKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com|AWS IoT Core|aws-iot", //
            "mqtts://myhub.azure-devices.net|Azure IoT Hub|azure-iot-hub", //
            "mqtts://user:pass@0123abcd.s1.eu.hivemq.cloud:8883|HiveMQ Cloud|HiveMQ Cloud", //
            "broker.example.com, x1y2z3.ala.eu-central-1.emqxsl.com|EMQX Cloud|maxPublishRate=10" })
    void aCloudsHostGetsAHintNamingTheBetterThingTypeOrReadmeSection(String host, String service, String advice)
            throws InvalidConfigurationException {
        MqttEndpointConfiguration config = TestSettings.config(c -> {
            c.host = host;
            c.protocol = "ssl";
        });

        List<ConfigurationNotice> notices = EndpointConfigParser.parse(config, TestSettings.HOME).notices();

        assertEquals(1, notices.size(), notices.toString());
        String hint = notices.get(0).logMessage();
        assertTrue(hint.contains(service) && hint.contains(advice), hint);
        assertFalse(hint.contains("user:pass"), "the hint names the host only: " + hint);
        assertNull(notices.get(0).onlineTextKey(), "a hint is only logged");
    }

    @Test
    void anOrdinaryBrokerGetsNoHint() throws InvalidConfigurationException {
        assertEquals(List.of(), EndpointConfigParser.parse(TestSettings.config(c -> {
        }), TestSettings.HOME).notices());
    }
}
