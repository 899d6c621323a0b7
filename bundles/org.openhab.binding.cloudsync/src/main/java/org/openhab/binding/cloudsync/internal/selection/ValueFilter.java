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

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;

/**
 * The {@link ValueFilter} drops changes a user does not want sent, like openHAB's persistence filters: the
 * undefined states NULL and UNDEF, numeric changes smaller than a deadband since the last value taken, and
 * changes of an item arriving sooner than a minimum interval after its last one taken. It remembers per item
 * the last value and time it let through.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ValueFilter {

    /** What was last let through for an item. */
    private record Taken(@Nullable BigDecimal value, long time) {
    }

    private final boolean ignoreUndefined;
    private final BigDecimal deadband;
    private final long minIntervalMillis;
    private final Map<String, Taken> taken = new ConcurrentHashMap<>();

    public ValueFilter(boolean ignoreUndefined, BigDecimal deadband, long minIntervalMillis) {
        this.ignoreUndefined = ignoreUndefined;
        this.deadband = deadband.abs();
        this.minIntervalMillis = minIntervalMillis;
    }

    /** Whether the change passes; a passing change becomes the item's new reference. */
    public boolean accepts(IncomingChange change) {
        if (ignoreUndefined && change.undefined()) {
            return false;
        }
        boolean remembers = deadband.signum() > 0 || minIntervalMillis > 0;
        if (!remembers) {
            return true;
        }
        BigDecimal value = deadband.signum() > 0 ? change.value() : null;
        Taken last = taken.get(change.itemName());
        if (last != null) {
            if (minIntervalMillis > 0 && change.eventTime() - last.time() < minIntervalMillis) {
                return false;
            }
            BigDecimal lastValue = last.value();
            if (value != null && lastValue != null && value.subtract(lastValue).abs().compareTo(deadband) < 0) {
                return false;
            }
        }
        taken.put(change.itemName(), new Taken(value, change.eventTime()));
        return true;
    }
}
