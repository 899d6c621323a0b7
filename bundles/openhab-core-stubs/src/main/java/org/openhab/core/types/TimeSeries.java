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
package org.openhab.core.types;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link TimeSeries} transports a set of states together with their timestamps.
 */
@NonNullByDefault
public class TimeSeries {

    private final TreeSet<Entry> states = new TreeSet<>(Comparator.comparing(Entry::timestamp));
    private final Policy policy;

    /**
     * Creates an empty time series.
     *
     * @param policy the persistence policy of this series
     */
    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    /**
     * Get the persistence policy of this series.
     *
     * @return the policy
     */
    public Policy getPolicy() {
        return policy;
    }

    /**
     * Get the timestamp of the first element in this series.
     *
     * @return the {@link Instant} of the first element, {@link Instant#MAX} if empty
     */
    public Instant getBegin() {
        return states.isEmpty() ? Instant.MAX : states.first().timestamp();
    }

    /**
     * Get the timestamp of the last element in this series.
     *
     * @return the {@link Instant} of the last element, {@link Instant#MIN} if empty
     */
    public Instant getEnd() {
        return states.isEmpty() ? Instant.MIN : states.last().timestamp();
    }

    /**
     * Get the number of elements in this series.
     *
     * @return the number of elements
     */
    public int size() {
        return states.size();
    }

    /**
     * Add a new element to this series; elements are sorted chronologically.
     *
     * @param timestamp an {@link Instant} for the given state
     * @param state the {@link State} at the given timestamp
     */
    public void add(Instant timestamp, State state) {
        states.add(new Entry(timestamp, state));
    }

    /**
     * Get the content of this series in chronological order.
     *
     * @return a stream with the content of this series
     */
    public Stream<Entry> getStates() {
        return List.copyOf(states).stream();
    }

    /**
     * One element of a {@link TimeSeries}.
     */
    public record Entry(Instant timestamp, State state) {
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        TimeSeries that = (TimeSeries) o;
        return Objects.equals(states, that.states) && policy == that.policy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(states, policy);
    }

    /**
     * The persistence policy of a {@link TimeSeries}.
     */
    public enum Policy {
        ADD,
        REPLACE
    }
}
