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
package org.openhab.binding.cloudsync.internal.intake;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.HSBType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The {@link StateCapture} turns an openHAB {@link State} into a {@link StateChange}: the full state text,
 * the number and unit split out of numeric states, and the bytes of images. It runs on the outbox writers (and
 * the console), never on the event thread, possibly on several threads at once; it remembers each item's last
 * state text, which saves formatting the old state of the next change.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class StateCapture {

    /** The last state captured per item and its text: usually the next change's old state. */
    private record Captured(State state, String text) {
    }

    private final Map<String, Captured> lastCaptured = new ConcurrentHashMap<>();

    public StateChange capture(String itemName, @Nullable ItemInfo item, State state, @Nullable State previous,
            long eventTime) {
        BigDecimal value = null;
        String unit = null;
        StateChange.Image image = null;
        String text;
        if (state instanceof RawType raw) {
            // encoding is left to the payload, off the event thread
            image = new StateChange.Image(raw.getBytes(), raw.getMimeType());
            text = "";
        } else {
            text = state.toFullString();
            if (state instanceof QuantityType<?> quantity) {
                value = quantity.toBigDecimal();
                // openHAB writes a quantity as "<number> <unit>", or the bare number when it has no unit
                int space = text.indexOf(' ');
                unit = space < 0 ? null : text.substring(space + 1);
            } else {
                value = numberOf(state);
            }
        }
        // an image's message carries no old state: the old bytes are not worth sending again
        String previousText = image == null ? previousText(itemName, previous) : null;
        if (image == null) {
            lastCaptured.put(itemName, new Captured(state, text));
        }
        return new StateChange(itemName, item == null ? null : item.type(), text, state instanceof UnDefType, value,
                unit, previousText, eventTime, image);
    }

    /** The number in a numeric state, or null; a quantity's without its unit. */
    static @Nullable BigDecimal numberOf(State state) {
        if (state instanceof QuantityType<?> quantity) {
            return quantity.toBigDecimal();
        }
        if (state instanceof DecimalType decimal && !(state instanceof HSBType)) {
            // PercentType is a DecimalType too; a colour's "value" would only be its brightness
            return decimal.toBigDecimal();
        }
        return null;
    }

    // identity, not equality, is the question: is this the state object captured last time?
    @SuppressWarnings("PMD.CompareObjectsWithEquals")
    private @Nullable String previousText(String itemName, @Nullable State previous) {
        if (previous == null || previous instanceof RawType) {
            // an old image is not worth its bytes: its data URI would double the message
            return null;
        }
        // the same object as captured last time (openHAB passes the item's state on): reuse its text; equals()
        // is no shortcut, a quantity's costs far more than formatting it
        Captured last = lastCaptured.get(itemName);
        return last != null && last.state() == previous ? last.text() : previous.toFullString();
    }
}
