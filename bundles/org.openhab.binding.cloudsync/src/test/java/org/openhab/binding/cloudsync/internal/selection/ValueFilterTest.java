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
package org.openhab.binding.cloudsync.internal.selection;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies the value filters: undefined states, deadband and minimum interval.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ValueFilterTest {

    @Test
    void undefinedStatesAreDroppedWhenIgnored() {
        ValueFilter filter = new ValueFilter(true, BigDecimal.ZERO, 0);

        assertFalse(filter.accepts(Changes.undefined("X", "NULL")));
        assertFalse(filter.accepts(Changes.undefined("X", "UNDEF")));
        assertTrue(filter.accepts(Changes.text("X", "NULL")), "a string that reads NULL is a real state");
    }

    @Test
    void undefinedStatesPassWhenNotIgnored() {
        assertTrue(new ValueFilter(false, BigDecimal.ZERO, 0).accepts(Changes.undefined("X", "UNDEF")));
    }

    @Test
    void changeSmallerThanTheDeadbandSinceTheLastSentValueIsDropped() {
        ValueFilter filter = new ValueFilter(true, new BigDecimal("0.5"), 0);

        assertTrue(filter.accepts(Changes.number("T", "20.0")));
        assertFalse(filter.accepts(Changes.number("T", "20.3")));
        assertFalse(filter.accepts(Changes.number("T", "19.6")));
        assertTrue(filter.accepts(Changes.number("T", "20.5")), "0.5 away from the last value sent (20.0)");
        assertFalse(filter.accepts(Changes.number("T", "20.9")), "the reference is now 20.5");
    }

    @Test
    void deadbandIsKeptPerItem() {
        ValueFilter filter = new ValueFilter(true, BigDecimal.ONE, 0);

        assertTrue(filter.accepts(Changes.number("A", "10")));
        assertTrue(filter.accepts(Changes.number("B", "10.5")));
    }

    @Test
    void deadbandLetsNonNumericStatesThrough() {
        ValueFilter filter = new ValueFilter(true, BigDecimal.ONE, 0);

        assertTrue(filter.accepts(Changes.text("Light", "ON")));
        assertTrue(filter.accepts(Changes.text("Light", "OFF")));
    }

    @Test
    void changeSoonerThanTheMinimumIntervalIsDropped() {
        ValueFilter filter = new ValueFilter(true, BigDecimal.ZERO, 10_000);

        assertTrue(filter.accepts(Changes.number("T", "1", 100_000)));
        assertFalse(filter.accepts(Changes.number("T", "2", 105_000)));
        assertTrue(filter.accepts(Changes.number("T", "3", 110_000)));
    }
}
