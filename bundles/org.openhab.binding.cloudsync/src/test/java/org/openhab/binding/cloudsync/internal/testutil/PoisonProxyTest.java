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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Specifies the {@link PoisonProxy} with a real Paho client and broker: ordinary messages pass and are
 * acknowledged, a poisoned one never reaches the broker and costs the client its connection, each time it is
 * sent, and the connection works again after a reconnect.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(120)
class PoisonProxyTest {

    private static final String MARKER = "POISON";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CLIENT_PREFIX = "poison-test-";

    /** One broker for all tests: each has its own proxy, topic and client ids. */
    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    @RegisterExtension
    static final PahoThreadsGone PAHO_THREADS_GONE = new PahoThreadsGone(CLIENT_PREFIX);

    private @Nullable PoisonProxy proxy;
    private @Nullable MessageCollector collector;
    private final String topic = "poison/" + UUID.randomUUID();
    private final AtomicInteger connectionsLost = new AtomicInteger();

    @BeforeEach
    void start() throws MqttException {
        EmbeddedBroker running = BROKER.get();
        proxy = new PoisonProxy(running.port(), MARKER);
        collector = new MessageCollector(running.uri(), topic + "/#");
    }

    @AfterEach
    void stop() throws MqttException {
        MessageCollector runningCollector = collector;
        if (runningCollector != null) {
            runningCollector.close();
        }
        PoisonProxy runningProxy = proxy;
        if (runningProxy != null) {
            runningProxy.close();
        }
    }

    private PoisonProxy proxy() {
        PoisonProxy current = proxy;
        assertNotNull(current);
        return current;
    }

    private MessageCollector collector() {
        MessageCollector current = collector;
        assertNotNull(current);
        return current;
    }

    private static MqttConnectOptions options(boolean cleanSession) {
        MqttConnectOptions options = TestClients.options(TIMEOUT);
        options.setCleanSession(cleanSession);
        return options;
    }

