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
package org.openhab.binding.cloudsync.internal.testutil;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link Conditions} wait for what other threads of the add-on bring about.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class Conditions {

    private Conditions() {
    }

    /** Whether the condition came true within the timeout (looked at every 20 ms). */
    public static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
