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
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;
import org.openhab.binding.cloudsync.internal.testutil.MosquittoBroker;
import org.openhab.binding.cloudsync.internal.testutil.MosquittoBroker.Listener;
import org.openhab.binding.cloudsync.internal.testutil.TcpProxy;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Specifies the connections to real Mosquitto brokers, as cloud users run them: plain TCP, login, TLS with a
 * CA made in the test, mutual TLS, WebSocket and secure WebSocket, and the Thing status of each failure:
 * wrong CA, certificate for another host name, expired certificate, wrong password, closed port, a broker
 * that comes up only after the first connect failed, and a connection that dies (last will).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Tag("mosquitto")
class MosquittoConnectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String USER = "home1";
    private static final String PASSWORD = "pa$$ w0rd";
    private static final String STATUS_TOPIC = "openhab/cloudsync/home/status";

    private static TestPki pki = TestPki.create("unset");
    private static @Nullable MosquittoBroker broker;

    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();
    /** The handler the test initialized last. */
    private @Nullable HandlerHarness harness;
    private @Nullable MosquittoBroker extraBroker;

    @BeforeAll
    static void startBroker() {
        pki = TestPki.create("Mosquitto Test CA");
        MosquittoBroker started = MosquittoBroker.builder().login(USER, PASSWORD).listener(Listener.TLS)
                .listener(Listener.MUTUAL_TLS).listener(Listener.WS).listener(Listener.WSS)
                .certificates(pki, pki.server()).build();
        broker = started;
        started.start();
    }

    @AfterAll
    static void stopBroker() {
        MosquittoBroker current = broker;
        if (current != null) {
            current.close();
        }
    }

    @AfterEach
    void dispose() {
        MosquittoBroker extra = extraBroker;
        if (extra != null) {
            extra.close();
        }
    }

    private static MosquittoBroker broker() {
        MosquittoBroker current = broker;
        assertNotNull(current);
        return current;
    }

    private HandlerHarness initialize(Object... keyValues) {
        HandlerHarness created = closed.add(HandlerHarness.initializeReconnectingFast(keyValues));
        harness = created;
        return created;
    }

    /** With this configuration the Thing goes ONLINE, and its online message reaches the plain listener. */
    private void assertOnlineAndPublishing(String how, Object... keyValues) throws Exception {
        try (MessageCollector collector = new MessageCollector(broker().tcpUri(), STATUS_TOPIC)) {
            initialize(keyValues).awaitOnline(TIMEOUT);
            // a retained status from an earlier test does not count
            assertEquals(1, collector.await(1, TIMEOUT, m -> !m.retained() && "online".equals(m.payload())).size(),
                    "the online message must reach Mosquitto over " + how);
        }
    }

    private String url(String scheme, Listener listener) {
        return scheme + "://127.0.0.1:" + broker().port(listener);
    }

    @Test
    void plainTcpWithOnlyHostAndPortGoesOnlineAndLeavesARetainedStatus() throws Exception {
        assertOnlineAndPublishing("plain TCP", "host", "127.0.0.1", "port", broker().port(Listener.TCP));

        try (MessageCollector late = new MessageCollector(broker().tcpUri(), STATUS_TOPIC)) {
            List<Received> received = late.await(1, TIMEOUT);
            assertFalse(received.isEmpty(), "a late subscriber must get the status");
            assertTrue(received.get(0).retained(), "the status must be a retained message");
        }
    }

    @Test
    void usernameAndPasswordParametersLogIn() throws Exception {
        assertOnlineAndPublishing("a login", "host", "127.0.0.1", "port", broker().port(Listener.TCP_LOGIN), "username",
                USER, "password", PASSWORD);
    }

    @Test
    void percentEncodedCredentialsInACloudMqttStyleUrlLogIn() throws Exception {
        assertOnlineAndPublishing("a URL login", "host",
                "mqtt://home1:pa%24%24%20w0rd@127.0.0.1:" + broker().port(Listener.TCP_LOGIN));
    }

    @Test
    void wrongPasswordIsAConfigurationErrorSayingNotAuthorized() {
        initialize("host", url("mqtt", Listener.TCP_LOGIN), "username", USER, "password", "wrong");

        ThingStatusInfo status = current().awaitOffline(ThingStatusDetail.CONFIGURATION_ERROR,
                "offline.conf-error-not-authorized", TIMEOUT);

        assertEquals("@text/offline.conf-error-not-authorized", status.getDescription());
    }

    @Test
    void tlsWithTheCaGeneratedInTheTestGoesOnline() throws Exception {
        assertOnlineAndPublishing("TLS", "host", url("mqtts", Listener.TLS), "caCertificate", pki.caPem());
    }

    @Test
    void mutualTlsWithClientCertificateAndPkcs1KeyGoesOnline() throws Exception {
        Issued client = pki.client(KeyType.RSA, "home1");

        assertOnlineAndPublishing("mutual TLS", "host", url("ssl", Listener.MUTUAL_TLS), "caCertificate", pki.caPem(),
                "clientCertificate", client.certificatePem(), "privateKey", client.traditionalPem());
    }

    @Test
    void mutualTlsWithoutClientCertificateIsACommunicationErrorAboutTheCertificate() {
        initialize("host", url("mqtts", Listener.MUTUAL_TLS), "caCertificate", pki.caPem());

        assertClientCertificateRejected();
    }

    @Test
    void mutualTlsWithAClientCertificateOfAnotherCaIsRejected() {
        Issued stranger = TestPki.create("Stranger CA").client(KeyType.EC, "stranger");
        initialize("host", url("mqtts", Listener.MUTUAL_TLS), "caCertificate", pki.caPem(), "clientCertificate",
                stranger.certificatePem(), "privateKey", stranger.pkcs8Pem());

        assertClientCertificateRejected();
    }

    private void assertClientCertificateRejected() {
        ThingStatusInfo status = current().awaitStatus(
                s -> s.getStatusDetail() == ThingStatusDetail.COMMUNICATION_ERROR, TIMEOUT, "COMMUNICATION_ERROR");
        String description = String.valueOf(status.getDescription());
        assertTrue(
                description.startsWith("@text/offline.comm-error-tls-client-rejected")
                        || description.startsWith("@text/offline.comm-error-connect-closed"),
                "the status must point at the client certificate: " + description);
    }

    @Test
    void webSocketGoesOnline() throws Exception {
        assertOnlineAndPublishing("WebSocket", "host", url("ws", Listener.WS));
    }

    @Test
    void secureWebSocketGoesOnline() throws Exception {
        assertOnlineAndPublishing("secure WebSocket", "host", url("wss", Listener.WSS) + "/mqtt", "caCertificate",
                pki.caPem());
    }

    @Test
    void brokerCertificateOfAnotherCaIsACommunicationErrorNamingTheCause() {
        initialize("host", url("mqtts", Listener.TLS), "caCertificate", TestPki.create("Wrong CA").caPem());

        ThingStatusInfo status = current().awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                "offline.comm-error-tls-untrusted", TIMEOUT);

        assertEquals("@text/offline.comm-error-tls-untrusted [\"" + url("ssl", Listener.TLS) + "\"]",
                status.getDescription());
    }

    @Test
    void certificateForAnotherHostNameIsACommunicationErrorNamingTheHost() {
        MosquittoBroker other = extra(
                pki.server(KeyType.EC, List.of("other.example.com"), TestPki.validFrom(), TestPki.validUntil()));
        initialize("host", "mqtts://127.0.0.1:" + other.port(Listener.TLS), "caCertificate", pki.caPem());

        ThingStatusInfo status = current().awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                "offline.comm-error-tls-hostname", TIMEOUT);

        assertEquals("@text/offline.comm-error-tls-hostname [\"127.0.0.1\"]", status.getDescription());
    }

    @Test
    void expiredBrokerCertificateIsACommunicationErrorSayingSo() {
        Instant now = Instant.now();
        MosquittoBroker expired = extra(pki.server(KeyType.RSA, List.of("localhost", "127.0.0.1"),
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))));
        initialize("host", "mqtts://127.0.0.1:" + expired.port(Listener.TLS), "caCertificate", pki.caPem());

        current().awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-tls-expired", TIMEOUT);
    }

    @Test
    void closedPortIsACommunicationErrorSayingRefused() {
        int closed = EmbeddedBroker.freePort();
        initialize("host", "127.0.0.1", "port", closed);

        ThingStatusInfo status = current().awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                "offline.comm-error-connect-refused", TIMEOUT);

        assertEquals("@text/offline.comm-error-connect-refused [\"tcp://127.0.0.1:" + closed + "\"]",
                status.getDescription());
    }

    @Test
    void brokerThatComesUpAfterTheFirstConnectFailedIsReachedWithoutHelp() throws Exception {
        MosquittoBroker late = MosquittoBroker.builder().build();
        extraBroker = late;
        HandlerHarness endpoint = initialize("host", "127.0.0.1", "port", late.port(Listener.TCP));
        endpoint.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-connect-refused", TIMEOUT);

        late.start();

        endpoint.awaitOnline(TIMEOUT);
    }

    @Test
    void connectionThatDiesLeavesTheLastWillAndReconnects() throws Exception {
        try (TcpProxy link = new TcpProxy(broker().port(Listener.TCP));
                MessageCollector collector = new MessageCollector(broker().tcpUri(), STATUS_TOPIC)) {
            HandlerHarness endpoint = initialize("host", "127.0.0.1", "port", link.port());
            endpoint.awaitOnline(TIMEOUT);
            collector.await(1, TIMEOUT, m -> !m.retained() && "online".equals(m.payload()));

            link.cut();

            endpoint.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-connection-lost", TIMEOUT);
            List<String> payloads = collector.await(3, TIMEOUT, m -> !m.retained()).stream().map(Received::payload)
                    .toList();
            assertEquals(List.of("online", "offline", "online"), payloads,
                    "the broker publishes the last will when the link dies; online follows the reconnect");
        }
    }

    /** A second broker with only a TLS listener presenting the given certificate. */
    private MosquittoBroker extra(Issued serverCertificate) {
        MosquittoBroker extra = MosquittoBroker.builder().listener(Listener.TLS).certificates(pki, serverCertificate)
                .build();
        extraBroker = extra;
        extra.start();
        return extra;
    }

    private HandlerHarness current() {
        HandlerHarness current = harness;
        assertNotNull(current);
        return current;
    }
}
