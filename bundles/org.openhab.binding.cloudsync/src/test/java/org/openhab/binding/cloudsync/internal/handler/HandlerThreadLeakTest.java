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
package org.openhab.binding.cloudsync.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.EmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.core.common.ThreadPoolManager;

/**
 * Specifies that an endpoint leaves nothing running behind: after 100 initialize/dispose cycles against a
 * broker, half of them disposed once ONLINE and half in the middle of connecting, the JVM has as many live
 * threads as before and none of Paho's, and no dispose takes long. (Paho 1.2.5 spends about 300 ms in each
 * connect starting its threads, which sets the pace of this test.)
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class HandlerThreadLeakTest {

    private static final int CYCLES = 100;
    private static final int PARALLEL = 4;
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration ONLINE_TIMEOUT = Duration.ofSeconds(15);
    private static final long MAX_DISPOSE_MILLIS = 3_000;

    @Test
    void hundredInitializeDisposeCyclesLeaveTheLiveThreadCountWhereItStarted() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");
            if (scheduler instanceof ScheduledThreadPoolExecutor pool) {
                // openHAB's shared pool keeps its threads; start them now so they do not count as ours
                pool.prestartAllCoreThreads();
            }
            Map<String, Object> config = Map.of("host", "127.0.0.1", "port", broker.port(), "interval", 0);
            // the embedded broker starts its worker threads with the first connections
            runCycles(config, 8);
            awaitNoPahoThreads();
            Set<String> before = threadNames();

            long slowestDispose = runCycles(config, CYCLES);

            awaitNoPahoThreads();
            Conditions.await(() -> liveThreads() <= before.size(), SETTLE);
            Set<String> added = new TreeSet<>(threadNames());
            added.removeAll(before);
            assertTrue(liveThreads() <= before.size(), "live threads grew from " + before.size() + " to "
                    + liveThreads() + " after " + CYCLES + " cycles; new threads: " + added);
            assertTrue(slowestDispose < MAX_DISPOSE_MILLIS,
                    "dispose() must take less than a few seconds; the slowest took " + slowestDispose + " ms");
        }
    }

    /**
     * Runs the cycles on {@link #PARALLEL} test threads (Paho 1.2.5 sleeps about 300 ms in every connect, so
     * one after the other would take long); every other endpoint is disposed in the middle of connecting, the
     * path most likely to leak. Returns the slowest dispose; the test threads are gone when it returns.
     */
    private static long runCycles(Map<String, Object> config, int cycles) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Long>> disposeTimes = new ArrayList<>();
            for (int worker = 0; worker < PARALLEL; worker++) {
                // each worker is one Thing, initialized and disposed again and again
                String thingId = "leak" + worker;
                disposeTimes.add(workers.submit(() -> {
                    long slowest = 0;
                    for (int i = 0; i < cycles / PARALLEL; i++) {
                        slowest = Math.max(slowest, cycle(config, thingId, i % 2 == 0));
                    }
                    return slowest;
                }));
            }
            long slowest = 0;
            for (Future<Long> time : disposeTimes) {
                slowest = Math.max(slowest, time.get(1, TimeUnit.MINUTES));
            }
            return slowest;
        } finally {
            workers.shutdownNow();
            assertTrue(workers.awaitTermination(10, TimeUnit.SECONDS), "test threads must end");
        }
    }

    /** One initialize, ONLINE if asked to wait for it, dispose; returns how long dispose took. */
    private static long cycle(Map<String, Object> config, String thingId, boolean awaitOnline) {
        HandlerHarness harness = HandlerHarness.initialize(config, thingId);
        try {
            if (awaitOnline) {
                harness.awaitOnline(ONLINE_TIMEOUT);
            }
        } catch (AssertionError e) {
            harness.dispose();
            throw e;
        }
        long start = System.nanoTime();
        harness.dispose();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Paho names its threads "MQTT Call: ", "MQTT Rec: ", "MQTT Snd: ", "MQTT Ping: ", "MQTT Con: ". */
    private static void awaitNoPahoThreads() throws InterruptedException {
        Conditions.await(() -> pahoThreads().isEmpty(), SETTLE);
        assertEquals(List.of(), pahoThreads(), "Paho's threads must end with dispose()");
    }

    private static List<String> pahoThreads() {
        return threadNames().stream().filter(name -> name.startsWith("MQTT")).toList();
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(thread -> thread.getName() + "#" + thread.getId()).collect(Collectors.toCollection(TreeSet::new));
    }
}