    /** Counts lost connections; the messages themselves are judged at the broker. */
    private MqttCallback countingLosses() {
        return TestClients.onConnectionLost(cause -> connectionsLost.incrementAndGet());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A synchronous client whose calls give up after {@link #TIMEOUT} instead of waiting forever. */
    private MqttClient syncClient(String prefix) throws MqttException {
        return TestClients.syncClient(proxy().uri(), CLIENT_PREFIX + prefix + UUID.randomUUID(), TIMEOUT);
    }

    private List<String> payloadsAtBroker() {
        return collector().all().stream().map(MessageCollector.Received::payload).toList();
    }

    @Test
    void ordinaryMessagesPassAndAreAcknowledged() throws Exception {
        MqttClient client = syncClient("plain-");
        try {
            client.connect(options(true));
            // a synchronous QoS 1 publish returns only once the broker's PUBACK came back through the proxy
            client.publish(topic + "/a", utf8("fine"), 1, false);
            assertTrue(client.isConnected());
        } finally {
            TestClients.closeQuietly(client);
        }
        assertEquals(1, collector().await(1, TIMEOUT).size());
        assertEquals(List.of("fine"), payloadsAtBroker());
        assertEquals(1, proxy().passedPublishes());
        assertEquals(0, proxy().cuts());
    }

    @Test
    void poisonedMessageCostsTheConnectionAndOthersPassAfterAReconnect() throws Exception {
        MqttClient client = syncClient("poisoned-");
        client.setCallback(countingLosses());
        try {
            client.connect(options(true));
            client.publish(topic + "/a", utf8("before"), 1, false);

            MqttException error = assertThrows(MqttException.class,
                    () -> client.publish(topic + "/a", utf8("a " + MARKER + " pill"), 1, false));
            assertEquals(MqttException.REASON_CODE_CONNECTION_LOST, error.getReasonCode());
            assertTrue(Conditions.await(() -> connectionsLost.get() == 1, TIMEOUT), "Paho saw its connection lost");
            assertFalse(client.isConnected());
            assertEquals(1, proxy().cuts());

            client.connect(options(true));
            client.publish(topic + "/a", utf8("after"), 1, false);
        } finally {
            TestClients.closeQuietly(client);
        }
        assertEquals(2, collector().await(2, TIMEOUT).size());
        // "after" arrived behind "before": the poisoned one, sent between them, never reached the broker
        assertEquals(List.of("before", "after"), payloadsAtBroker());
        assertEquals(2, proxy().passedPublishes());
    }

    @Test
    void poisonedMessageIsCutEachTimePahoResendsIt() throws Exception {
        // a persistent session: Paho keeps the unacknowledged QoS 1 message and sends it again after a reconnect
        MqttAsyncClient client = new MqttAsyncClient(proxy().uri(), CLIENT_PREFIX + "resend-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setCallback(countingLosses());
        try {
            client.connect(options(false)).waitForCompletion(TIMEOUT.toMillis());
            IMqttDeliveryToken delivery = client.publish(topic + "/a", utf8(MARKER), 1, false);
            assertTrue(Conditions.await(() -> connectionsLost.get() == 1, TIMEOUT));
            assertEquals(1, proxy().cuts());

            client.connect(options(false));
            assertTrue(Conditions.await(() -> proxy().cuts() == 2, TIMEOUT), "the resent message was cut again");
            assertTrue(Conditions.await(() -> connectionsLost.get() == 2, TIMEOUT));
            assertFalse(delivery.isComplete(), "never acknowledged, so Paho still holds it");
            assertEquals(0, proxy().passedPublishes());
        } finally {
            client.disconnectForcibly(0, 1000, false);
            client.close(true);
        }
        assertEquals(List.of(), payloadsAtBroker());
    }

    @Test
    void readsWholePacketsOfEveryShape() throws Exception {
        // 300,000 bytes need three remaining-length bytes; QoS 0 has no packet id; a marker in the topic is no poison
        byte[] large = new byte[300_000];
        Arrays.fill(large, (byte) 'x');
        // asynchronous: Paho 1.2.5's synchronous QoS 0 publish can wait forever when the connection drops under it
        MqttAsyncClient client = new MqttAsyncClient(proxy().uri(), CLIENT_PREFIX + "shapes-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setCallback(countingLosses());
        try {
            client.connect(options(true)).waitForCompletion(TIMEOUT.toMillis());
            // QoS 0 first and on its own: Moquette drops QoS 0 messages for a subscriber whose connection is still
            // busy with a large message
            client.publish(topic + "/qos0", utf8("at most once"), 0, false).waitForCompletion(TIMEOUT.toMillis());
            assertEquals(1, collector().await(1, TIMEOUT).size());
            client.publish(topic + "/large", large, 1, false).waitForCompletion(TIMEOUT.toMillis());
            client.publish(topic + "/" + MARKER, utf8("marker in the topic only"), 2, false)
                    .waitForCompletion(TIMEOUT.toMillis());
            assertEquals(3, collector().await(3, TIMEOUT).size());
            assertEquals(0, proxy().cuts());

            client.publish(topic + "/qos0", utf8(MARKER + " at QoS 0"), 0, false);
            assertTrue(Conditions.await(() -> connectionsLost.get() == 1, TIMEOUT));
            assertEquals(1, proxy().cuts());
        } finally {
            client.disconnectForcibly(0, 1000, false);
            client.close(true);
        }
        List<MessageCollector.Received> received = collector().all();
        assertEquals(3, received.size(), "the poisoned QoS 0 message never reached the broker");
        assertEquals(large.length, payloadOf(received, topic + "/large").length());
        assertEquals("at most once", payloadOf(received, topic + "/qos0"));
        assertEquals("marker in the topic only", payloadOf(received, topic + "/" + MARKER));
    }

    private static String payloadOf(List<MessageCollector.Received> received, String topic) {
        return received.stream().filter(message -> message.topic().equals(topic)).findFirst()
                .map(MessageCollector.Received::payload).orElse("");
    }
}
