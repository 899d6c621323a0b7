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
package org.openhab.binding.cloudsync.internal.testutil;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.cloud.AzureIdentity;
import org.openhab.binding.cloudsync.internal.cloud.DeviceKey;
import org.openhab.binding.cloudsync.internal.cloud.PropertyBag;
import org.openhab.binding.cloudsync.internal.cloud.SasToken;
import org.openhab.binding.cloudsync.internal.testutil.AzureIotHubBroker.Refusal;

/**
 * Specifies the Azure IoT Hub stand-in with a plain Paho client: a device with a valid SAS token connects and
 * publishes; a wrong signature, user name or client ID, an expired or altered token are refused for that reason;
 * a connection is cut when its token expires; a QoS 2 publish closes the connection and never reaches the broker.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class AzureIotHubBrokerTest {

    private static final String HOST = "testhub.azure-devices.net";
    private static final String DEVICE = "device-1";
    private static final byte[] KEY = Base64.getDecoder().decode("8Hxmq0JD3nC7l9v1zF4q2sWk6pTg5rYb0Ue3Ia7Lc1M=");
    private static final byte[] OTHER_KEY = Base64.getDecoder().decode("r3Xq0JD3nC7l9v1zF4q2sWk6pTg5rYb0Ue3Ia7Lc1M0=");

    /** One hub for the class: Moquette takes about two seconds to stop. */
    private static @Nullable AzureIotHubBroker hub;
    private @Nullable MqttClient client;

    private final AzureIdentity identity = new AzureIdentity(HOST, DEVICE, DeviceKey.of(KEY));

    @BeforeAll
    static void startHub() {
        hub = AzureIotHubBroker.start(HOST, DEVICE, KEY);
    }

    @AfterAll
    static void stopHub() {
        AzureIotHubBroker h = hub;
        if (h != null) {
            h.close();
        }
    }

    @BeforeEach
    void freshRecords() {
        hub().reset();
    }

    @AfterEach
    void closeClient() throws MqttException {
        MqttClient c = client;
        client = null;
        if (c != null) {
            if (c.isConnected()) {
                c.disconnectForcibly(0, 500);
            }
            c.close(true);
        }
    }

    private static AzureIotHubBroker hub() {
        AzureIotHubBroker h = hub;
        assertNotNull(h);
        return h;
    }

    /** Connects a plain Paho client through the hub's front door. */
    private MqttClient connect(String clientId, @Nullable String userName, @Nullable String password)
            throws MqttException {
        closeClient(); // one client at a time: no Paho threads are left behind
        MqttClient c = new MqttClient(hub().uri(), clientId, new MemoryPersistence());
        client = c;
        MqttConnectOptions options = TestClients.options(Duration.ofSeconds(10));
        options.setKeepAliveInterval(60);
        if (userName != null) {
            options.setUserName(userName);
        }
        if (password != null) {
            options.setPassword(password.toCharArray());
        }
        c.connect(options);
        return c;
    }

    private MqttSecurityException refused(String clientId, @Nullable String userName, @Nullable String password) {
        return assertThrows(MqttSecurityException.class, () -> connect(clientId, userName, password));
    }

    @Test
    void aDeviceWithAValidTokenConnectsAndItsTelemetryArrives() throws Exception {
        SasToken token = identity.token(Instant.now().plusSeconds(3600));
        try (MessageCollector observer = new MessageCollector(hub().observerUri(), "devices/#")) {
            MqttClient device = connect(identity.clientId(), identity.userName(), token.value());
            String topic = identity.telemetryTopic(PropertyBag.JSON_UTF8);
            device.publish(topic, "{\"temp\":21.5}".getBytes(StandardCharsets.UTF_8), 1, false);

            List<MessageCollector.Received> received = observer.await(1, Duration.ofSeconds(10));

            assertEquals(1, received.size());
            assertEquals("devices/device-1/messages/events/$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8",
                    received.get(0).topic());
            assertEquals("{\"temp\":21.5}", received.get(0).payload());
        }
        List<AzureIotHubBroker.Connect> connects = hub().connects();
        assertEquals(1, connects.size());
        assertEquals(DEVICE, connects.get(0).clientId());
        assertEquals("testhub.azure-devices.net/device-1/?api-version=2021-04-12", connects.get(0).userName());
        assertEquals(token.expiry(), connects.get(0).expiry());
        assertEquals(List.of(), hub().refusals());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String token = SasToken.create(HOST, DEVICE, OTHER_KEY, Instant.now().plusSeconds(3600)).value();

        MqttSecurityException e = refused(DEVICE, identity.userName(), token);

        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, e.getReasonCode());
        assertEquals(List.of(Refusal.BAD_SIGNATURE), hub().refusals());
        assertEquals(List.of(), hub().connects());
    }

    @Test
    void aTokenWhoseExpiryWasMovedAfterSigningIsRefused() {
        SasToken token = identity.token(Instant.now().plusSeconds(60));
        String extended = token.value().replace("&se=" + token.expiry().getEpochSecond(),
                "&se=" + token.expiry().plusSeconds(86_400).getEpochSecond());

        refused(DEVICE, identity.userName(), extended);

        assertEquals(List.of(Refusal.BAD_SIGNATURE), hub().refusals());
    }

    @Test
    void aWrongUserNameIsRefused() {
        String token = identity.token(Instant.now().plusSeconds(3600)).value();

        MqttSecurityException withoutVersion = refused(DEVICE, HOST + "/" + DEVICE, token);
        MqttSecurityException otherHub = refused(DEVICE,
                "otherhub.azure-devices.net/" + DEVICE + "/?api-version=2021-04-12", token);

        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, withoutVersion.getReasonCode());
        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, otherHub.getReasonCode());
        assertEquals(List.of(Refusal.WRONG_USER_NAME, Refusal.WRONG_USER_NAME), hub().refusals());
    }

    @Test
    void aClientIdOtherThanTheDeviceIdIsRefused() {
        String token = identity.token(Instant.now().plusSeconds(3600)).value();

        MqttSecurityException e = refused("openhab-cloudsync", identity.userName(), token);

        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, e.getReasonCode());
        assertEquals(List.of(Refusal.CLIENT_ID_NOT_A_DEVICE), hub().refusals());
    }

    @Test
    void aTokenForAnotherDeviceIsRefused() {
        hub().addDevice("device-2", KEY); // same key: only the resource tells them apart (stays for later tests)
        String tokenOfDevice2 = SasToken.create(HOST, "device-2", KEY, Instant.now().plusSeconds(3600)).value();

        refused(DEVICE, identity.userName(), tokenOfDevice2);

        assertEquals(List.of(Refusal.WRONG_RESOURCE), hub().refusals());
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = identity.token(Instant.now().minusSeconds(10)).value();

        MqttSecurityException e = refused(DEVICE, identity.userName(), token);

        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, e.getReasonCode());
        assertEquals(List.of(Refusal.EXPIRED), hub().refusals());
    }

    @Test
    void noUserNameOrNoPasswordIsRefused() {
        MqttSecurityException anonymous = refused(DEVICE, null, null);
        MqttSecurityException noPassword = refused(DEVICE, identity.userName(), null);

        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, anonymous.getReasonCode());
        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, noPassword.getReasonCode());
        assertEquals(List.of(Refusal.NO_USER_NAME, Refusal.NO_PASSWORD), hub().refusals());
    }

    @Test
    void theConnectionIsCutWhenItsTokenExpiresAndANewTokenConnectsAgain() throws Exception {
        // valid for 3 s, rounded up to the whole second a token can name
        SasToken token = identity.token(Instant.ofEpochSecond(Instant.now().plusSeconds(3).getEpochSecond() + 1));
        CountDownLatch lost = new CountDownLatch(1);
        AtomicLong lostAt = new AtomicLong();
        MqttClient device = connect(DEVICE, identity.userName(), token.value());
        long connectedAt = System.currentTimeMillis();
        device.setCallback(TestClients.onConnectionLost(cause -> {
            lostAt.set(System.currentTimeMillis());
            lost.countDown();
        }));

        assertTrue(lost.await(10, TimeUnit.SECONDS), "the hub cuts the connection at the token's expiry");

        long expiry = token.expiry().toEpochMilli();
        assertTrue(lostAt.get() >= expiry - 50, "not before the expiry: " + (lostAt.get() - expiry) + " ms");
        assertTrue(lostAt.get() <= expiry + 3000, "soon after the expiry: " + (lostAt.get() - expiry) + " ms");
        assertTrue(expiry - connectedAt > 1000, "the connection lived until its token expired");
        assertEquals(1, hub().expiryCuts());

        connect(DEVICE, identity.userName(), identity.token(Instant.now().plusSeconds(3600)).value());
        assertEquals(2, hub().connects().size());
    }

    @Test
    void aQos2PublishClosesTheConnectionAndNeverReachesTheBroker() throws Exception {
        try (MessageCollector observer = new MessageCollector(hub().observerUri(), "devices/#")) {
            MqttClient device = connect(DEVICE, identity.userName(),
                    identity.token(Instant.now().plusSeconds(3600)).value());
            MqttMessage qos2 = new MqttMessage("exactly once".getBytes(StandardCharsets.UTF_8));
            qos2.setQos(2);

            assertThrows(MqttException.class, () -> device.publish(identity.telemetryTopic(), qos2));
            assertEquals(1, hub().qos2Cuts());
            assertFalse(device.isConnected());

            // a marker sent afterwards on a new connection arrives; the QoS 2 message, never forwarded, does not
            MqttClient again = connect(DEVICE, identity.userName(),
                    identity.token(Instant.now().plusSeconds(3600)).value());
            again.publish(identity.telemetryTopic(), "marker".getBytes(StandardCharsets.UTF_8), 1, false);
            List<MessageCollector.Received> received = observer.await(1, Duration.ofSeconds(10));

            assertEquals(List.of("marker"), received.stream().map(MessageCollector.Received::payload).toList());
        }
    }

    @Test
    void verifiesTokensWithoutTheAddOnsCode() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String good = SasToken.create(HOST, DEVICE, KEY, now.plusSeconds(60)).value();

        assertNull(SasTokenCheck.verify(good, HOST, DEVICE, KEY, now));
        assertEquals(Refusal.BAD_SIGNATURE, SasTokenCheck.verify(good.replace("%2f", "%2F"), HOST, DEVICE, KEY, now),
                "the signature covers the sr exactly as sent, escapes included");
        assertEquals(Refusal.EXPIRED, SasTokenCheck.verify(good, HOST, DEVICE, KEY, now.plusSeconds(60)));
        assertEquals(Refusal.POLICY_TOKEN, SasTokenCheck.verify(good + "&skn=device", HOST, DEVICE, KEY, now));
        assertEquals(Refusal.MALFORMED_TOKEN, SasTokenCheck.verify("sig=x", HOST, DEVICE, KEY, now));
    }
}
