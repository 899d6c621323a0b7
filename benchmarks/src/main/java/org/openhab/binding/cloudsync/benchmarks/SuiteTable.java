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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link SuiteTable} collects the {@link BenchmarkSuite}'s figures and prints them as one Markdown table: what was
 * measured, the figure, the target and whether it was met ({@code met}, {@code MISSED}; {@code -} for a figure
 * without a target, such as a baseline; {@code no figure} when the measurement failed).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class SuiteTable {

    private record Row(String what, String figure, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    void row(String what, String figure, String target, boolean met) {
        rows.add(new Row(what, figure, target, met ? "met" : "MISSED"));
    }

    void info(String what, String figure) {
        rows.add(new Row(what, figure, "-", "-"));
    }

    void missing(String what, String why) {
        rows.add(new Row(what, why, "-", "no figure"));
    }

    long met() {
        return rows.stream().filter(row -> "met".equals(row.verdict())).count();
    }

    long targets() {
        return rows.stream().filter(row -> !"-".equals(row.target()) || "no figure".equals(row.verdict())).count();
    }

    void print() {
        int what = width(rows.stream().map(Row::what).toList(), "measured");
        int figure = width(rows.stream().map(Row::figure).toList(), "figure");
        int target = width(rows.stream().map(Row::target).toList(), "target");
        String format = "| %-" + what + "s | %-" + figure + "s | %-" + target + "s | %-9s |%n";
        System.out.printf(Locale.ROOT, format, "measured", "figure", "target", "verdict");
        System.out.printf(Locale.ROOT, format, "-".repeat(what), "-".repeat(figure), "-".repeat(target), "-".repeat(9));
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, format, row.what(), row.figure(), row.target(), row.verdict());
        }
    }

    private static int width(List<String> cells, String header) {
        return Math.max(header.length(), cells.stream().mapToInt(String::length).max().orElse(0));
    }
}
