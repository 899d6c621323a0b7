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
package org.openhab.binding.cloudsync.internal.endpoint;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.cloud.AzureIdentity;
import org.openhab.binding.cloudsync.internal.cloud.DeviceKey;
import org.openhab.binding.cloudsync.internal.config.AzureIotHubConfiguration;
import org.openhab.binding.cloudsync.internal.config.EndpointConfigParser;
import org.openhab.binding.cloudsync.internal.config.EndpointIdentity;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.testutil.AzureIotHubBroker;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector;
import org.openhab.binding.cloudsync.internal.testutil.MessageCollector.Received;

import com.google.gson.JsonParser;

/**
 * Specifies, against a stand-in of Azure IoT Hub that checks the device's client id, user name and SAS token and
 * cuts the connection when the token expires, that an azure-iot-hub endpoint renews its token before it expires:
 * across several token lifetimes the add-on reconnects first, the hub never has to cut it, and every change arrives
 * exactly once, in order, on the topic Azure requires.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class AzureTokenRenewalTest {

    private static final String HUB = "home-hub.azure-devices.net";
    private static final String DEVICE = "openhab-home";
    private static final byte[] KEY = "a device key of 32 bytes, really".getBytes(StandardCharsets.US_ASCII);
    /** How long each token is made valid; its expiry is rounded down to the second, so it is good for 4 s at least. */
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(5);
    private static final Duration GUARANTEED = Duration.ofSeconds(4);
    private static final int CHANGES = 300;

    private final AzureIotHubBroker hub = AzureIotHubBroker.start(HUB, DEVICE, KEY);
    @RegisterExtension
    final RunningEndpoint running = new RunningEndpoint(Duration.ofSeconds(15));

    @AfterEach
    void stopHub() {
        hub.close();
    }

    /**
     * An endpoint as the azure-iot-hub Thing type makes it from a device connection string (client id, user name,
     * topic, service rules), pointed at the stand-in over plain TCP, with tokens that live five seconds.
     */
    private SyncEndpoint start() throws Exception {
        AzureIotHubConfiguration config = new AzureIotHubConfiguration();
        config.connectionString = "HostName=" + HUB + ";DeviceId=" + DEVICE + ";SharedAccessKey="
                + Base64.getEncoder().encodeToString(KEY);
        config.interval = 0;
        EndpointSettings parsed = EndpointConfigParser
                .parse(config, EndpointIdentity.of("test", "cloudsync:azure-iot-hub:home")).settings();
        ConnectionSettings asConfigured = parsed.connection();
        AzureIdentity identity = new AzureIdentity(HUB, DEVICE, DeviceKey.of(KEY));
        PasswordSource shortLivedTokens = new PasswordSource() {
            @Override
            public String next() {
                return identity.token(Instant.now().plus(TOKEN_LIFETIME)).value();
            }

            @Override
            public Duration validity() {
                return GUARANTEED;
            }
        };
        ConnectionSettings toStandIn = new ConnectionSettings(List.of(hub.uri()), asConfigured.clientId(),
                asConfigured.username(), shortLivedTokens, asConfigured.keepAliveSeconds(),
                asConfigured.inFlightWindow(), 100, 500, asConfigured.cleanSession(),
                asConfigured.connectTimeoutSeconds(), asConfigured.statusTopic(), null);
        EndpointSettings onAzure = new EndpointSettings(parsed.selection(), parsed.payload(), parsed.delivery(),
                toStandIn, parsed.outbox(), parsed.rules());
        return running.start("azure", onAzure);
    }

    private static int state(Received message) {
        return JsonParser.parseString(message.payload()).getAsJsonObject().get("state").getAsInt();
    }

    @Test
    void theTokenIsRenewedBeforeItExpiresAndEveryChangeArrivesOnce() throws Exception {
        try (MessageCollector observer = new MessageCollector(hub.observerUri(), "devices/#")) {
            SyncEndpoint sync = start();
            running.status.awaitOnline();

            // a change every 40 ms for 12 s: three token lifetimes
            AtomicInteger next = new AtomicInteger();
            CountDownLatch offered = new CountDownLatch(1);
            running.scheduler.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < CHANGES) {
                    sync.offer(Changes.number("Counter", String.valueOf(i)));
                } else {
                    offered.countDown();
                    throw new IllegalStateException("done: ends the repetition");
                }
            }, 0, 40, TimeUnit.MILLISECONDS);
            assertTrue(offered.await(30, TimeUnit.SECONDS), "the changes were offered");

            List<Received> received = observer.await(CHANGES, Duration.ofSeconds(20));
            assertEquals(IntStream.range(0, CHANGES).boxed().toList(), received.stream().map(m -> state(m)).toList(),
                    "every change once, in order");
            assertTrue(received.get(0).topic().startsWith("devices/" + DEVICE + "/messages/events/$.ct="),
                    received.get(0).topic());
            assertTrue(hub.connects().size() >= 3, "the token was renewed by reconnecting: " + hub.connects());
            assertEquals(0, hub.expiryCuts(), "the hub never had to cut an expired connection");
            assertTrue(Conditions.await(() -> sync.statistics().sent() == CHANGES, Duration.ofSeconds(5)),
                    "the hub acknowledged all: " + sync.statistics());
            assertEquals(List.of(),
                    running.status.reports().stream().filter(report -> report.startsWith("COMM")).toList(),
                    "a renewal is no communication problem");
        }
    }
}
