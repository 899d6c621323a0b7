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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.StateChange;

/**
 * The {@link Changes} build {@link StateChange}s for tests in a line.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class Changes {

    private Changes() {
    }

    /** A text state (a switch, a string) of an item of unknown type. */
    public static StateChange text(String item, String state) {
        return new StateChange(item, null, state, false, null, null, null, System.currentTimeMillis(), null);
    }

    /** A plain number. */
    public static StateChange number(String item, String value) {
        return number(item, value, System.currentTimeMillis());
    }

    public static StateChange number(String item, String value, long eventTime) {
        return new StateChange(item, "Number", value, false, new BigDecimal(value), null, null, eventTime, null);
    }

    /** A quantity with unit and previous state. */
    public static StateChange quantity(String item, String value, String unit, @Nullable String previous,
            long eventTime) {
        return new StateChange(item, "Number:Temperature", value + " " + unit, false, new BigDecimal(value), unit,
                previous, eventTime, null);
    }

    /** NULL or UNDEF. */
    public static StateChange undefined(String item, String state) {
        return new StateChange(item, null, state, true, null, null, null, System.currentTimeMillis(), null);
    }

    /** An image. */
    public static StateChange image(String item, byte[] bytes, String mimeType) {
        return new StateChange(item, "Image", "", false, null, null, null, System.currentTimeMillis(),
                new StateChange.Image(bytes, mimeType));
    }
}
