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

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The {@link MicroBenchmarks} run the JMH benchmarks ({@link ReceiveCost}, {@link OutboxAddAck},
 * {@link JsonPayload}) through JMH's Runner API, in one forked JVM each, with JMH's GC profiler (bytes allocated per
 * operation), and read their figures from the {@link RunResult}s. JMH prints its own report as it goes.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class MicroBenchmarks {

    /** A {@link org.openjdk.jmh.annotations.Mode#SampleTime} figure: percentiles of single calls, in nanoseconds. */
    record Sampled(double p50, double p99, double p999, long samples, double bytesPerOp) {
    }

    /** An average time per operation (one change), in nanoseconds, with JMH's 99.9 % error. */
    record Averaged(double nanos, double error, double bytesPerOp) {
    }

    /** All figures; a benchmark that failed has none. */
    record Figures(Map<String, Sampled> receive, @Nullable Averaged outbox, @Nullable Averaged jsonPerItem,
            @Nullable Averaged jsonBatch) {
    }

    private MicroBenchmarks() {
    }

    static Figures run(boolean quick) throws RunnerException {
        Options options = new OptionsBuilder() //
                .include(Pattern.quote(ReceiveCost.class.getName()) + "\\..*") //
                .include(Pattern.quote(OutboxAddAck.class.getName()) + "\\..*") //
                .include(Pattern.quote(JsonPayload.class.getName()) + "\\..*") //
                .forks(1) //
                .warmupIterations(quick ? 1 : 3) //
                .warmupTime(TimeValue.seconds(quick ? 1 : 2)) //
                .measurementIterations(quick ? 2 : 5) //
                .measurementTime(TimeValue.seconds(quick ? 1 : 3)) //
                .addProfiler(GCProfiler.class) //
                .jvmArgs("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-Dbenchmark.rate=" + Integer.getInteger("benchmark.rate", 10_000)) //
                .shouldFailOnError(false) //
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Sampled> receive = new HashMap<>();
        Averaged outbox = null;
        Averaged perItem = null;
        Averaged batch = null;
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            Result<?> primary = result.getPrimaryResult();
            double bytes = bytesPerOp(result);
            if (benchmark.startsWith(ReceiveCost.class.getName() + ".")) {
                String endpoints = result.getParams().getParam("endpoints");
                receive.put(endpoints == null ? "?" : endpoints,
                        new Sampled(primary.getStatistics().getPercentile(50),
                                primary.getStatistics().getPercentile(99), primary.getStatistics().getPercentile(99.9),
                                primary.getStatistics().getN(), bytes));
            } else {
                Averaged averaged = new Averaged(primary.getScore(), primary.getScoreError(), bytes);
                if (benchmark.startsWith(OutboxAddAck.class.getName() + ".")) {
                    outbox = averaged;
                } else if (benchmark.endsWith(".perItem")) {
                    perItem = averaged;
                } else if (benchmark.endsWith(".batch")) {
                    batch = averaged;
                }
            }
        }
        return new Figures(receive, outbox, perItem, batch);
    }

    /** The GC profiler's {@code gc.alloc.rate.norm} (older JMH versions prefix it with a middle dot); -1 if absent. */
    private static double bytesPerOp(RunResult result) {
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
                return secondary.getValue().getScore();
            }
        }
        return -1;
    }
}
