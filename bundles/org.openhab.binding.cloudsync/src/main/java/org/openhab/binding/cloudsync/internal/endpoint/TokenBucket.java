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
package org.openhab.binding.cloudsync.internal.endpoint;

import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link TokenBucket} is a rate limiter that holds a sender to a rate, such as AWS IoT Core's 100 publishes
 * or 512 KiB per second and connection: the bucket holds up to {@code burst} permits, refills at {@code rate}
 * permits per second, and a send takes as many permits as it needs (1 for a message, its size for bytes).
 * <p>
 * A sender that is refused asks {@link #nanosUntil(long)} and schedules its next attempt then, instead of
 * spinning. The time comes from an injected nanosecond clock ({@code System::nanoTime} in production, a fake in
 * tests), so the bucket is deterministic under test.
 * <p>
 * <b>Requests larger than the burst.</b> A single request of more permits than the bucket can hold (a 1 MiB image
 * under a 512 KiB/s limit with a 512 KiB burst) would never fit. It is granted when the bucket is <em>full</em>,
 * and the bucket goes into debt (negative) by the excess; later requests wait until the debt is paid back at the
 * rate. The long-run rate is kept, and nothing is stuck forever.
 * <p>
 * A rate of 0 means unlimited: every request is granted at once. Permits are whole numbers; state is kept in
 * permit-nanoseconds (permits × 10<sup>9</sup>) so that refilling is exact integer arithmetic, which bounds a single
 * request to about 9.2 × 10<sup>9</sup> permits.
 * <p>
 * It is thread-safe: the scheduler's send round and Paho's callback thread may call it at the same time.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The largest request whose permit-nanoseconds fit a long. */
    public static final long MAX_PERMITS = Long.MAX_VALUE / NANOS_PER_SECOND;

    private final long rate;
    private final long burst;
    private final long capacity;
    private final LongSupplier clock;

    /** Permit-nanoseconds available; negative while in debt. */
    private long available;
    private long lastRefill;

    /**
     * A bucket that starts full.
     *
     * @param ratePerSecond permits added per second; 0 for unlimited
     * @param burst the most permits the bucket holds (at least 1 unless unlimited)
     * @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     * @throws IllegalArgumentException on a negative rate, a burst below 1 or above {@link #MAX_PERMITS}
     */
    public TokenBucket(long ratePerSecond, long burst, LongSupplier nanoClock) {
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("the rate must not be negative: " + ratePerSecond);
        }
        if (ratePerSecond > 0 && (burst < 1 || burst > MAX_PERMITS)) {
            throw new IllegalArgumentException("the burst must be from 1 to " + MAX_PERMITS + ": " + burst);
        }
        this.rate = ratePerSecond;
        this.burst = ratePerSecond == 0 ? 0 : burst;
        this.capacity = this.burst * NANOS_PER_SECOND;
        this.clock = nanoClock;
        this.available = capacity;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** A bucket that grants everything. */
    public static TokenBucket unlimited() {
        return new TokenBucket(0, 0, () -> 0L);
    }

    /** A bucket whose burst is one second's worth of its rate. */
    public static TokenBucket perSecond(long ratePerSecond, LongSupplier nanoClock) {
        return new TokenBucket(ratePerSecond, Math.max(1, ratePerSecond), nanoClock);
    }

    public boolean isUnlimited() {
        return rate == 0;
    }

    /** Permits added per second, 0 for unlimited. */
    public long rate() {
        return rate;
    }

    /** The most permits the bucket holds. */
    public long burst() {
        return burst;
    }

    /**
     * Takes the permits if they are available now (for a request above the burst: if the bucket is full).
     *
     * @return whether they were taken
     * @throws IllegalArgumentException if permits is negative or above {@link #MAX_PERMITS}
     */
    public synchronized boolean tryAcquire(long permits) {
        check(permits);
        if (rate == 0 || permits == 0) {
            return true;
        }
        refill();
        if (available < needed(permits)) {
            return false;
        }
        available -= permits * NANOS_PER_SECOND;
        return true;
    }

    /**
     * How long from now until {@link #tryAcquire(long)} of these permits would succeed, if nobody else takes
     * permits meanwhile; 0 if it would now.
     *
     * @throws IllegalArgumentException if permits is negative or above {@link #MAX_PERMITS}
     */
    public synchronized long nanosUntil(long permits) {
        check(permits);
        if (rate == 0 || permits == 0) {
            return 0;
        }
        refill();
        long missing = needed(permits) - available;
        if (missing <= 0) {
            return 0;
        }
        return ceilDiv(missing, rate); // round up: at that nanosecond the permits are there
    }

    /** Whole permits available now (negative while in debt), for status and tests. */
    public synchronized long available() {
        if (rate == 0) {
            return Long.MAX_VALUE;
        }
        refill();
        return Math.floorDiv(available, NANOS_PER_SECOND);
    }

    /** The permit-nanoseconds a request must find: its own, or a full bucket if it is larger than the burst. */
    private long needed(long permits) {
        return Math.min(permits, burst) * NANOS_PER_SECOND;
    }

    private void refill() {
        long now = clock.getAsLong();
        long elapsed = now - lastRefill;
        lastRefill = now;
        if (elapsed <= 0) {
            return; // a clock standing still, or going back: nothing to add
        }
        long room = capacity - available;
        // compare before multiplying so that a long idle time cannot overflow
        if (elapsed >= ceilDiv(room, rate)) {
            available = capacity;
        } else {
            available += elapsed * rate;
        }
    }

    private static long ceilDiv(long dividend, long divisor) {
        long quotient = dividend / divisor;
        return dividend % divisor == 0 ? quotient : quotient + 1;
    }

    private static void check(long permits) {
        if (permits < 0 || permits > MAX_PERMITS) {
            throw new IllegalArgumentException("permits must be from 0 to " + MAX_PERMITS + ": " + permits);
        }
    }

    @Override
    public synchronized String toString() {
        return rate == 0 ? "TokenBucket[unlimited]"
                : "TokenBucket[rate=" + rate + "/s, burst=" + burst + ", available=" + available / NANOS_PER_SECOND
                        + "]";
    }
}
