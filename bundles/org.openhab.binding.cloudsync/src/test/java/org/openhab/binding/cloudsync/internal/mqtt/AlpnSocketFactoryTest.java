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

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.HandshakeCompletedEvent;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.AlpnTlsRelay;
import org.openhab.binding.cloudsync.internal.testutil.AlpnTlsRelay.Handshake;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.PahoThreadsGone;
import org.openhab.binding.cloudsync.internal.testutil.TestClients;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;

/**
 * Specifies the {@link AlpnSocketFactory}: Paho 1.2.5 offers ALPN through it, with its SNI and host name
 * verification still in force, against a TLS endpoint that, like AWS IoT Core on port 443, refuses handshakes
 * without {@code x-amzn-mqtt-ca}; and the naive way (protocols set once on a new socket) does not get through.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(120)
class AlpnSocketFactoryTest {

    private static final String AWS = AlpnSocketFactory.AWS_MQTT_MUTUAL_TLS;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CLIENT_PREFIX = "alpn-test-";

    private static final TestPki PKI = TestPki.create("ALPN Test CA");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    @RegisterExtension
    static final PahoThreadsGone PAHO_THREADS_GONE = new PahoThreadsGone(CLIENT_PREFIX);

    /** Trusts the test CA only; no client certificate. */
    private static SSLSocketFactory trustingTestCa() throws GeneralSecurityException {
        return TlsSocketFactoryBuilder.build(List.of(PKI.ca().certificate()), List.of(), null, false);
    }

    private static MqttClient client(String serverUri) throws MqttException {
        return TestClients.syncClient(serverUri, CLIENT_PREFIX + UUID.randomUUID(), TIMEOUT);
    }

    private static MqttConnectOptions options(SSLSocketFactory factory, boolean verifyHostname) {
        MqttConnectOptions options = TestClients.options(TIMEOUT);
        options.setSocketFactory(factory);
        options.setHttpsHostnameVerificationEnabled(verifyHostname);
        return options;
    }

    private static Handshake firstHandshake(AlpnTlsRelay relay) throws InterruptedException {
        assertTrue(Conditions.await(() -> !relay.handshakes().isEmpty(), TIMEOUT), "the relay saw no handshake");
        return relay.handshakes().get(0);
    }

    @Test
    void pahoOffersTheProtocolWithSniAndHostnameVerification() throws Exception {
        String topic = "alpn/" + UUID.randomUUID();
        try (AlpnTlsRelay relay = new AlpnTlsRelay(AWS, PKI.server(), BROKER.get().port());
                MessageCollector collector = new MessageCollector(BROKER.get().uri(), topic)) {
            MqttClient client = client("ssl://localhost:" + relay.port());
            try {
                client.connect(options(new AlpnSocketFactory(trustingTestCa(), List.of(AWS)), true));
                client.publish(topic, "through ALPN".getBytes(StandardCharsets.UTF_8), 1, false);
            } finally {
                TestClients.closeQuietly(client);
            }

            List<MessageCollector.Received> received = collector.await(1, TIMEOUT);
            assertEquals(1, received.size(), "the message reached the broker through the relay");
            assertEquals("through ALPN", received.get(0).payload());
            Handshake handshake = firstHandshake(relay);
            assertTrue(handshake.relayed(), handshake.failure());
            assertEquals(List.of(AWS), handshake.offeredProtocols());
            assertEquals(AWS, handshake.negotiatedProtocol());
            // the JDK sends no SNI of its own for a host name without a dot: this one is Paho's, kept by the socket
            assertEquals(List.of("localhost"), handshake.serverNames());
        }
    }

    @Test
    void protocolsSetOnceOnANewSocketArePahoWipedAndTheEndpointRefuses() throws Exception {
        SSLSocketFactory naive = new ProtocolsOnCreation(trustingTestCa(), AWS);
        try (Socket socket = naive.createSocket()) {
            // the naive factory does offer the protocol, before Paho touches the socket
            assertArrayEquals(new String[] { AWS }, ((SSLSocket) socket).getSSLParameters().getApplicationProtocols());
        }
        try (AlpnTlsRelay relay = new AlpnTlsRelay(AWS, PKI.server(), BROKER.get().port())) {
            MqttClient client = client("ssl://localhost:" + relay.port());
            try {
                assertThrows(MqttException.class, () -> client.connect(options(naive, true)));
            } finally {
                TestClients.closeQuietly(client);
            }

            Handshake handshake = firstHandshake(relay);
            assertFalse(handshake.relayed());
            assertEquals(List.of(), handshake.offeredProtocols(), "Paho's fresh SSLParameters replaced the protocols");
            assertEquals("", handshake.negotiatedProtocol());
            assertEquals(0, relay.relayed());
        }
    }

    @Test
    void hostnameVerificationStillRejectsACertificateForAnotherName() throws Exception {
        TestPki.Issued otherName = PKI.server(TestPki.KeyType.EC, List.of("broker.example.com"), TestPki.validFrom(),
                TestPki.validUntil());
        try (AlpnTlsRelay relay = new AlpnTlsRelay(AWS, otherName, BROKER.get().port())) {
            String uri = "ssl://localhost:" + relay.port();
            AlpnSocketFactory factory = new AlpnSocketFactory(trustingTestCa(), List.of(AWS));

            MqttClient verifying = client(uri);
            try {
                MqttException error = assertThrows(MqttException.class,
                        () -> verifying.connect(options(factory, true)));
                assertEquals("offline.comm-error-tls-hostname", ConnectFailure.of(error, uri).textKey(),
                        ConnectFailure.describe(error));
            } finally {
                TestClients.closeQuietly(verifying);
            }
            assertEquals(0, relay.relayed());

            // the same endpoint without the check: the rejection above was the host name, nothing else
            MqttClient trusting = client(uri);
            try {
                trusting.connect(options(factory, false));
                assertTrue(trusting.isConnected());
            } finally {
                TestClients.closeQuietly(trusting);
            }
            assertTrue(Conditions.await(() -> relay.relayed() == 1, TIMEOUT));
        }
    }

    @Test
    void freshParametersKeepTheProtocolsAndWhatTheCallerSet() throws Exception {
        AlpnSocketFactory factory = new AlpnSocketFactory(trustingTestCa(), List.of(AWS, AlpnSocketFactory.MQTT));
        try (SSLSocket socket = (SSLSocket) factory.createSocket()) {
            String[] expected = { AWS, AlpnSocketFactory.MQTT };
            assertArrayEquals(expected, socket.getSSLParameters().getApplicationProtocols(), "set on creation");
            String cipherSuite = socket.getEnabledCipherSuites()[0];
            socket.setEnabledCipherSuites(new String[] { cipherSuite });

            // what Paho 1.2.5 does: one fresh SSLParameters for SNI, another for endpoint identification
            SSLParameters sni = new SSLParameters();
            sni.setServerNames(List.of(new SNIHostName("endpoint.example.com")));
            socket.setSSLParameters(sni);
            SSLParameters identification = new SSLParameters();
            identification.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(identification);

            SSLParameters result = socket.getSSLParameters();
            assertArrayEquals(expected, result.getApplicationProtocols());
            assertEquals(List.of(new SNIHostName("endpoint.example.com")), result.getServerNames());
            assertEquals("HTTPS", result.getEndpointIdentificationAlgorithm());
            assertArrayEquals(new String[] { cipherSuite }, result.getCipherSuites());
            // the caller's objects are left as they were
            assertArrayEquals(new String[0], sni.getApplicationProtocols());
            assertArrayEquals(new String[0], identification.getApplicationProtocols());
        }
    }

    @Test
    void connectedSocketsOfferTheProtocolsToo() throws Exception {
        try (AlpnTlsRelay relay = new AlpnTlsRelay(AWS, PKI.server(), BROKER.get().port());
                SSLSocket socket = (SSLSocket) new AlpnSocketFactory(trustingTestCa(), List.of(AWS))
                        .createSocket(InetAddress.getLoopbackAddress(), relay.port())) {
            List<HandshakeCompletedEvent> events = new CopyOnWriteArrayList<>();
            HandshakeCompletedListener listener = events::add;
            socket.addHandshakeCompletedListener(listener);
            socket.startHandshake();
            assertEquals(AWS, socket.getApplicationProtocol());
            assertEquals(AWS, firstHandshake(relay).negotiatedProtocol());
            // listeners hear of the handshake from the socket they were added to, and can be removed from it
            assertTrue(Conditions.await(() -> !events.isEmpty(), TIMEOUT));
            assertSame(socket, events.get(0).getSocket());
            socket.removeHandshakeCompletedListener(listener);
            assertThrows(IllegalArgumentException.class, () -> socket.removeHandshakeCompletedListener(listener));
        }
    }

    @Test
    void refusesBadProtocolNames() throws GeneralSecurityException {
        SSLSocketFactory base = trustingTestCa();
        assertThrows(IllegalArgumentException.class, () -> new AlpnSocketFactory(base, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AlpnSocketFactory(base, List.of("")));
        assertThrows(IllegalArgumentException.class, () -> new AlpnSocketFactory(base, List.of("x".repeat(256))));
        assertEquals(List.of("x".repeat(255)), new AlpnSocketFactory(base, List.of("x".repeat(255))).protocols());
    }

    /** The naive approach: sets the protocols once on each new socket and hands the socket out as it is. */
    private static final class ProtocolsOnCreation extends SSLSocketFactory {

        private final SSLSocketFactory delegate;
        private final String protocol;

        ProtocolsOnCreation(SSLSocketFactory delegate, String protocol) {
            this.delegate = delegate;
            this.protocol = protocol;
        }

        private Socket withProtocols(Socket socket) {
            SSLSocket tls = (SSLSocket) socket;
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setApplicationProtocols(new String[] { protocol });
            tls.setSSLParameters(parameters);
            return tls;
        }

        @Override
        public Socket createSocket() throws IOException {
            return withProtocols(delegate.createSocket());
        }

        @Override
        public Socket createSocket(@Nullable Socket socket, @Nullable String host, int port, boolean autoClose)
                throws IOException {
            return withProtocols(delegate.createSocket(socket, host, port, autoClose));
        }

        @Override
        public Socket createSocket(@Nullable String host, int port) throws IOException {
            return withProtocols(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(@Nullable String host, int port, @Nullable InetAddress localHost, int localPort)
                throws IOException {
            return withProtocols(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(@Nullable InetAddress host, int port) throws IOException {
            return withProtocols(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(@Nullable InetAddress address, int port, @Nullable InetAddress localAddress,
                int localPort) throws IOException {
            return withProtocols(delegate.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }
    }
}
