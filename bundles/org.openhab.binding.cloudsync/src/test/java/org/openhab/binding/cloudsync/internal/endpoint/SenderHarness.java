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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.TransportListener;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.FakeTransport;
import org.openhab.binding.cloudsync.internal.testutil.ManualScheduler;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The {@link SenderHarness} runs an {@link OutboxSender} on an outbox in the heap against a {@link FakeTransport},
 * with a {@link ManualScheduler} as the clock, and closes the outbox after each test.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class SenderHarness implements AfterEachCallback {

    final ManualScheduler scheduler = new ManualScheduler();
    final FakeTransport broker = new FakeTransport();
    private @Nullable SegmentedOutbox outbox;
    private @Nullable OutboxSender sender;
    private @Nullable String lastError;

    @Override
    public void afterEach(@Nullable ExtensionContext context) {
        SegmentedOutbox current = outbox;
        if (current != null) {
            current.close();
        }
    }

    /** A started sender on an outbox in the heap; the link is down until the test connects. */
    OutboxSender sender(Consumer<EndpointConfiguration> configure) {
        return sender(TestSettings.endpoint(1883, configure));
    }

    /** A started sender at interval 0 with these rate limits (0 for none). */
    OutboxSender senderLimitedTo(long messagesPerSecond, long bytesPerSecond) {
        EndpointSettings settings = TestSettings.endpoint(1883, c -> c.interval = 0);
        DeliverySettings delivery = settings.delivery();
        return sender(new EndpointSettings(settings.selection(), settings.payload(),
                new DeliverySettings(delivery.qos(), delivery.retain(), delivery.intervalSeconds(), delivery.coalesce(),
                        delivery.publishOnConnect(), messagesPerSecond, bytesPerSecond),
                settings.connection(), settings.outbox(), settings.rules()));
    }

    OutboxSender sender(EndpointSettings settings) {
        SegmentedOutbox queue = SegmentedOutbox.inHeap("test", settings.outbox(), settings.delivery().coalesce(),
                scheduler);
        OutboxSender created = new OutboxSender("test", settings, queue, scheduler, broker,
                new MessageBuilder(settings.payload(), settings.rules(), item -> null), error -> lastError = error,
                scheduler::nanos);
        broker.listenedBy(new TransportListener() {
            @Override
            public void connected() {
                created.connected();
            }

            @Override
            public void connectFailed(ConnectFailure failure) {
            }

            @Override
            public void connectionLost(String reason) {
                created.linkBroke();
            }
        });
        created.start();
        outbox = queue;
        sender = created;
        return created;
    }

    SegmentedOutbox outbox() {
        SegmentedOutbox current = outbox;
        assertNotNull(current);
        return current;
    }

    /** Queues changes of {@code Counter} with the states from..to-1, as the event thread does at interval 0. */
    void offer(int from, int to) {
        OutboxSender current = sender;
        assertNotNull(current);
        for (int i = from; i < to; i++) {
            outbox().add(Changes.number("Counter", String.valueOf(i)));
            current.requestDrain();
        }
        scheduler.runDue();
    }

    List<String> statesSent() {
        return broker.payloads().stream().map(SenderHarness::state).toList();
    }

    static String state(String payload) {
        return json(payload).get("state").getAsString();
    }

    static JsonObject json(String payload) {
        return JsonParser.parseString(payload).getAsJsonObject();
    }

    static List<String> range(int from, int to) {
        return IntStream.range(from, to).mapToObj(String::valueOf).toList();
    }

    EndpointStatistics statistics() {
        OutboxSender current = sender;
        assertNotNull(current);
        return current.statistics(broker.isConnected(), lastError);
    }

    /** The last error the sender reported, as the Thing status would show it. */
    @Nullable
    String lastError() {
        return lastError;
    }

    /** The broker drops the link while messages are in flight; the sender reconnects and sends again. */
    void breakAndReconnect() {
        broker.breakLink("Connection lost");
        scheduler.runDue();
        broker.connect();
        scheduler.runDue();
    }
}
