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
package org.openhab.binding.cloudsync.internal.payload;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link IsoTimestamp} writes a point in time as ISO-8601 in UTC with milliseconds, for example
 * {@code 2026-11-28T03:04:05.678Z}, fast: the date part is kept for the day and the time of day computed, so that a
 * message's timestamp costs no formatter run. Not thread-safe; each message builder has its own.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class IsoTimestamp {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final char[] text = new char[24];
    private long day = Long.MIN_VALUE;

    /** The timestamp of the epoch milliseconds; the same text as {@code DateTimeFormatter.ISO_INSTANT} with millis. */
    String format(long epochMillis) {
        long currentDay = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        if (currentDay != day) {
            String date = LocalDate.ofEpochDay(currentDay).toString();
            if (date.length() != 10) {
                // a year beyond 9999 or before 0: rare enough for the general way
                return Instant.ofEpochMilli(epochMillis).toString();
            }
            day = currentDay;
            date.getChars(0, 10, text, 0);
            text[10] = 'T';
            text[13] = ':';
            text[16] = ':';
            text[19] = '.';
            text[23] = 'Z';
        }
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        two(millisOfDay / 3_600_000, 11);
        two(millisOfDay / 60_000 % 60, 14);
        two(millisOfDay / 1000 % 60, 17);
        int millis = millisOfDay % 1000;
        text[20] = (char) ('0' + millis / 100);
        text[21] = (char) ('0' + millis / 10 % 10);
        text[22] = (char) ('0' + millis % 10);
        return new String(text);
    }

    private void two(int value, int at) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
