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

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.HSBType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The {@link StateCapture} turns an openHAB {@link State} into a {@link StateChange}: the full state text,
 * the number and unit split out of numeric states, and the bytes of images. It runs on the event thread, so
 * it only reads the state object and a unit-symbol cache.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class StateCapture {

    private final Map<Unit<?>, String> unitSymbols = new ConcurrentHashMap<>();

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
                unit = unitSymbol(quantity.getUnit());
            } else if (state instanceof DecimalType decimal && !(state instanceof HSBType)) {
                // PercentType is a DecimalType too; a colour's "value" would only be its brightness
                value = decimal.toBigDecimal();
            }
        }
        return new StateChange(itemName, item == null ? null : item.type(), text, state instanceof UnDefType, value,
                unit, previousText(previous), eventTime, image);
    }

    private static @Nullable String previousText(@Nullable State previous) {
        // an old image is not worth its bytes: its data URI would double the message
        return previous == null || previous instanceof RawType ? null : previous.toFullString();
    }

    private String unitSymbol(Unit<?> unit) {
        // formatting a unit is costly in the unit library; the set of units in a home is small
        return unitSymbols.computeIfAbsent(unit, Unit::toString);
    }
}
