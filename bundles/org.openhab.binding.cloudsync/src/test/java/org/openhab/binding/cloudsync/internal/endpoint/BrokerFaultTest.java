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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.outbox.OutboxStats;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.Folders;
import org.openhab.binding.cloudsync.internal.testutil.MosquittoBroker;
import org.openhab.binding.cloudsync.internal.testutil.PersistentSubscriber;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * The broker-fault suite (issue 5): real Mosquitto processes, killed with SIGKILL and restarted, while an endpoint
 * with a durable outbox streams changes at QoS 1 and is itself stopped and started again. A subscriber with a
 * persistent QoS 1 session receives everything. The suite prints what was sent, received, lost, reordered and
 * duplicated, and fails on any change lost by us (never acknowledged by the broker) and on any per-item reordering;
 * a change the broker acknowledged and then lost in a SIGKILL is printed as the broker's loss.
 * <p>
 * Runs in the {@code broker-fault} profile ({@code @Tag("mosquitto")}) and fails when Mosquitto is missing.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@Tag("mosquitto")
@NonNullByDefault
class BrokerFaultTest {

    /**
     * Changes of the kill run. Mosquitto saving its database on every change passes about 500 messages/s on two
     * shared cores, so 100,000 changes take a bit over three minutes; {@code -Dcloudsync.fault.changes=40000} runs
     * a quicker one.
     */
    private static final int FAULT_CHANGES = Integer.getInteger("cloudsync.fault.changes", 100_000);
    /** Changes of the burst while the broker is down. */
    private static final int BURST_CHANGES = 100_000;
    private static final int ITEMS = 200;
    private static final int BROKER_KILLS = 20;
    private static final int ENDPOINT_RESTARTS = 5;
    private static final int BATCH = 50;
    /** The changes are offered over the time the kills take, so that the stream flows through all of them. */
    private static final long PRODUCE_MILLIS = 45_000;
    private static final long BROKER_UP_MILLIS = 2000;
    private static final long BROKER_DOWN_MILLIS = 300;
    private static final long MEGABYTE = 1024 * 1024;

    @TempDir
    Path outboxFolder;
    @TempDir
    Path brokerData;

    /** Five threads, like openHAB's shared thingHandler pool. */
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(5);
    private final BitSet acknowledged = new BitSet();
    private final AtomicInteger onlineReports = new AtomicInteger();
    private @Nullable MosquittoBroker broker;
    private @Nullable PersistentSubscriber subscriber;
    private @Nullable SyncEndpoint endpoint;
    private @Nullable SegmentedOutbox durable;

