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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.cloud.DeviceKey;
import org.openhab.binding.cloudsync.internal.cloud.SasToken;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.payload.Compression;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;

/**
 * Specifies how a {@code cloudsync:azure-iot-hub} Thing connects as an IoT Hub device without an SDK: the
 * connection string becomes client ID, user name and a password source that signs a fresh SAS token for every
 * connect; X.509 needs no password; the websocket transport; and the topics Azure prescribes.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class AzureIotHubConfigParserTest {

    private static final byte[] KEY = "secret-device-key-of-the-tests".getBytes(StandardCharsets.UTF_8);
    private static final String CONNECTION_STRING = "HostName=myhub.azure-devices.net;DeviceId=home1;SharedAccessKey="
            + Base64.getEncoder().encodeToString(KEY);
    private static final EndpointIdentity THING = EndpointIdentity.of("test", "cloudsync:azure-iot-hub:home");
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Issued CERTIFICATE = TestPki.create("Azure Test CA").client(KeyType.EC, "home1");

    private static AzureIotHubConfiguration config(Consumer<AzureIotHubConfiguration> change) {
        AzureIotHubConfiguration config = new AzureIotHubConfiguration();
        config.connectionString = CONNECTION_STRING;
        change.accept(config);
        return config;
    }

    private static EndpointSettings parse(AzureIotHubConfiguration config) throws InvalidConfigurationException {
        return EndpointConfigParser.parse(config, THING).settings();
    }

    @Test
    void theConnectionStringGivesClientIdUserNameAndTheHub() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
        }));

        ConnectionSettings connection = settings.connection();
        assertEquals(List.of("ssl://myhub.azure-devices.net:8883"), connection.serverUris());
        assertEquals("home1", connection.clientId(), "the client ID is the device ID");
        assertEquals("myhub.azure-devices.net/home1/?api-version=2021-04-12", connection.username());
        assertNull(connection.statusTopic(), "the hub takes messages only on its own topics");
        TlsSettings tls = connection.tls();
        assertNotNull(tls);
        assertTrue(tls.verifyHostname());
        assertEquals(ServiceRules.AZURE_IOT_HUB, settings.rules());
        assertEquals(100, settings.delivery().maxPublishRate());
        assertEquals(0, settings.delivery().maxBytesRate());
    }

    @Test
    void thePasswordIsAFreshSasTokenValidForTheConfiguredMinutes() throws InvalidConfigurationException {
        AzureIotHubConfiguration config = config(c -> c.sasTokenValidity = 30);
        EndpointTarget target = AzureIotHubConfigParser.parse(config, THING, Clock.fixed(NOW, ZoneOffset.UTC));

        PasswordSource password = target.connection().password();
        assertNotNull(password);
        assertEquals(Duration.ofMinutes(30), password.validity(), "the transport reconnects before it runs out");
        Instant expiry = NOW.plus(Duration.ofMinutes(30));
        assertEquals(SasToken.create("myhub.azure-devices.net", "home1", DeviceKey.of(KEY), expiry).value(),
                password.next());
        assertTrue(password.next().endsWith("&se=" + expiry.getEpochSecond()));
        assertEquals("***", password.toString(), "the token never shows");
    }

    @Test
    void eachConnectGetsATokenCountedFromThatMoment() throws InvalidConfigurationException {
        MovingClock clock = new MovingClock(NOW);
        PasswordSource password = AzureIotHubConfigParser.parse(config(c -> {
        }), THING, clock).connection().password();
        assertNotNull(password);

        String first = password.next();
        clock.now = NOW.plus(Duration.ofMinutes(50));
        String second = password.next();

        assertTrue(first.endsWith("&se=" + NOW.plus(Duration.ofMinutes(60)).getEpochSecond()), first);
        assertTrue(second.endsWith("&se=" + NOW.plus(Duration.ofMinutes(110)).getEpochSecond()), second);
    }

    @Test
    void theWebsocketTransportUsesPort443AndIotHubsPath() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.transport = "websocket"));

        assertEquals("wss://myhub.azure-devices.net:443/$iothub/websocket", settings.connection().serverUri());
    }

    @Test
    void anX509DeviceSendsTheUserNameWithoutAPassword() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
            c.connectionString = "";
            c.hostName = "myhub.azure-devices.net";
            c.deviceId = "home1";
            c.clientCertificate = CERTIFICATE.certificatePem();
            c.privateKey = CERTIFICATE.pkcs8Pem();
        }));

        ConnectionSettings connection = settings.connection();
        assertEquals("home1", connection.clientId());
        assertEquals("myhub.azure-devices.net/home1/?api-version=2021-04-12", connection.username());
        assertNull(connection.password());
        TlsSettings tls = connection.tls();
        assertNotNull(tls);
        assertTrue(tls.summary().contains("client certificate"), tls.summary());
    }

    @Test
    void perItemJsonGoesToTheDeviceEventsWithContentTypeAndTheItemAsProperty() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
        }));
        StateChange change = Changes.number("Kitchen_Temperature", "21.5");

        assertEquals("devices/home1/messages/events/$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8"
                + "&item=Kitchen_Temperature", settings.payload().topic().render(change, null));
        assertTrue(settings.rules().checkTopic(settings.payload().topic().render(change, null)).isEmpty());
    }

    @Test
    void rawClaimsNoContentTypeSinceTheBodyMayBeAnImage() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.payloadFormat = "raw"));

        assertEquals("devices/home1/messages/events/item=Door_Camera",
                settings.payload().topic().render(Changes.image("Door_Camera", new byte[] { 1 }, "image/png"), null));
    }

    @Test
    void aBatchGoesToTheDeviceEventsWithoutAnItem() throws InvalidConfigurationException {
        EndpointSettings json = parse(config(c -> c.payloadFormat = "json-batch"));
        EndpointSettings gzip = parse(config(c -> {
            c.payloadFormat = "json-batch";
            c.compression = "gzip";
        }));

        assertEquals("devices/home1/messages/events/$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8",
                json.payload().batchTopic().renderForThing());
        assertEquals("devices/home1/messages/events/compression=gzip", gzip.payload().batchTopic().renderForThing());
        assertEquals(Compression.GZIP, gzip.payload().compression());
    }

    @Test
    void retainIsAcceptedWithANoticeForTheOnlineStatus() throws InvalidConfigurationException {
        ParsedConfiguration parsed = EndpointConfigParser.parse(config(c -> c.retain = true), THING);

        assertTrue(parsed.settings().delivery().retain());
        ConfigurationNotice notice = parsed.notices().stream().filter(n -> n.onlineTextKey() != null).findFirst()
                .orElseThrow();
        assertEquals("online.rule-retain-not-stored", notice.onlineTextKey());
        assertEquals(List.of("Azure IoT Hub"), notice.arguments());
        assertEquals(List.of(), EndpointConfigParser.parse(config(c -> {
        }), THING).notices());
    }

    /** A clock a test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
