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
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.types.State;

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
        byte[] binary = null;
        String mimeType = null;
        if (state instanceof QuantityType<?> quantity) {
            value = quantity.toBigDecimal();
            unit = unitSymbol(quantity.getUnit());
        } else if (state instanceof DecimalType decimal) {
            // PercentType and HSBType are DecimalTypes too; for HSB this is the brightness
            value = decimal.toBigDecimal();
        } else if (state instanceof RawType raw) {
            binary = raw.getBytes();
            mimeType = raw.getMimeType();
        }
        return new StateChange(itemName, item == null ? null : item.type(), state.toFullString(), value, unit,
                previous == null ? null : previous.toFullString(), eventTime, binary, mimeType);
    }

    private String unitSymbol(Unit<?> unit) {
        // formatting a unit is costly in the unit library; the set of units in a home is small
        return unitSymbols.computeIfAbsent(unit, Unit::toString);
    }
}
