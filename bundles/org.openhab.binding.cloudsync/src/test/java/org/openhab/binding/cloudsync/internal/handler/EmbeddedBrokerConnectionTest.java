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
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.binding.cloudsync.internal.testutil.SecureEmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Specifies, against embedded Moquette brokers, what the Thing status says for TLS, mutual TLS and WebSocket
 * connections, and what the status topic holds. The Mosquitto suite ({@code -Pbroker-fault}) specifies the
 * same against the broker cloud users run.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class EmbeddedBrokerConnectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String STATUS_TOPIC = "openhab/cloudsync/home/status";

    private static TestPki pki = TestPki.create("unset");
    private static @Nullable SecureEmbeddedBroker broker;
    private static @Nullable SecureEmbeddedBroker mutualBroker;
    private static @Nullable SecureEmbeddedBroker otherNameBroker;

    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();
    /** The handler the test initialized last. */
    private @Nullable HandlerHarness harness;

    @BeforeAll
    static void startBrokers() {
        pki = TestPki.create("Embedded Test CA");
        broker = SecureEmbeddedBroker.start(pki, pki.server());
        mutualBroker = SecureEmbeddedBroker.startMutual(pki, pki.server());
        otherNameBroker = SecureEmbeddedBroker.start(pki,
                pki.server(KeyType.EC, List.of("other.example.com"), TestPki.validFrom(), TestPki.validUntil()));
    }

    @AfterAll
    static void stopBrokers() {
        for (SecureEmbeddedBroker each : new SecureEmbeddedBroker[] { broker, mutualBroker, otherNameBroker }) {
            if (each != null) {
                each.close();
            }
        }
    }

    private static SecureEmbeddedBroker broker() {
        SecureEmbeddedBroker current = broker;
        assertNotNull(current);
        return current;
    }

    private HandlerHarness initialize(Object... keyValues) {
        Object[] withInterval = Arrays.copyOf(keyValues, keyValues.length + 2);
        // first, so that a test's own interval wins
        System.arraycopy(keyValues, 0, withInterval, 2, keyValues.length);
        withInterval[0] = "interval";
        withInterval[1] = 0;
        HandlerHarness created = closed.add(HandlerHarness.initializeReconnectingFast(withInterval));
        harness = created;
        return created;
    }

    @Test
    void tlsWithTheCaGeneratedInTheTestGoesOnlineAndPublishes() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().tcpUri(), STATUS_TOPIC)) {
            HandlerHarness endpoint = initialize("host", "mqtts://127.0.0.1:" + broker().sslPort(), "caCertificate",
                    pki.caPem());

            ThingStatusInfo online = endpoint.awaitOnline(TIMEOUT);

            assertNull(online.getDescription(), "a checked TLS connection needs no remark");
            assertEquals(1, collector.await(1, TIMEOUT, m -> "online".equals(m.payload())).size(),
                    "the birth message must reach the broker over TLS");
        }
    }

    @Test
    void brokerCertificateFromAnUnknownCaIsACommunicationErrorNamingTheCause() {
        HandlerHarness endpoint = initialize("host", "127.0.0.1", "protocol", "ssl", "port", broker().sslPort());

        ThingStatusInfo status = endpoint.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                "offline.comm-error-tls-untrusted", TIMEOUT);

        assertEquals("@text/offline.comm-error-tls-untrusted [\"ssl://127.0.0.1:" + broker().sslPort() + "\"]",
                status.getDescription());
    }

    @Test
    void wrongCaIsACommunicationErrorNamingTheCause() {
        initialize("host", "mqtts://127.0.0.1:" + broker().sslPort(), "caCertificate",
                TestPki.create("Some Other CA").caPem());

        current().awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-tls-untrusted", TIMEOUT);
    }

    @Test
    void certificateForAnotherHostNameIsACommunicationErrorNamingTheHost() {
        SecureEmbeddedBroker other = otherNameBroker;
        assertNotNull(other);
        HandlerHarness endpoint = initialize("host", "mqtts://127.0.0.1:" + other.sslPort(), "caCertificate",
                pki.caPem());

        ThingStatusInfo status = endpoint.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                "offline.comm-error-tls-hostname", TIMEOUT);

        assertEquals("@text/offline.comm-error-tls-hostname [\"127.0.0.1\"]", status.getDescription());
    }

    @Test
    void certificateForAnotherHostNameIsAcceptedWhenHostNameVerificationIsOff() {
        SecureEmbeddedBroker other = otherNameBroker;
        assertNotNull(other);
        initialize("host", "mqtts://127.0.0.1:" + other.sslPort(), "caCertificate", pki.caPem(), "verifyHostname",
                false);

        current().awaitOnline(TIMEOUT);
    }

    @Test
    void insecureAcceptsAnUnknownCaAndSaysSoInTheOnlineStatus() {
        initialize("host", "mqtts://127.0.0.1:" + broker().sslPort(), "insecure", true);

        ThingStatusInfo online = current().awaitOnline(TIMEOUT);

        assertEquals("@text/online.insecure", online.getDescription(),
                "an insecure connection must say so while ONLINE");
    }

    @Test
    void plainWebSocketGoesOnline() throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().tcpUri(), STATUS_TOPIC)) {
            initialize("host", "ws://127.0.0.1:" + broker().wsPort() + "/mqtt");

            current().awaitOnline(TIMEOUT);
            assertEquals(1, collector.await(1, TIMEOUT, m -> "online".equals(m.payload())).size(),
                    "the birth message must arrive over ws");
        }
    }

    @Test
    void secureWebSocketWithHostAndProtocolParametersGoesOnline() {
        initialize("host", "127.0.0.1", "protocol", "wss", "port", broker().wssPort(), "path", "/mqtt", "caCertificate",
                pki.caPem());

        current().awaitOnline(TIMEOUT);
    }

    @Test
    void mutualTlsWithClientCertificateGoesOnline() {
        SecureEmbeddedBroker mutual = mutualBroker;
        assertNotNull(mutual);
        Issued client = pki.client(KeyType.RSA, "home1");
        initialize("host", "mqtts://127.0.0.1:" + mutual.sslPort(), "caCertificate", pki.caPem(), "clientCertificate",
                client.certificatePem(), "privateKey", client.traditionalPem());

        current().awaitOnline(TIMEOUT);
    }

    @Test
    void mutualTlsWithoutClientCertificateIsACommunicationError() {
        SecureEmbeddedBroker mutual = mutualBroker;
        assertNotNull(mutual);
        initialize("host", "mqtts://127.0.0.1:" + mutual.sslPort(), "caCertificate", pki.caPem());

        ThingStatusInfo status = current().awaitStatus(
                s -> s.getStatusDetail() == ThingStatusDetail.COMMUNICATION_ERROR, TIMEOUT, "COMMUNICATION_ERROR");

        String description = String.valueOf(status.getDescription());
        assertTrue(
                description.startsWith("@text/offline.comm-error-tls-client-rejected")
                        || description.startsWith("@text/offline.comm-error-connect-closed"),
                "the status must point at the client certificate: " + description);
    }

    @Test
    void statusTopicHoldsOnlineWhileConnectedAndOfflineAfterDispose() throws Exception {
        String topic = "homes/home/link";
        try (MessageCollector live = new MessageCollector(broker().tcpUri(), topic)) {
            HandlerHarness endpoint = initialize("host", "127.0.0.1", "port", broker().tcpPort(), "statusTopic",
                    "homes/{thing}/link");
            endpoint.awaitOnline(TIMEOUT);
            assertEquals(1, live.await(1, TIMEOUT, m -> "online".equals(m.payload())).size(),
                    "online must be published on connect");
            assertRetained("online", topic, "while connected");

            endpoint.dispose();

            assertEquals(1, live.await(1, TIMEOUT, m -> "offline".equals(m.payload())).size(),
                    "offline must be published on a clean dispose");
            assertRetained("offline", topic, "after dispose");
        }
    }

    /**
     * A late subscriber gets the retained status. (Moquette 0.17 does not set the retain flag on such
     * deliveries; the Mosquitto suite checks the flag.)
     */
    private static void assertRetained(String payload, String topic, String when) throws Exception {
        try (MessageCollector late = new MessageCollector(broker().tcpUri(), topic)) {
            List<Received> received = late.await(1, TIMEOUT);
            assertEquals(payload, received.isEmpty() ? null : received.get(0).payload(),
                    "a late subscriber must get the retained status " + when);
        }
    }

    private HandlerHarness current() {
        HandlerHarness current = harness;
        assertNotNull(current);
        return current;
    }
}
