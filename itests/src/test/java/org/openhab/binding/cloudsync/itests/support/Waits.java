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
package org.openhab.binding.cloudsync.itests.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The {@link Waits} wait for what the add-on does on its own threads: a condition is looked at every 25 ms until
 * it holds, and a timeout fails the test with a description of what was seen instead.
 */
public final class Waits {

    private static final long POLL_MILLIS = 25;

    private Waits() {
    }

    /**
     * Waits until the condition holds.
     *
     * @param seen describes, when the time is up, what was there instead (called once, then)
     * @throws AssertionError when the condition did not hold within the timeout
     */
    public static void until(BooleanSupplier condition, Duration timeout, String what, Supplier<String> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; " + seen.get());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
