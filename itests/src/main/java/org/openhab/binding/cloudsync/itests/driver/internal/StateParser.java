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
package org.openhab.binding.cloudsync.itests.driver.internal;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.OpenClosedType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The {@link StateParser} makes the {@link State} that openHAB's {@code TypeParser} would make of a text for an item
 * of a given type: {@code NULL}/{@code UNDEF} for any item, {@code 21.5 °C} for {@code Number:Temperature},
 * {@code ON} for a Switch, {@code OPEN} for a Contact, {@code 40} for a Dimmer, a data URI
 * ({@code data:image/png;base64,...}) for an Image, any text for a String.
 */
@NonNullByDefault
final class StateParser {

    private StateParser() {
    }

    static State parse(String itemType, String text) {
        if ("NULL".equals(text) || "UNDEF".equals(text)) {
            return UnDefType.valueOf(text);
        }
        String baseType = itemType.split(":", 2)[0];
        try {
            switch (baseType) {
                case "Switch":
                    return OnOffType.valueOf(text);
                case "Contact":
                    return OpenClosedType.valueOf(text);
                case "Number":
                    return itemType.contains(":") ? new QuantityType<>(text) : new DecimalType(text);
                case "Dimmer":
                    return new PercentType(new BigDecimal(text));
                case "Image":
                    return RawType.valueOf(text);
                case "String":
                    return new StringType(text);
                default:
                    throw new IllegalStateException("The driver cannot make a state for item type " + itemType);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("'" + text + "' is no state of an item of type " + itemType + ": " + e, e);
        }
    }
}
