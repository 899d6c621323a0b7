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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.payload.MessageBuilder;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The {@link JsonPayload} is a JMH benchmark of writing the JSON of one change, as the sender does: a per-item
 * message ({@code payloadFormat=json}, one message per change) and a 500-change message ({@code json-batch}, the
 * default {@code maxBatchItems}), topic and payload bytes included. One operation is one change.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonPayload {

    static final int BATCH = 500;

    private List<OutboxEntry> entries = List.of();
    private @Nullable MessageBuilder perItem;
    private @Nullable MessageBuilder batch;
    private int cursor;

    @Setup(Level.Trial)
    public void prepare() {
        List<StateChange> changes = CostBreakdown.changes(20 * BATCH);
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            entries.add(new OutboxEntry(100_000 + i, changes.get(i)));
        }
        this.entries = entries;
        perItem = builder("json");
        batch = builder("json-batch");
    }

    @Benchmark
    public MessageBuilder.Built perItem() {
        MessageBuilder builder = perItem;
        if (builder == null) {
            throw new IllegalStateException("not prepared");
        }
        MessageBuilder.Built built = builder.build(entries.subList(cursor, cursor + 1));
        cursor = cursor + 1 == entries.size() ? 0 : cursor + 1;
        return built;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public MessageBuilder.Built batch() {
        MessageBuilder builder = batch;
        if (builder == null) {
            throw new IllegalStateException("not prepared");
        }
        MessageBuilder.Built built = builder.build(entries.subList(cursor, cursor + BATCH));
        cursor = cursor + BATCH >= entries.size() ? 0 : cursor + BATCH;
        return built;
    }

    private static MessageBuilder builder(String format) {
        return new MessageBuilder(TestSettings.endpoint(1883, c -> c.payloadFormat = format).payload(),
                ServiceRules.GENERIC_MQTT, name -> new ItemInfo(name, BenchmarkItems.TYPE, null, List.of(), Set.of()));
    }
}
