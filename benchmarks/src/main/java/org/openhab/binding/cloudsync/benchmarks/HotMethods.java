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

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The {@link HotMethods} profile ({@code -Dbenchmark.profile=true}): a Java Flight Recorder recording (JFR's
 * {@code profile} settings, an execution sample every 10 ms per running thread) of the per-item end-to-end run of
 * {@link BrokerRuns} after a warm-up, then the methods most often on top of a sampled stack, all threads (the embedded
 * broker's included, it runs in this JVM), and the add-on's methods most often the first of the add-on's frames on a
 * sampled stack (where the add-on's own time goes, the JDK and library calls below it counted to it), and where
 * threads waited for a lock 20 µs or longer.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class HotMethods {

    private static final String ADD_ON = "org.openhab.binding.cloudsync.internal.";
    private static final int TOP = 10;
    private static final Duration LOCK_WAIT_THRESHOLD = Duration.ofNanos(20_000);

    private HotMethods() {
    }

    /** Records the per-item run into {@code file} and prints the top methods. */
    static void profile(BrokerRuns runs, Duration warmup, Duration measured, Path file) throws Exception {
        System.out.printf(Locale.ROOT, "  JFR profile of the per-item run: %d s warm-up, %d s recorded into %s%n",
                warmup.toSeconds(), measured.toSeconds(), file);
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            // every wait for a lock from 20 µs on: the profile settings keep only those of 10 ms or more
            recording.enable("jdk.JavaMonitorEnter").withThreshold(LOCK_WAIT_THRESHOLD).withStackTrace();
            runs.perItemFor(warmup, measured, recording::start);
            recording.stop();
            recording.dump(file);
        }
        print(file);
        printLockWaits(file, measured);
    }

    static void print(Path file) throws IOException, ParseException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> addOn = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            top.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            for (RecordedFrame frame : frames) {
                String name = name(frame.getMethod());
                if (name.startsWith(ADD_ON)) {
                    addOn.merge(name, 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %,d execution samples; top %d methods on top of the stack:%n", samples, TOP);
        printTop(top, samples);
        System.out.printf(Locale.ROOT, "  top %d add-on methods (innermost add-on frame of each sample):%n", TOP);
        printTop(addOn, samples);
    }

    /**
     * Where threads waited for a lock ({@code synchronized}) 20 µs or longer: the total per thread and innermost
     * add-on frame (else the waiting method), as a share of the recorded time, so a lock on the send path shows.
     */
    static void printLockWaits(Path file, Duration measured) throws IOException {
        Map<String, Double> millis = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!"jdk.JavaMonitorEnter".equals(event.getEventType().getName())) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
            String where = frames.isEmpty() ? "?" : name(frames.get(0).getMethod());
            for (RecordedFrame frame : frames) {
                String name = name(frame.getMethod());
                if (name.startsWith(ADD_ON)) {
                    where = name;
                    break;
                }
            }
            RecordedThread thread = event.getThread();
            String threadName = thread == null ? "?" : String.valueOf(thread.getJavaName());
            // "MQTT Call: <client id>", "pool-3-thread-2": one row per kind of thread
            String kind = threadName.replaceAll(": .*", "").replaceAll("\\d+", "N");
            millis.merge(kind + " waiting in " + where, event.getDuration().toNanos() / 1e6, Double::sum);
        }
        System.out.printf(Locale.ROOT,
                "  waits for a lock of %d µs or more, per thread kind and place (%% of the %d s" + " recorded):%n",
                LOCK_WAIT_THRESHOLD.toNanos() / 1000, measured.toSeconds());
        millis.entrySet().stream().sorted(Map.Entry.<String, Double> comparingByValue().reversed()).limit(TOP)
                .forEach(entry -> System.out.printf(Locale.ROOT, "    %5.1f %%  %,9.1f ms  %s%n",
                        entry.getValue() / measured.toMillis() * 100, entry.getValue(), entry.getKey()));
    }

    private static void printTop(Map<String, Integer> counts, int samples) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(TOP)
                .forEach(entry -> System.out.printf(Locale.ROOT, "    %5.1f %%  %,7d  %s%n",
                        100.0 * entry.getValue() / Math.max(1, samples), entry.getValue(), entry.getKey()));
    }

    private static String name(@Nullable RecordedMethod method) {
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }
}
