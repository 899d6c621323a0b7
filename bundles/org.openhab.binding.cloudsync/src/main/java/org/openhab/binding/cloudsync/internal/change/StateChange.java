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
package org.openhab.binding.cloudsync.internal.change;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link StateChange} is one item state event as captured on the event bus: our own immutable copy, so
 * that nothing after intake touches openHAB types.
 *
 * @param itemName the item whose state changed
 * @param itemType the item type as openHAB names it (for example {@code Number:Temperature}), or null when
 *            the item is not (yet) in the item registry
 * @param state the new state as {@code State.toFullString()}; empty for images, whose bytes are in {@code image}
 * @param undefined whether the new state is NULL or UNDEF
 * @param value the numeric part of a number, quantity or percent state; null for other states
 * @param unit the unit symbol of a quantity state; null otherwise
 * @param previousState the old state of a change event as {@code toFullString()}; null for update events
 * @param eventTime milliseconds since the epoch when the event reached the add-on (not when it is sent)
 * @param image the bytes and MIME type of an image state; null for other states
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record StateChange(String itemName, @Nullable String itemType, String state, boolean undefined,
        @Nullable BigDecimal value, @Nullable String unit, @Nullable String previousState, long eventTime,
        @Nullable Image image) implements IncomingChange {

    /**
     * The bytes of an image item's state.
     *
     * @param bytes the raw image
     * @param mimeType for example {@code image/png}
     */
    public record Image(byte[] bytes, String mimeType) {
    }

    /** Already captured: itself. */
    @Override
    public StateChange toStateChange() {
        return this;
    }

    /** A short description without the state's bytes, for logs. */
    @Override
    public String toString() {
        Image current = image;
        return "StateChange[" + itemName + "=" + (current == null ? state : current.mimeType() + " image") + "]";
    }
}
