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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.AlpnTlsRelay;
import org.openhab.binding.cloudsync.internal.testutil.AwsStylePki;
import org.openhab.binding.cloudsync.internal.testutil.BrokerExtension;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.PahoThreadsGone;
import org.openhab.binding.cloudsync.internal.testutil.RecordingStatus;

/**
 * Specifies the transport as the aws-iot Thing type uses it on port 443: mutual TLS with the device certificate,
 * ALPN {@code x-amzn-mqtt-ca}, host name verification and SNI on, against an endpoint that refuses any handshake
 * without that protocol. The settings say which protocols to offer; {@link PahoTransport} makes Paho keep them.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class PahoTransportAlpnTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CLIENT_ID = "alpn-transport-test";

    private static final AwsStylePki PKI = AwsStylePki.create("a1b2c3d4e5f6g7", "eu-west-1");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();
    @RegisterExtension
    static final PahoThreadsGone PAHO_THREADS_GONE = new PahoThreadsGone(CLIENT_ID);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final RecordingLink link = new RecordingLink();
    private @Nullable AlpnTlsRelay relay;
    private @Nullable PahoTransport transport;

    @AfterEach
    void stop() throws InterruptedException {
        PahoTransport current = transport;
        if (current != null) {
            current.stop();
        }
        AlpnTlsRelay currentRelay = relay;
        if (currentRelay != null) {
            currentRelay.close();
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    private PahoTransport connect(List<String> protocols) throws Exception {
        EmbeddedBroker current = BROKER.get();
        AlpnTlsRelay started = new AlpnTlsRelay(AlpnSocketFactory.AWS_MQTT_MUTUAL_TLS, PKI.server().privateKey(),
                PKI.serverChain(), current.port(), List.of(PKI.deviceCa().certificate()), List.of());
        relay = started;
        TlsSettings tls = new TlsSettings(TlsSocketFactoryBuilder.build(List.of(PKI.rootCa().certificate()),
                List.of(PKI.device().certificate()), PKI.device().privateKey(), false), true, false, protocols,
                "AWS-style device certificate");
        ConnectionSettings settings = new ConnectionSettings(List.of("ssl://localhost:" + started.port()), CLIENT_ID,
                null, null, 30, 10, 200, 1000, true, 10, null, tls);
        PahoTransport created = new PahoTransport(settings, scheduler, link);
        transport = created;
        created.start();
        return created;
    }

    @Test
    void withTheApplicationProtocolTheDeviceConnectsAndPublishes() throws Exception {
        PahoTransport aws = connect(List.of(AlpnSocketFactory.AWS_MQTT_MUTUAL_TLS));
        link.status.await("ONLINE");
        EmbeddedBroker current = BROKER.get();
        try (MessageCollector collector = new MessageCollector(current.uri(), "homes/#")) {
            aws.publish("homes/home1/Kitchen_Temperature", "21.5".getBytes(StandardCharsets.UTF_8), 1, false)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

            assertEquals("21.5", collector.await(1, TIMEOUT).get(0).payload());
        }
        AlpnTlsRelay.Handshake handshake = relayHandshake();
        assertEquals(AlpnSocketFactory.AWS_MQTT_MUTUAL_TLS, handshake.negotiatedProtocol());
        assertEquals(List.of("localhost"), handshake.serverNames(), "SNI is still sent");
        assertEquals("CN=AWS IoT Certificate", handshake.clientSubject());
    }

    @Test
    void withoutItTheEndpointRefusesTheHandshake() throws Exception {
        connect(List.of());

        String problem = link.status.await("COMM");

        assertTrue(problem.startsWith("offline.comm-error-"), problem);
        assertFalse(relayHandshake().relayed(), "nothing reached the broker");
    }

    private AlpnTlsRelay.Handshake relayHandshake() throws InterruptedException {
        AlpnTlsRelay current = relay;
        assertNotNull(current);
        assertTrue(Conditions.await(() -> !current.handshakes().isEmpty(), TIMEOUT), "the endpoint saw no handshake");
        return current.handshakes().get(0);
    }

    /** Hears the link's events as an endpoint would, as status reports. */
    private static final class RecordingLink implements TransportListener {
        final RecordingStatus status = new RecordingStatus(TIMEOUT);

        @Override
        public void connected() {
            status.online(null);
        }

        @Override
        public void connectFailed(ConnectFailure failure) {
            status.communicationProblem(failure.textKey(), failure.arguments().toArray(String[]::new));
        }

        @Override
        public void connectionLost(String reason) {
            status.communicationProblem("lost", reason);
        }
    }
}
