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

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Specifies the token bucket with a fake nanosecond clock: a sustained stream is held at the rate, a burst is
 * granted at once and then not again, a request larger than the burst passes when the bucket is full and is paid
 * back, a rate of 0 grants everything, and concurrent callers never get more than the bucket holds.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    /** A clock that only moves when the test moves it. */
    private final AtomicLong now = new AtomicLong(123_456_789L);

    private void advance(long nanos) {
        now.addAndGet(nanos);
    }

    @Test
    void startsFullAndGrantsTheBurstAtOnceThenNothing() {
        TokenBucket bucket = new TokenBucket(10, 20, now::get);

        for (int i = 0; i < 20; i++) {
            assertTrue(bucket.tryAcquire(1), "permit " + i + " of the burst");
        }
        assertFalse(bucket.tryAcquire(1));
        assertEquals(SECOND / 10, bucket.nanosUntil(1), "one permit every 100 ms");
        assertEquals(0, bucket.available());
    }

    @Test
    void nanosUntilIsExactlyWhenThePermitsAreThere() {
        TokenBucket bucket = new TokenBucket(3, 3, now::get);
        assertTrue(bucket.tryAcquire(3));

        long wait = bucket.nanosUntil(2);
        assertEquals((2 * SECOND + 2) / 3, wait, "rounded up to the nanosecond");
        advance(wait - 1);
        assertFalse(bucket.tryAcquire(2), "one nanosecond early");
        assertEquals(1, bucket.nanosUntil(2));
        advance(1);
        assertEquals(0, bucket.nanosUntil(2));
        assertTrue(bucket.tryAcquire(2));
    }

    @Test
    void neverHoldsMoreThanTheBurstAfterALongIdleTime() {
        TokenBucket bucket = new TokenBucket(100, 5, now::get);
        assertTrue(bucket.tryAcquire(5));

        advance(365L * 24 * 3600 * SECOND); // a year: refilling must neither overflow nor exceed the burst
        assertEquals(5, bucket.available());
        assertTrue(bucket.tryAcquire(5));
        assertFalse(bucket.tryAcquire(1));
    }

    @Test
    void holdsASustainedMessageStreamToTheRateWithinOnePercentOverAMinute() {
        TokenBucket bucket = new TokenBucket(100, 100, now::get);
        long start = now.get();
        long sent = 0;

        // a sender that always has something to send and sleeps exactly as long as the bucket says
        while (now.get() - start < 60 * SECOND) {
            if (bucket.tryAcquire(1)) {
                sent++;
            } else {
                advance(bucket.nanosUntil(1));
            }
        }

        long afterBurst = sent - 100;
        assertEquals(6000, afterBurst, 60, "100 per second for 60 s after the initial burst: " + sent);
        assertTrue(sent <= 100 + 6000 + 1, "never more than burst + rate x time: " + sent);
    }

    @Test
    void holdsAByteStreamOfMixedSizesToTheRateWithinOnePercentOverAMinute() {
        long rate = 512 * 1024;
        TokenBucket bucket = new TokenBucket(rate, rate, now::get);
        Random sizes = new Random(42);
        long start = now.get();
        long sentBytes = 0;
        int next = 1 + sizes.nextInt(200_000);

        while (now.get() - start < 60 * SECOND) {
            if (bucket.tryAcquire(next)) {
                sentBytes += next;
                next = 1 + sizes.nextInt(200_000);
            } else {
                advance(bucket.nanosUntil(next));
            }
        }

        double perSecond = (sentBytes - rate) / 60.0;
        assertEquals(rate, perSecond, rate * 0.01, "bytes per second after the initial burst");
    }

    @Test
    void aRequestLargerThanTheBurstPassesWhenFullAndIsPaidBack() {
        // a 1 MiB image under 512 KiB/s with a burst of 512 KiB
        long rate = 512 * 1024;
        TokenBucket bucket = new TokenBucket(rate, rate, now::get);
        long image = 1024 * 1024;

        assertEquals(0, bucket.nanosUntil(image), "a full bucket takes it at once");
        assertTrue(bucket.tryAcquire(image));
        assertEquals(-rate, bucket.available(), "the bucket is in debt by the excess");

        // the next small message waits until the debt is paid and its own byte is there: a bit over 1 s
        long wait = bucket.nanosUntil(1);
        assertEquals(SECOND + (SECOND + rate - 1) / rate, wait);
        advance(wait);
        assertTrue(bucket.tryAcquire(1));
    }

    @Test
    void aRequestLargerThanTheBurstWaitsOnlyForAFullBucket() {
        TokenBucket bucket = new TokenBucket(1000, 1000, now::get);
        assertTrue(bucket.tryAcquire(400));

        assertFalse(bucket.tryAcquire(5000), "not full");
        long wait = bucket.nanosUntil(5000);
        assertEquals(400 * SECOND / 1000, wait, "until full, not until 5000 permits");
        advance(wait);
        assertTrue(bucket.tryAcquire(5000), "never stuck forever");
    }

    @Test
    void aRateOfZeroGrantsEverything() {
        TokenBucket bucket = new TokenBucket(0, 0, now::get);

        assertTrue(bucket.isUnlimited());
        for (int i = 0; i < 10_000; i++) {
            assertTrue(bucket.tryAcquire(1_000_000));
        }
        assertEquals(0, bucket.nanosUntil(TokenBucket.MAX_PERMITS));
        assertTrue(TokenBucket.unlimited().tryAcquire(TokenBucket.MAX_PERMITS));
    }

    @Test
    void zeroPermitsAreAlwaysThereAndBadArgumentsAreRefused() {
        TokenBucket bucket = new TokenBucket(1, 1, now::get);
        assertTrue(bucket.tryAcquire(1));

        assertTrue(bucket.tryAcquire(0));
        assertEquals(0, bucket.nanosUntil(0));
        assertThrows(IllegalArgumentException.class, () -> bucket.tryAcquire(-1));
        assertThrows(IllegalArgumentException.class, () -> bucket.nanosUntil(TokenBucket.MAX_PERMITS + 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(-1, 1, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, now::get));
    }

    @Test
    void aClockGoingBackAddsNothing() {
        TokenBucket bucket = new TokenBucket(10, 10, now::get);
        assertTrue(bucket.tryAcquire(10));

        advance(-5 * SECOND);
        assertEquals(0, bucket.available());
        advance(SECOND / 10);
        assertEquals(1, bucket.available(), "counted from the last reading, not from before the jump");
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheBucketHolds() throws Exception {
        TokenBucket bucket = new TokenBucket(1, 1000, now::get); // the clock stands still: 1000 permits in all
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                granted.add(pool.submit(() -> {
                    start.await();
                    int count = 0;
                    for (int i = 0; i < 1000; i++) {
                        if (bucket.tryAcquire(1)) {
                            count++;
                        }
                    }
                    return count;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> future : granted) {
                total += future.get(30, TimeUnit.SECONDS);
            }
            assertEquals(1000, total);
        } finally {
            pool.shutdownNow();
        }
    }

    // the combined limit of messages and bytes

    @Test
    void aPublishTakesFromBothLimitsOrFromNeither() {
        PublishRateLimiter limiter = new PublishRateLimiter(2, 1000, now::get);

        assertTrue(limiter.tryAcquire(600));
        assertFalse(limiter.tryAcquire(600), "bytes are short");
        assertTrue(limiter.tryAcquire(400), "the refused publish took no message permit");
        assertFalse(limiter.tryAcquire(0), "both message permits are used");
        assertEquals(SECOND / 2, limiter.nanosUntil(0), "a message permit every 500 ms");
        assertEquals(SECOND / 2, limiter.nanosUntil(500), "the later of the two waits");
        assertEquals(SECOND, limiter.nanosUntil(1000));
    }

    @Test
    void aLimiterAtAwsRatesGrantsAHundredPublishesASecond() {
        PublishRateLimiter aws = new PublishRateLimiter(100, 512 * 1024, now::get);
        int granted = 0;
        while (aws.tryAcquire(10)) {
            granted++;
        }
        assertEquals(100, granted, "AWS IoT Core: 100 publishes per second");
        assertFalse(aws.isUnlimited());
        assertTrue(new PublishRateLimiter(0, 0, now::get).isUnlimited());
    }
}