    @AfterEach
    void stopAll() throws MqttException, InterruptedException {
        SyncEndpoint current = endpoint;
        if (current != null) {
            stop(current);
        }
        PersistentSubscriber currentSubscriber = subscriber;
        if (currentSubscriber != null) {
            currentSubscriber.close();
        }
        MosquittoBroker currentBroker = broker;
        if (currentBroker != null) {
            currentBroker.close();
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static EndpointSettings settings(int port, Consumer<EndpointConfiguration> more) {
        return TestSettings.endpoint(port, c -> {
            c.interval = 0;
            c.mode = "all";
            c.qos = 1;
            more.accept(c);
        });
    }

    /** What the handler's initialize() does: open the outbox left by the last run, start the endpoint. */
    private SyncEndpoint start(EndpointSettings settings) throws IOException, TransportException {
        SegmentedOutbox opened = SegmentedOutbox.open(outboxFolder, settings.outbox(), settings.delivery().coalesce(),
                scheduler);
        durable = opened;
        SyncEndpoint started = new SyncEndpoint("fault", settings, new AckRecordingOutbox(opened, acknowledged),
                TestSettings.services(scheduler), new EndpointStatusListener() {
                    @Override
                    public void online(@Nullable String server) {
                        onlineReports.incrementAndGet();
                    }

                    @Override
                    public void configurationProblem(String textKey, String... arguments) {
                        // not expected: the suite fails on the counts
                    }

                    @Override
                    public void communicationProblem(String textKey, String... arguments) {
                        // expected after every kill
                    }
                });
        started.start();
        endpoint = started;
        return started;
    }

    /** What the handler's dispose() does: stop sending, keep what is queued. */
    private static void stop(SyncEndpoint running) {
        running.stop();
        running.outbox().close();
    }

    private static void offer(SyncEndpoint target, int index) {
        target.offer(Changes.number("Item_" + (index % ITEMS), String.valueOf(index)));
    }

    private BitSet acknowledgedCopy() {
        synchronized (acknowledged) {
            return (BitSet) acknowledged.clone();
        }
    }

    @Test
    void changesSurviveTwentyBrokerKillsAndFiveEndpointRestartsWithoutLossOrReordering() throws Exception {
        MosquittoBroker mosquitto = MosquittoBroker.builder().persistence(brokerData).config("max_queued_messages 0")
                .build();
        broker = mosquitto;
        mosquitto.start();
        PersistentSubscriber receiver = new PersistentSubscriber(mosquitto.tcpUri(), "fault-subscriber",
                "openhab/+/state");
        subscriber = receiver;
        EndpointSettings settings = settings(mosquitto.port(MosquittoBroker.Listener.TCP), c -> {
            c.maxQueued = 1_000_000;
            c.maxQueuedMB = 1000;
        });
        SyncEndpoint current = start(settings);

        AtomicInteger kills = new AtomicInteger();
        Thread chaos = new Thread(() -> {
            try {
                for (int i = 0; i < BROKER_KILLS; i++) {
                    Thread.sleep(BROKER_UP_MILLIS);
                    mosquitto.kill();
                    kills.incrementAndGet();
                    Thread.sleep(BROKER_DOWN_MILLIS);
                    mosquitto.start();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "broker-killer");
        long start = System.nanoTime();
        chaos.start();
        int restarts = 0;
        long batchPause = PRODUCE_MILLIS * BATCH / FAULT_CHANGES;
        for (int i = 0; i < FAULT_CHANGES; i++) {
            offer(current, i);
            if ((i + 1) % BATCH == 0) {
                Thread.sleep(batchPause);
            }
            if ((i + 1) % (FAULT_CHANGES / (ENDPOINT_RESTARTS + 1)) == 0 && restarts < ENDPOINT_RESTARTS) {
                stop(current);
                current = start(settings);
                restarts++;
            }
        }
        double produceSeconds = (System.nanoTime() - start) / 1e9;
        chaos.join(120_000);
        mosquitto.start();

        SyncEndpoint last = current;
        boolean drained = Conditions.await(() -> last.outbox().waiting() == 0 && last.statistics().inFlight() == 0,
                Duration.ofSeconds(180));
        receiver.awaitCount(FAULT_CHANGES, Duration.ofSeconds(5), Duration.ofSeconds(60));
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        DeliveryReport report = DeliveryReport.of(FAULT_CHANGES, receiver.messages(), acknowledgedCopy());
        OutboxStats stats = last.outbox().stats();

        System.out.printf(Locale.ROOT,
                "Broker-fault suite: %d changes over %d items at QoS 1, %d SIGKILLs of mosquitto, %d endpoint restarts,"
                        + " %d reconnects of the subscriber%n  %s%n  produced in %.1f s, all done in %.1f s;"
                        + " outbox at the end: %s; dead letters and oversized %d%n",
                FAULT_CHANGES, ITEMS, kills.get(), restarts, receiver.reconnects(), report, produceSeconds,
                totalSeconds, stats, last.statistics().dropped() - stats.droppedTotal());

        assertEquals(BROKER_KILLS, kills.get(), "the broker must have been killed " + BROKER_KILLS + " times");
        assertEquals(ENDPOINT_RESTARTS, restarts);
        assertTrue(drained, "the outbox must drain once the broker stays up: " + stats);
        assertEquals(0, last.statistics().dropped(),
                "the bounds are far above the stream, so nothing may be dropped: " + stats);
        assertEquals(0, report.lostByUs(), "changes lost by the add-on (never acknowledged by the broker): " + report);
        assertEquals(0, report.reordered(), "changes of an item must arrive in order: " + report);
        assertEquals(0, report.seqBackwards(), "seq must grow per item, also across endpoint restarts: " + report);
    }

    @Test
    void backlogBuiltWhileTheBrokerIsDownStaysInItsBoundsAndHeapAndDrainsWhenItComesUp() throws Exception {
        MosquittoBroker mosquitto = MosquittoBroker.builder().config("persistence true")
                .config("persistence_location " + brokerData.toAbsolutePath() + "/").config("max_queued_messages 0")
                .build();
        broker = mosquitto;
        mosquitto.start();
        // the subscriber's session is saved on the clean stop, so the broker queues for it after the restart
        PersistentSubscriber receiver = new PersistentSubscriber(mosquitto.tcpUri(), "drain-subscriber",
                "openhab/+/state");
        subscriber = receiver;
        mosquitto.stop();

        int maxQueued = 150_000;
        EndpointSettings settings = settings(mosquitto.port(MosquittoBroker.Listener.TCP), c -> {
            c.maxQueued = maxQueued;
            c.maxQueuedMB = 64;
        });
        SyncEndpoint current = start(settings);
        SegmentedOutbox store = Objects.requireNonNull(durable);
        long heapBefore = usedHeapAfterGc();
        long burstStart = System.nanoTime();
        for (int i = 0; i < BURST_CHANGES; i++) {
            offer(current, i);
            if ((i + 1) % 1000 == 0) {
                // about 20,000 changes per second, a busy event bus
                Thread.sleep(50);
            }
        }
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
        store.write();
        long heapWithBacklog = usedHeapAfterGc();
        OutboxStats backlog = current.outbox().stats();
        long fileBytes = Folders.bytesIn(outboxFolder);

        mosquitto.start();
        long drainStart = System.nanoTime();
        boolean drained = Conditions.await(
                () -> current.outbox().waiting() == 0 && current.statistics().inFlight() == 0, Duration.ofSeconds(180));
        double ackedSeconds = (System.nanoTime() - drainStart) / 1e9;
        receiver.awaitCount(BURST_CHANGES, Duration.ofSeconds(10), Duration.ofSeconds(120));
        double receivedSeconds = (System.nanoTime() - drainStart) / 1e9;
        DeliveryReport report = DeliveryReport.of(BURST_CHANGES, receiver.messages(), acknowledgedCopy());

        System.out.printf(Locale.ROOT,
                "Broker down for the whole burst: %d changes queued in %.1f s; backlog %d changes, %.1f MB encoded,"
                        + " store file %.1f MB; heap used after GC %.1f MB before, %.1f MB with the backlog%n"
                        + "  drain after the broker came up: acknowledged in %.1f s (%.0f changes/s),"
                        + " received by the subscriber in %.1f s (%.0f changes/s)%n  %s%n",
                BURST_CHANGES, burstSeconds, backlog.waiting(), backlog.storedBytes() / 1e6, fileBytes / 1e6,
                heapBefore / 1e6, heapWithBacklog / 1e6, ackedSeconds, BURST_CHANGES / ackedSeconds, receivedSeconds,
                report.received() / receivedSeconds, report);

        assertEquals(BURST_CHANGES, backlog.waiting(), "every change must wait in the outbox while the broker is down");
        assertEquals(0, backlog.droppedTotal(), "nothing may be dropped within the bounds: " + backlog);
        assertTrue(backlog.storedBytes() <= 64 * MEGABYTE, "the byte bound must hold: " + backlog);
        assertTrue(heapWithBacklog - heapBefore < 16 * MEGABYTE,
                "the backlog must live on disk, not in the heap: the heap grew by "
                        + (heapWithBacklog - heapBefore) / MEGABYTE + " MB");
        assertTrue(drained, "the backlog must drain once the broker is up");
        assertEquals(0, report.lostByUs(), "changes lost by the add-on: " + report);
        assertEquals(0, report.reordered(), "changes of an item must arrive in order: " + report);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
