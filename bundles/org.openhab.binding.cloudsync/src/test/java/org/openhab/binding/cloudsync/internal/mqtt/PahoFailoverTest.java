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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.PahoThreadsGone;
import org.openhab.binding.cloudsync.internal.testutil.SecureEmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.SilentServer;
import org.openhab.binding.cloudsync.internal.testutil.TestClients;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;

/**
 * Documents what Paho 1.2.5 does with several server URIs ({@link MqttConnectOptions#setServerURIs}), the facts
 * the add-on's failover relies on, against two independent embedded brokers in one JVM:
 * <ul>
 * <li>each connect tries the URIs in order, from the first, and {@link MqttAsyncClient#getCurrentServerURI()}
 * names the one in use; the URI given to the constructor is not used at all (but still names the client's
 * persistence);</li>
 * <li>a refused first URI costs no time, a silent TLS one costs the connection timeout (the handshake's read
 * timeout), and a plain TCP one that accepts but never answers CONNECT holds the connect for as long as it
 * keeps the connection open: Paho 1.2.5 has no CONNACK timeout;</li>
 * <li>with the default MQTT version Paho tries each URI twice (3.1.1, then 3.1);</li>
 * <li>a {@code waitForCompletion(timeout)} that timed out leaves its exception in the token: waiting on the same
 * token again rethrows it at once while the connect goes on;</li>
 * <li>one socket factory serves all URIs, so tcp:// and ssl:// cannot be mixed when one is set.</li>
 * </ul>
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(120)
class PahoFailoverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CLIENT_PREFIX = "failover-test-";

    @RegisterExtension
    static final PahoThreadsGone PAHO_THREADS_GONE = new PahoThreadsGone(CLIENT_PREFIX);

    /** Two independent brokers, started on first use (a Moquette start and stop costs about a second each). */
    @RegisterExtension
    final BrokerExtension primary = new BrokerExtension();
    @RegisterExtension
    final BrokerExtension standby = new BrokerExtension();

    private final String topic = "failover/" + UUID.randomUUID();
    private final AtomicInteger connectionsLost = new AtomicInteger();

    /** Both URIs, primary first, as {@code MqttConnectOptions.setServerURIs} takes them. */
    private String[] serverUris() {
        return new String[] { primary.get().uri(), standby.get().uri() };
    }

    private static MqttConnectOptions options(int connectionTimeoutSeconds, String... serverUris) {
        MqttConnectOptions options = TestClients.options(Duration.ofSeconds(connectionTimeoutSeconds));
        options.setServerURIs(serverUris);
        return options;
    }

    private MqttAsyncClient client(String constructorUri) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(constructorUri, CLIENT_PREFIX + UUID.randomUUID(),
                new MemoryPersistence());
        client.setCallback(TestClients.onConnectionLost(cause -> connectionsLost.incrementAndGet()));
        return client;
    }

    private static void closeQuietly(MqttAsyncClient client) {
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException e) {
            // not connected
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // the test judged what happened before
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Publishes one QoS 1 message with a client of its own. */
    private static void publishTo(String serverUri, String topic, String payload) throws MqttException {
        MqttClient client = new MqttClient(serverUri, CLIENT_PREFIX + "publisher-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setTimeToWait(TIMEOUT.toMillis());
        try {
            client.connect(options(10));
            client.publish(topic, utf8(payload), 1, false);
            client.disconnect();
        } finally {
            client.close(true);
        }
    }

    private static List<String> payloads(MessageCollector collector, int count) throws InterruptedException {
        return collector.await(count, TIMEOUT).stream().map(MessageCollector.Received::payload).toList();
    }

    @Test
    void twoEmbeddedBrokersInOneJvmAreIndependent() throws Exception {
        assertNotEquals(primary.get().port(), standby.get().port());
        try (MessageCollector atFirst = new MessageCollector(primary.get().uri(), topic);
                MessageCollector atSecond = new MessageCollector(standby.get().uri(), topic)) {
            publishTo(primary.get().uri(), topic, "one");
            publishTo(standby.get().uri(), topic, "two");
            publishTo(primary.get().uri(), topic, "three");
            assertEquals(List.of("one", "three"), payloads(atFirst, 2));
            assertEquals(List.of("two"), payloads(atSecond, 1));

            // stopping one leaves the other running; it starts again on its port
            primary.get().down();
            publishTo(standby.get().uri(), topic, "four");
            assertEquals(List.of("two", "four"), payloads(atSecond, 2));
            primary.get().up();
            try (MessageCollector atFirstAgain = new MessageCollector(primary.get().uri(), topic)) {
                publishTo(primary.get().uri(), topic, "five");
                assertEquals(List.of("five"), payloads(atFirstAgain, 1));
            }
            assertEquals(List.of("two", "four"), payloads(atSecond, 2));
        }
    }

    @Test
    void connectsToTheSecondUriWhenTheFirstIsDownWithoutWaiting() throws Exception {
        primary.get().down();
        // the constructor's URI is only a name once server URIs are set: nothing ever connects to it
        try (SilentServer constructorTarget = SilentServer.closing();
                MessageCollector atSecond = new MessageCollector(standby.get().uri(), topic)) {
            MqttAsyncClient client = client(constructorTarget.uri("tcp"));
            try {
                long start = System.nanoTime();
                client.connect(options(30, serverUris())).waitForCompletion(TIMEOUT.toMillis());
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertTrue(client.isConnected());
                assertEquals(standby.get().uri(), client.getCurrentServerURI());
                assertEquals(constructorTarget.uri("tcp"), client.getServerURI());
                assertEquals(0, constructorTarget.accepted());
                // a refused connection fails at once: far below the 30 s connection timeout
                assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);

                client.publish(topic, utf8("via the second"), 1, false).waitForCompletion(TIMEOUT.toMillis());
            } finally {
                closeQuietly(client);
            }
            assertEquals(List.of("via the second"), payloads(atSecond, 1));
        }
    }

    @Test
    void everyConnectStartsAtTheFirstUri() throws Exception {
        MqttConnectOptions options = options(10, serverUris());
        MqttAsyncClient client = client(primary.get().uri());
        try {
            client.connect(options).waitForCompletion(TIMEOUT.toMillis());
            assertEquals(primary.get().uri(), client.getCurrentServerURI());

            primary.get().down();
            assertTrue(Conditions.await(() -> connectionsLost.get() == 1, TIMEOUT));
            client.connect(options).waitForCompletion(TIMEOUT.toMillis());
            assertEquals(standby.get().uri(), client.getCurrentServerURI());

            // the primary coming back does not move a connected client; the next connect does
            primary.get().up();
            assertEquals(standby.get().uri(), client.getCurrentServerURI());
            client.disconnect().waitForCompletion(TIMEOUT.toMillis());
            client.connect(options).waitForCompletion(TIMEOUT.toMillis());
            assertEquals(primary.get().uri(), client.getCurrentServerURI());
        } finally {
            closeQuietly(client);
        }
    }

    @Test
    void theDefaultMqttVersionTriesEachUriTwice() throws Exception {
        EmbeddedBroker standby = this.standby.get();
        try (SilentServer dropping = SilentServer.closing()) {
            MqttConnectOptions defaultVersion = options(10, dropping.uri("tcp"), standby.uri());
            defaultVersion.setMqttVersion(MqttConnectOptions.MQTT_VERSION_DEFAULT);
            MqttAsyncClient client = client(standby.uri());
            try {
                client.connect(defaultVersion).waitForCompletion(TIMEOUT.toMillis());
                assertEquals(standby.uri(), client.getCurrentServerURI());
                assertEquals(2, dropping.accepted(), "MQTT 3.1.1, then 3.1, on the first URI");
            } finally {
                closeQuietly(client);
            }

            MqttAsyncClient explicit = client(standby.uri());
            try {
                explicit.connect(options(10, dropping.uri("tcp"), standby.uri())).waitForCompletion(TIMEOUT.toMillis());
                assertEquals(standby.uri(), explicit.getCurrentServerURI());
                assertEquals(3, dropping.accepted(), "MQTT 3.1.1 only: one more attempt");
            } finally {
                closeQuietly(explicit);
            }
        }
    }

    @Test
    void aFirstUriThatNeverAnswersHoldsTheConnectUntilItCloses() throws Exception {
        EmbeddedBroker standby = this.standby.get();
        try (SilentServer silent = SilentServer.holding()) {
            MqttAsyncClient client = client(standby.uri());
            try {
                IMqttToken connecting = client.connect(options(1, silent.uri("tcp"), standby.uri()));
                // four times the 1 s connection timeout: it covers the TCP connect only, not the wait for CONNACK
                MqttException pending = assertThrows(MqttException.class, () -> connecting.waitForCompletion(4000));
                assertEquals(MqttException.REASON_CODE_CLIENT_TIMEOUT, pending.getReasonCode());
                assertFalse(connecting.isComplete());
                assertEquals(silent.uri("tcp"), client.getCurrentServerURI());
                assertEquals(1, silent.accepted());
                // the token keeps that timeout: waiting on it again rethrows it at once, though the connect goes on
                MqttException again = assertThrows(MqttException.class, () -> connecting.waitForCompletion(4000));
                assertSame(pending, again);

                // once the silent server lets go, Paho moves on to the next URI
                silent.dropConnections();
                assertTrue(Conditions.await(connecting::isComplete, TIMEOUT));
                assertNull(connecting.getException(), "completing cleared the stored timeout");
                assertTrue(client.isConnected());
                assertEquals(standby.uri(), client.getCurrentServerURI());
            } finally {
                closeQuietly(client);
            }
        }
    }

    @Test
    void overTlsASilentFirstUriCostsTheConnectionTimeout() throws Exception {
        TestPki pki = TestPki.create("Failover Test CA");
        SSLSocketFactory factory = TlsSocketFactoryBuilder.build(List.of(pki.ca().certificate()), List.of(), null,
                false);
        try (SilentServer silent = SilentServer.holding();
                SecureEmbeddedBroker secure = SecureEmbeddedBroker.start(pki, pki.server())) {
            String secureUri = "ssl://localhost:" + secure.sslPort();
            MqttConnectOptions options = options(2, silent.uri("ssl"), secureUri);
            options.setSocketFactory(factory);
            options.setHttpsHostnameVerificationEnabled(true);
            MqttAsyncClient client = client(secureUri);
            try {
                long start = System.nanoTime();
                client.connect(options).waitForCompletion(TIMEOUT.toMillis());
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertEquals(secureUri, client.getCurrentServerURI());
                assertEquals(1, silent.accepted());
                // the TLS handshake reads with the connection timeout (2 s) as its socket timeout
                assertTrue(took.compareTo(Duration.ofMillis(1900)) >= 0, "took " + took);
            } finally {
                closeQuietly(client);
            }
        }
    }

    @Test
    void oneSocketFactoryForAllUrisSoSchemesCannotBeMixed() throws Exception {
        TestPki pki = TestPki.create("Mixed Schemes Test CA");
        // Paho makes the network modules of all URIs before it connects anywhere: no server is needed
        String tcpUri = "tcp://127.0.0.1:" + EmbeddedBroker.freePort();
        MqttConnectOptions options = options(10, "ssl://localhost:" + EmbeddedBroker.freePort(), tcpUri);
        options.setSocketFactory(
                TlsSocketFactoryBuilder.build(List.of(pki.ca().certificate()), List.of(), null, false));
        MqttAsyncClient client = client(tcpUri);
        try {
            MqttException error = assertThrows(MqttException.class, () -> client.connect(options));
            assertEquals(MqttException.REASON_CODE_SOCKET_FACTORY_MISMATCH, error.getReasonCode());
        } finally {
            closeQuietly(client);
        }
    }
}
