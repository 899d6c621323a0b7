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
package org.openhab.binding.cloudsync.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ToDoubleFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.intake.StateCapture;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.payload.PayloadSettings;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;
import org.openhab.core.library.types.QuantityType;

/**
 * The {@link CostBreakdown} tells where the add-on's time per change goes, as CPU time of one thread, so that it
 * holds on a busy machine too: capturing a change (formatting its states, once per event, by the first outbox
 * writer that needs them), passing it through the durable outbox (add, store, take, acknowledge, commit), and
 * writing its JSON as a per-item message or as part of a 500-change batch. What the broker and Paho spend per
 * message comes on top. Each stage's figure is the median of three rounds of 200,000 changes after five warm-up
 * rounds.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class CostBreakdown {

    /** CPU microseconds per change of each stage. */
    record Costs(double capture, double outbox, double perItemJson, double batchJson) {
    }

    private static final int CHANGES = 200_000;
    private static final int BATCH = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CostBreakdown() {
    }

    /** Rounds run before the measured ones, so that the JIT has compiled every stage's hot path. */
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 3;

    /** Each stage's median over {@value #MEASURED_ROUNDS} rounds after {@value #WARM_UP_ROUNDS} warm-up rounds. */
    static Costs measure(Path workDir) throws Exception {
        List<StateChange> changes = changes();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            measureOnce(workDir, changes);
        }
        List<Costs> measured = new ArrayList<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            measured.add(measureOnce(workDir, changes));
        }
        return new Costs(median(measured, Costs::capture), median(measured, Costs::outbox),
                median(measured, Costs::perItemJson), median(measured, Costs::batchJson));
    }

    private static double median(List<Costs> rounds, ToDoubleFunction<Costs> stage) {
        double[] values = rounds.stream().mapToDouble(stage).sorted().toArray();
        return values[values.length / 2];
    }

    private static Costs measureOnce(Path workDir, List<StateChange> changes) throws Exception {
        double capture = capture();
        double outbox = outbox(Files.createTempDirectory(workDir, "cost-"), changes);
        EndpointSettings json = TestSettings.endpoint(1883, c -> c.payloadFormat = "json");
        EndpointSettings batch = TestSettings.endpoint(1883, c -> c.payloadFormat = "json-batch");
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            entries.add(new OutboxEntry(100_000 + i, changes.get(i)));
        }
        return new Costs(capture, outbox, build(json.payload(), entries, 1), build(batch.payload(), entries, BATCH));
    }

    /**
     * As openHAB delivers them: each event carries its own state objects, so an event's old state equals the last
     * event's new state by value, not by identity.
     */
    private static double capture() {
        StateCapture capture = new StateCapture();
        ItemInfo item = new ItemInfo("Sensor_1", BenchmarkItems.TYPE, null, List.of(), Set.of());
        List<String> names = new ArrayList<>();
        List<QuantityType<?>> states = new ArrayList<>();
        List<QuantityType<?>> previous = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            names.add(BenchmarkItems.name("Sensor", i));
        }
        for (int round = 0; round < 10; round++) {
            states.add(new QuantityType<>((200 + round) / 10.0 + " °C"));
            previous.add(new QuantityType<>((200 + (round + 9) % 10) / 10.0 + " °C"));
        }
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < CHANGES; i++) {
            int round = i / 1000 % 10;
            capture.capture(names.get(i % 1000), item, states.get(round), previous.get(round), i);
        }
        return micros(start, CHANGES);
    }

    /** Add, store (the writer), take and acknowledge every change, then store the acknowledgements. */
    private static double outbox(Path folder, List<StateChange> changes) throws Exception {
        ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
        EndpointSettings settings = TestSettings.endpoint(1883, c -> {
            c.maxQueued = 1_000_000;
            c.maxQueuedMB = 1_000;
        });
        SegmentedOutbox outbox = SegmentedOutbox.open(folder, settings.outbox(), false, idle);
        try {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int from = 0; from < changes.size(); from += 1_000) {
                for (int i = from; i < from + 1_000; i++) {
                    outbox.add(changes.get(i));
                }
                outbox.write();
                for (OutboxEntry entry : outbox.take(1_000)) {
                    outbox.acknowledge(entry);
                }
                outbox.write();
            }
            return micros(start, changes.size());
        } finally {
            outbox.close();
            idle.shutdownNow();
        }
    }

    private static double build(PayloadSettings payload, List<OutboxEntry> entries, int perMessage) {
        MessageBuilder builder = new MessageBuilder(payload, ServiceRules.GENERIC_MQTT,
                name -> new ItemInfo(name, BenchmarkItems.TYPE, null, List.of(), Set.of()));
        long start = THREADS.getCurrentThreadCpuTime();
        for (int from = 0; from + perMessage <= entries.size(); from += perMessage) {
            builder.build(entries.subList(from, from + perMessage));
        }
        return micros(start, entries.size() / perMessage * perMessage);
    }

    private static List<StateChange> changes() {
        return changes(CHANGES);
    }

    /**
     * {@code count} temperature changes of 1,000 items, ten rounds of a tenth of a degree, as the capture makes them.
     */
    static List<StateChange> changes(int count) {
        StateCapture capture = new StateCapture();
        ItemInfo item = new ItemInfo("Sensor_1", BenchmarkItems.TYPE, null, List.of(), Set.of());
        List<StateChange> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int round = i % 10;
            changes.add(capture.capture(BenchmarkItems.name("Sensor", i % 1000), item,
                    new QuantityType<>((200 + round) / 10.0 + " °C"),
                    new QuantityType<>((200 + (round + 9) % 10) / 10.0 + " °C"), System.currentTimeMillis()));
        }
        return changes;
    }

    private static double micros(long startCpuNanos, int changes) {
        return (THREADS.getCurrentThreadCpuTime() - startCpuNanos) / 1000.0 / changes;
    }

    static String describe(Costs costs) {
        return String.format(Locale.ROOT,
                "capture %.2f, durable outbox %.2f, per-item JSON %.2f, batch JSON %.2f"
                        + " (CPU µs per change, one thread)",
                costs.capture(), costs.outbox(), costs.perItemJson(), costs.batchJson());
    }
}
