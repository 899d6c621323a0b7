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
import static org.openhab.binding.cloudsync.internal.endpoint.SenderHarness.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.cloudsync.internal.testutil.FakeTransport;
import org.openhab.binding.cloudsync.internal.testutil.ManualScheduler;

/**
 * Specifies the rate limits ({@code maxPublishRate}, {@code maxBytesRate}): a sustained burst is held at the rate
 * within 5 %, and what waits for the rate stays in the outbox. The manual scheduler is the clock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxSenderRateTest {

    @RegisterExtension
    final SenderHarness harness = new SenderHarness();
    private final ManualScheduler scheduler = harness.scheduler;
    private final FakeTransport broker = harness.broker;

    /**
     * Offers changes as fast as the outbox takes them, answers every publish at once, and advances the clock in
     * 10 ms steps for {@code seconds}; returns the publishes, in bytes or messages, of each second.
     */
    private List<Long> sustainedBurst(int changes, int seconds, boolean bytes) {
        harness.offer(0, changes);
        List<Long> perSecond = new ArrayList<>();
        int counted = 0;
        for (int second = 0; second < seconds; second++) {
            for (int step = 0; step < 100; step++) {
                broker.acknowledgeAll();
                scheduler.advance(Duration.ofMillis(10));
            }
            List<FakeTransport.Publish> published = broker.published();
            long sum = 0;
            for (int i = counted; i < published.size(); i++) {
                sum += bytes ? published.get(i).payload().length : 1;
            }
            counted = published.size();
            perSecond.add(sum);
        }
        return perSecond;
    }

    @Test
    void aSustainedBurstIsHeldAtTheMessageRateAndNothingIsDropped() {
        harness.senderLimitedTo(100, 0);
        broker.connect();

        List<Long> perSecond = sustainedBurst(3_200, 30, false);

        // the first second may also spend the bucket's burst of one second
        long sustained = perSecond.subList(1, perSecond.size()).stream().mapToLong(Long::longValue).sum();
        assertEquals(29 * 100, sustained, 29 * 100 * 0.05, "29 seconds at 100 messages/s within 5 %: " + perSecond);
        for (long second : perSecond.subList(1, perSecond.size())) {
            assertTrue(second <= 105, "no second above the rate: " + perSecond);
        }
        assertEquals(0, harness.statistics().dropped(), "waiting for the rate drops nothing");
        assertTrue(harness.outbox().waiting() > 0, "what the rate held back still waits in the outbox");
    }

    @Test
    void aSustainedBurstIsHeldAtTheByteRate() {
        harness.senderLimitedTo(0, 10_000);
        broker.connect();

        List<Long> perSecond = sustainedBurst(2_000, 20, true);

        long sustained = perSecond.subList(1, perSecond.size()).stream().mapToLong(Long::longValue).sum();
        assertEquals(19 * 10_000, sustained, 19 * 10_000 * 0.05,
                "19 seconds at 10,000 bytes/s within 5 %: " + perSecond);
        assertEquals(0, harness.statistics().dropped());
    }
}
