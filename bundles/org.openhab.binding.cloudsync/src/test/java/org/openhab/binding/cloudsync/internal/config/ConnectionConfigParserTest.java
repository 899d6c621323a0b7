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

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * Specifies how the connection and security parameters become connection settings: address forms, default
 * ports, URL credentials, MQTT options and TLS material. Wrong settings are specified through the handler in
 * {@code BadConnectionConfigurationTest}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ConnectionConfigParserTest {

    private static ConnectionSettings parse(Consumer<MqttEndpointConfiguration> change)
            throws InvalidConfigurationException {
        MqttEndpointConfiguration config = new MqttEndpointConfiguration();
        change.accept(config);
        return ConnectionConfigParser.parse(config, TestSettings.HOME);
    }

    @Test
    void onlyAHostGivesPlainTcpOnPort1883WithAStatusTopic() throws InvalidConfigurationException {
        ConnectionSettings settings = parse(c -> c.host = "broker.example.com");

        assertEquals("tcp://broker.example.com:1883", settings.serverUri());
        assertEquals(TestSettings.HOME.defaultClientId(), settings.clientId(),
                "without a client id the one derived from the instance and the Thing");
        assertNull(settings.username());
        assertNull(settings.password());
        assertNull(settings.tls(), "plain TCP has no TLS settings");
        assertTrue(settings.cleanSession());
        assertEquals(60, settings.keepAliveSeconds());
        assertEquals(10, settings.connectTimeoutSeconds());
        assertEquals(100, settings.inFlightWindow());
        assertEquals(1000, settings.minBackoffMillis());
        assertEquals(60_000, settings.maxBackoffMillis());
        assertEquals("openhab/cloudsync/home/status", settings.statusTopic());
    }

    @ParameterizedTest(name = "host \"{0}\", protocol {1}, port {2} -> {3}")
    @CsvSource({ //
            "broker.example.com, tcp, , tcp://broker.example.com:1883", //
            "broker.example.com, ssl, , ssl://broker.example.com:8883", //
            "broker.example.com, ws, , ws://broker.example.com:80", //
            "broker.example.com, wss, , wss://broker.example.com:443", //
            "broker.example.com, SSL, 8884, ssl://broker.example.com:8884", //
            "broker.example.com, mqtts, , ssl://broker.example.com:8883", //
            "broker.example.com:1884, tcp, , tcp://broker.example.com:1884", //
            "broker.example.com:1884, tcp, 1884, tcp://broker.example.com:1884", //
            "192.168.1.10, tcp, 1999, tcp://192.168.1.10:1999", //
            "::1, tcp, , tcp://[::1]:1883", //
            "[::1]:1884, tcp, , tcp://[::1]:1884", //
            "mqtt://broker.example.com, ssl, , tcp://broker.example.com:1883", //
            "mqtts://broker.example.com, tcp, , ssl://broker.example.com:8883", //
            "MQTTS://Broker.Example.com:8884, tcp, , ssl://Broker.Example.com:8884", //
            "tcp://broker.example.com:1885, tcp, , tcp://broker.example.com:1885", //
            "ssl://broker.example.com, tcp, , ssl://broker.example.com:8883", //
            "tcps://broker.example.com, tcp, , ssl://broker.example.com:8883", //
            "ws://broker.example.com:8080/mqtt, tcp, , ws://broker.example.com:8080/mqtt", //
            "wss://broker.example.com/mqtt, tcp, , wss://broker.example.com:443/mqtt", //
            "wss://broker.example.com:8884/mqtt, tcp, 8884, wss://broker.example.com:8884/mqtt", //
            "mqtt://broker.example.com/, tcp, , tcp://broker.example.com:1883", //
            "mqtt://[2001:db8::1]:1884, tcp, , tcp://[2001:db8::1]:1884", //
            "mqtt://broker.example.com, tcp, 1999, tcp://broker.example.com:1999" })
    void addressFormsAndDefaultPortsBecomeThePahoServerUri(String host, String protocol, String port, String uri)
            throws InvalidConfigurationException {
        ConnectionSettings settings = parse(c -> {
            c.host = host;
            c.protocol = protocol;
            c.port = port == null ? null : Integer.valueOf(port);
        });

        assertEquals(uri, settings.serverUri());
    }

    @Test
    void websocketPathParameterIsAppendedForWsAndWss() throws InvalidConfigurationException {
        assertEquals("wss://hive.example.com:8884/mqtt", parse(c -> {
            c.host = "hive.example.com";
            c.protocol = "wss";
            c.port = 8884;
            c.path = "/mqtt";
        }).serverUri());
    }

    @Test
    void urlCredentialsArePercentDecodedAndNeverPartOfTheServerUri() throws InvalidConfigurationException {
        ConnectionSettings settings = parse(
                c -> c.host = "mqtt://home%401:p%40ss%3Aw%2Frd%2B+%C3%A4@broker.example.com:1883");

        assertEquals("tcp://broker.example.com:1883", settings.serverUri());
        assertEquals("home@1", settings.username());
        assertEquals("p@ss:w/rd++ä", password(settings), "a + stays a plus, %XX is UTF-8");
        assertFalse(settings.toString().contains("p@ss"), "password must not be in toString(): " + settings);
    }

    @Test
    void unencodedAtSignsInAUrlPasswordAreTakenUpToTheLastAt() throws InvalidConfigurationException {
        ConnectionSettings settings = parse(c -> c.host = "mqtts://user:p@ss/w@broker.example.com");

        assertEquals("ssl://broker.example.com:8883", settings.serverUri());
        assertEquals("user", settings.username());
        assertEquals("p@ss/w", password(settings));
    }

    @Test
    void urlWithUserOnlyHasNoPassword() throws InvalidConfigurationException {
        ConnectionSettings settings = parse(c -> c.host = "mqtt://device42@broker.example.com");

        assertEquals("device42", settings.username());
        assertNull(settings.password());
    }

    @Test
    void mqttOptionsAreTakenAsGiven() throws InvalidConfigurationException {
        ConnectionSettings settings = parse(c -> {
            c.host = "broker.example.com";
            c.clientId = "home-gateway-7";
            c.username = "user";
            c.password = "secret";
            c.cleanSession = false;
            c.keepAlive = 0;
            c.connectTimeout = 30;
            c.reconnectDelayMin = 2;
            c.reconnectDelayMax = 600;
            c.maxInFlight = 10;
            c.statusTopic = "homes/{thing}/link";
        });

        assertEquals("home-gateway-7", settings.clientId());
        assertEquals("user", settings.username());
        assertEquals("secret", password(settings));
        assertFalse(settings.cleanSession());
        assertEquals(0, settings.keepAliveSeconds());
        assertEquals(30, settings.connectTimeoutSeconds());
        assertEquals(2000, settings.minBackoffMillis());
        assertEquals(600_000, settings.maxBackoffMillis());
        assertEquals(10, settings.inFlightWindow());
        assertEquals("homes/home/link", settings.statusTopic());
        assertFalse(settings.toString().contains("secret"), "password must not be in toString(): " + settings);
    }

    @Test
    void emptyStatusTopicTurnsBirthAndLastWillOff() throws InvalidConfigurationException {
        assertNull(parse(c -> {
            c.host = "broker.example.com";
            c.statusTopic = "  ";
        }).statusTopic());
    }

    @Test
    void sslWithoutSecuritySettingsUsesTheJvmTrustStoreAndChecksTheHostName() throws InvalidConfigurationException {
        TlsSettings tls = parse(c -> {
            c.host = "broker.example.com";
            c.protocol = "ssl";
        }).tls();

        assertNotNull(tls);
        assertTrue(tls.verifyHostname(), "host name verification is on by default");
        assertFalse(tls.insecure());
        assertTrue(tls.summary().contains("JVM trust store"), tls.summary());
    }

    @Test
    void mutualTlsMaterialIsReadFromFilesAndFromPemTextWithoutLineBreaks(@TempDir Path directory)
            throws InvalidConfigurationException {
        TestPki pki = TestPki.create("Parser Test CA");
        Issued client = pki.client(KeyType.RSA, "home1");
        Path caFile = TestPki.write(directory, "ca.pem", pki.caPem());
        Path keyFile = TestPki.write(directory, "client.key", client.traditionalPem());

        ConnectionSettings settings = parse(c -> {
            c.host = "mqtts://broker.example.com";
            c.caCertificate = caFile.toString();
            // as pasted into a one-line field: the line breaks became spaces
            c.clientCertificate = client.certificatePem().replace('\n', ' ');
            c.privateKey = keyFile.toString();
        });

        TlsSettings tls = settings.tls();
        assertNotNull(tls);
        assertTrue(tls.summary().contains("CN=home1"), "the summary names the client certificate: " + tls.summary());
        assertFalse(settings.toString().contains("PRIVATE"), "no key material in toString(): " + settings);
    }

    @Test
    void insecureAndNoHostnameCheckAreCarriedToTheTlsSettings() throws InvalidConfigurationException {
        ConnectionSettings insecure = parse(c -> {
            c.host = "mqtts://broker.example.com";
            c.insecure = true;
        });
        ConnectionSettings noHostname = parse(c -> {
            c.host = "mqtts://broker.example.com";
            c.verifyHostname = false;
        });

        assertTrue(insecure.insecure());
        TlsSettings tls = noHostname.tls();
        assertNotNull(tls);
        assertFalse(tls.verifyHostname());
        assertFalse(noHostname.insecure());
    }

    /** The password the settings give for a connect, or null for none. */
    private static @Nullable String password(ConnectionSettings settings) {
        PasswordSource source = settings.password();
        return source == null ? null : source.next();
    }
}
