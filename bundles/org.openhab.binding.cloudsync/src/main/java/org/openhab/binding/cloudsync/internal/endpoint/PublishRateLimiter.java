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
 * The {@link PublishRateLimiter} is responsible for holding one connection's publishes to a service's two limits at
 * once: messages per
 * second and bytes per second (AWS IoT Core: 100 and 512 KiB). A publish takes one message permit and its size in
 * byte permits, from both buckets or from neither, so a refusal by one bucket never uses up the other. Each bucket's
 * burst is one second of its rate.
 * <p>
 * It is thread-safe.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PublishRateLimiter {

    private final TokenBucket messages;
    private final TokenBucket bytes;

    /**
     * A limiter of its own buckets.
     *
     * @param messagesPerSecond 0 for unlimited
     * @param bytesPerSecond 0 for unlimited
     */
    public PublishRateLimiter(long messagesPerSecond, long bytesPerSecond, LongSupplier nanoClock) {
        this.messages = TokenBucket.perSecond(messagesPerSecond, nanoClock);
        this.bytes = TokenBucket.perSecond(bytesPerSecond, nanoClock);
    }

    /** Takes one message and {@code size} bytes if both are available now; otherwise takes nothing. */
    public synchronized boolean tryAcquire(long size) {
        if (messages.nanosUntil(1) > 0 || bytes.nanosUntil(size) > 0) {
            return false;
        }
        // the clock only moves forward, so what was available a moment ago still is
        return messages.tryAcquire(1) && bytes.tryAcquire(size);
    }

    /** How long until a publish of {@code size} bytes would be granted; 0 if now. */
    public synchronized long nanosUntil(long size) {
        return Math.max(messages.nanosUntil(1), bytes.nanosUntil(size));
    }

    /** Whether neither rate is limited. */
    public boolean isUnlimited() {
        return messages.isUnlimited() && bytes.isUnlimited();
    }

    @Override
    public String toString() {
        return "PublishRateLimiter[messages=" + messages + ", bytes=" + bytes + "]";
    }
}
