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
package org.openhab.binding.cloudsync.internal.mqtt;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.AlpnTlsRelay;
import org.openhab.binding.cloudsync.internal.testutil.AlpnTlsRelay.Handshake;
import org.openhab.binding.cloudsync.internal.testutil.AwsStylePki;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.PahoThreads;
import org.openhab.binding.cloudsync.internal.testutil.PahoThreadsGone;
import org.openhab.binding.cloudsync.internal.testutil.TestClients;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;

/**
 * Specifies a connection the way AWS IoT Core takes MQTT on port 443: mutual TLS with a device certificate
 * issued by AWS's device CA, ALPN {@code x-amzn-mqtt-ca}, SNI, and a server chain of certificate, intermediate
 * and "Amazon Root CA 1", of which the client trusts the root only. Built from the add-on's own
 * {@link TlsSocketFactoryBuilder} and {@link AlpnSocketFactory}, with Paho 1.2.5.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(120)
class AwsMutualTlsTest {

    private static final String ALPN = AlpnSocketFactory.AWS_MQTT_MUTUAL_TLS;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CLIENT_PREFIX = "aws-test-";
    /**
     * What a user may see when the endpoint refuses the client certificate: the alert in the handshake (TLS 1.2), or
     * a connection lost right after it (TLS 1.3).
     */
    private static final Set<String> CLIENT_REJECTED = Set.of("offline.comm-error-tls-client-rejected",
            "offline.comm-error-connect-closed", "offline.comm-error-tls");

    private static final AwsStylePki PKI = AwsStylePki.create("a1b2c3d4e5f6g7", "eu-central-1");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    @RegisterExtension
    static final PahoThreadsGone PAHO_THREADS_GONE = new PahoThreadsGone(CLIENT_PREFIX);

    private @Nullable AlpnTlsRelay relay;

    /**
     * Starts the endpoint: mutual TLS with the device CA, ALPN required.
     *
     * @param tlsVersions empty for the JDK's (TLS 1.3 first); the refusals use TLS 1.2, where the client's
     *            handshake itself fails: under TLS 1.3 Paho 1.2.5 learns of the refusal only after its handshake,
     *            while starting its receiver thread, and then leaks its "MQTT Con" thread for good
     *            ({@code CommsReceiver.start} waits forever for a receiver that has already stopped), which would
     *            break the thread-leak checks of other tests in this JVM
     */
    private void startEndpoint(String... tlsVersions) {
        AwsStylePki aws = PKI;
        relay = new AlpnTlsRelay(ALPN, aws.server().privateKey(), aws.serverChain(), BROKER.get().port(),
                List.of(aws.deviceCa().certificate()), List.of(tlsVersions));
    }

    @AfterEach
    void stopEndpoint() {
        AlpnTlsRelay running = relay;
        if (running != null) {
            running.close();
        }
    }

    private AlpnTlsRelay relay() {
        AlpnTlsRelay current = relay;
        assertNotNull(current);
        return current;
    }

    private String uri() {
        return "ssl://localhost:" + relay().port();
    }

    /** The root CA only, like a device trusting "Amazon Root CA 1", and the given client certificate. */
    private static SSLSocketFactory trustingRoot(TestPki.@Nullable Issued clientCertificate)
            throws GeneralSecurityException {
        List<X509Certificate> roots = List.of(PKI.rootCa().certificate());
        if (clientCertificate == null) {
            return TlsSocketFactoryBuilder.build(roots, List.of(), null, false);
        }
        return TlsSocketFactoryBuilder.build(roots, List.of(clientCertificate.certificate()),
                clientCertificate.privateKey(), false);
    }

    private static MqttConnectOptions options(SSLSocketFactory factory) {
        MqttConnectOptions options = TestClients.options(TIMEOUT);
        options.setSocketFactory(factory);
        options.setHttpsHostnameVerificationEnabled(true);
        return options;
    }

    private MqttClient client() throws MqttException {
        return TestClients.syncClient(uri(), CLIENT_PREFIX + UUID.randomUUID(), TIMEOUT);
    }

    /** Connects with the factory, expecting failure; returns the failure as the Thing status would sort it. */
    private ConnectFailure failedConnect(SSLSocketFactory factory) throws MqttException {
        MqttClient client = client();
        try {
            MqttException error = assertThrows(MqttException.class, () -> client.connect(options(factory)));
            return ConnectFailure.of(error, uri());
        } finally {
            TestClients.closeQuietly(client);
        }
    }

    private Handshake firstHandshake() throws InterruptedException {
        assertTrue(Conditions.await(() -> !relay().handshakes().isEmpty(), TIMEOUT), "the endpoint saw no handshake");
        return relay().handshakes().get(0);
    }

    @Test
    void deviceCertificateAndAlpnConnectAndPublish() throws Exception {
        startEndpoint();
        String topic = "aws/" + UUID.randomUUID();
        SSLSocketFactory factory = new AlpnSocketFactory(trustingRoot(PKI.device()), List.of(ALPN));
        try (MessageCollector collector = new MessageCollector(BROKER.get().uri(), topic)) {
            MqttClient client = client();
            try {
                client.connect(options(factory));
                client.publish(topic, "from the device".getBytes(StandardCharsets.UTF_8), 1, false);
            } finally {
                TestClients.closeQuietly(client);
            }
            List<MessageCollector.Received> received = collector.await(1, TIMEOUT);
            assertEquals(1, received.size());
            assertEquals("from the device", received.get(0).payload());
        }
        Handshake handshake = firstHandshake();
        assertTrue(handshake.relayed(), handshake.failure());
        assertEquals("CN=AWS IoT Certificate", handshake.clientSubject());
        assertEquals(ALPN, handshake.negotiatedProtocol());
        assertEquals(List.of("localhost"), handshake.serverNames());
    }

    @Test
    void withoutClientCertificateTheConnectFails() throws Exception {
        startEndpoint("TLSv1.2");
        ConnectFailure failure = failedConnect(new AlpnSocketFactory(trustingRoot(null), List.of(ALPN)));

        assertTrue(CLIENT_REJECTED.contains(failure.textKey()), failure.textKey() + ": " + failure.reason());
        Handshake handshake = firstHandshake();
        assertFalse(handshake.relayed());
        assertEquals("", handshake.clientSubject());
        assertEquals(0, relay().relayed());
    }

    @Test
    void deviceCertificateOfAnotherCaFails() throws Exception {
        startEndpoint("TLSv1.2");
        TestPki.Issued stranger = TestPki.create("Not The Device CA").client(TestPki.KeyType.RSA,
                "AWS IoT Certificate");
        ConnectFailure failure = failedConnect(new AlpnSocketFactory(trustingRoot(stranger), List.of(ALPN)));

        assertTrue(CLIENT_REJECTED.contains(failure.textKey()), failure.textKey() + ": " + failure.reason());
        assertFalse(firstHandshake().relayed());
        assertEquals(0, relay().relayed());
    }

    @Test
    void aRefusedDeviceCertificateAtAnEndpointThatOffersTls13LeavesNoPahoThreadBehind() throws Exception {
        // the JDK's TLS versions, 1.3 first, as AWS IoT Core offers them
        startEndpoint();
        TestPki.Issued stranger = TestPki.create("Not The Device CA").client(TestPki.KeyType.RSA,
                "AWS IoT Certificate");
        for (int attempt = 0; attempt < 3; attempt++) {
            failedConnect(new AlpnSocketFactory(trustingRoot(stranger), List.of(ALPN)));
        }

        assertEquals(List.of(), PahoThreads.awaitGone(CLIENT_PREFIX, TIMEOUT),
                "a client certificate is offered over TLS 1.2, where its refusal fails the handshake itself");
        assertEquals(0, relay().relayed());
    }

    @Test
    void deviceCertificateWithoutAlpnFails() throws Exception {
        startEndpoint();
        failedConnect(trustingRoot(PKI.device()));

        Handshake handshake = firstHandshake();
        assertFalse(handshake.relayed());
        assertEquals(List.of(), handshake.offeredProtocols());
        assertEquals(0, relay().relayed());
    }
}
