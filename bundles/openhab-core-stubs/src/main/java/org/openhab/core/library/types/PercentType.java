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
package org.openhab.core.library.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/**
 * The {@link PercentType} is a {@link DecimalType} restricted to values between 0 and 100.
 */
@NonNullByDefault
public class PercentType extends DecimalType {

    private static final long serialVersionUID = -9066279845951780879L;

    public static final PercentType ZERO = new PercentType(0);
    public static final PercentType HUNDRED = new PercentType(100);

    /**
     * Creates a {@link PercentType} with value 0.
     */
    public PercentType() {
        super();
    }

    /**
     * Creates a {@link PercentType}.
     *
     * @param value the value (0 to 100)
     */
    public PercentType(int value) {
        super(value);
        validateValue(this.value);
    }

    /**
     * Creates a {@link PercentType} from a string, using English separators.
     *
     * @param value the value (0 to 100)
     */
    public PercentType(String value) {
        super(value);
        validateValue(this.value);
    }

    /**
     * Creates a {@link PercentType} from a string, using the separators of the given locale.
     *
     * @param value the value (0 to 100)
     * @param locale the locale
     */
    public PercentType(String value, Locale locale) {
        super(value, locale);
        validateValue(this.value);
    }

    /**
     * Creates a {@link PercentType}.
     *
     * @param value the value (0 to 100)
     */
    public PercentType(BigDecimal value) {
        super(value);
        validateValue(this.value);
    }

    private void validateValue(BigDecimal value) {
        if (BigDecimal.ZERO.compareTo(value) > 0 || BIG_DECIMAL_HUNDRED.compareTo(value) < 0) {
            throw new IllegalArgumentException("Value must be between 0 and 100");
        }
    }

    /**
     * Static access to {@link PercentType#PercentType(String)}.
     *
     * @param value the value
     * @return a new {@link PercentType}
     */
    public static PercentType valueOf(String value) {
        return new PercentType(value);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(equals(ZERO) ? OnOffType.OFF : OnOffType.ON);
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal().divide(BIG_DECIMAL_HUNDRED, 8, RoundingMode.UP)));
        } else if (target == UpDownType.class) {
            if (equals(ZERO)) {
                return target.cast(UpDownType.UP);
            } else if (equals(HUNDRED)) {
                return target.cast(UpDownType.DOWN);
            } else {
                return null;
            }
        } else if (target == OpenClosedType.class) {
            if (equals(ZERO)) {
                return target.cast(OpenClosedType.CLOSED);
            } else if (equals(HUNDRED)) {
                return target.cast(OpenClosedType.OPEN);
            } else {
                return null;
            }
        } else if (target == HSBType.class) {
            return target.cast(new HSBType(DecimalType.ZERO, PercentType.ZERO, this));
        } else {
            return defaultConversion(target);
        }
    }
}
