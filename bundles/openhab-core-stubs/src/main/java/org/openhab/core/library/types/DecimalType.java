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
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * The {@link DecimalType} holds a {@link BigDecimal} and is used for integers and floating point numbers alike.
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 4226845847123464690L;
    protected static final BigDecimal BIG_DECIMAL_HUNDRED = BigDecimal.valueOf(100);

    public static final DecimalType ZERO = new DecimalType(0);

    protected BigDecimal value;

    /**
     * Creates a {@link DecimalType} with value 0.
     */
    public DecimalType() {
        this(BigDecimal.ZERO);
    }

    /**
     * Creates a new {@link DecimalType} with the given value.
     *
     * @param value a number
     */
    public DecimalType(Number value) {
        if (value instanceof QuantityType<?> type) {
            this.value = type.toBigDecimal();
        } else if (value instanceof HSBType type) {
            this.value = type.toBigDecimal();
        } else {
            this.value = new BigDecimal(value.toString());
        }
    }

    /**
     * Creates a new {@link DecimalType} from a string, using English separators.
     *
     * @param value the value representing a number
     * @throws NumberFormatException when the number could not be parsed
     */
    public DecimalType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Creates a new {@link DecimalType} from a string, using the separators of the given locale.
     *
     * @param value the value representing a number
     * @param locale the locale used to determine (decimal/grouping) separator characters
     * @throws NumberFormatException when the number could not be parsed
     */
    public DecimalType(String value, Locale locale) {
        DecimalFormat df = (DecimalFormat) NumberFormat.getInstance(locale);
        df.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        BigDecimal parsedValue = (BigDecimal) df.parseObject(value.toUpperCase(locale), position);
        if (parsedValue == null || position.getErrorIndex() != -1 || position.getIndex() < value.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        this.value = parsedValue;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    /**
     * Static access to {@link DecimalType#DecimalType(String)}.
     *
     * @param value the value representing a number
     * @return a new {@link DecimalType}
     */
    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    @Override
    public String format(String pattern) {
        // integer values are formatted as BigInteger to allow integer conversions like %d
        try {
            return String.format(pattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            // fall through to the default behaviour
        }
        return String.format(pattern, value);
    }

    /**
     * Returns the value as {@link BigDecimal}.
     *
     * @return the value
     */
    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return 31 + value.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DecimalType other)) {
            return false;
        }
        return value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(DecimalType o) {
        return value.compareTo(o.toBigDecimal());
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    /**
     * The default conversion of {@link State#as(Class)}.
     *
     * @param target the target class
     * @return the converted state or null
     */
    protected <T extends State> @Nullable T defaultConversion(@Nullable Class<T> target) {
        return State.super.as(target);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(!equals(ZERO)));
        } else if (target == PercentType.class) {
            return target.cast(new PercentType(toBigDecimal().multiply(BIG_DECIMAL_HUNDRED)));
        } else if (target == UpDownType.class) {
            if (equals(ZERO)) {
                return target.cast(UpDownType.UP);
            } else if (toBigDecimal().compareTo(BigDecimal.ONE) == 0) {
                return target.cast(UpDownType.DOWN);
            } else {
                return null;
            }
        } else if (target == OpenClosedType.class) {
            if (equals(ZERO)) {
                return target.cast(OpenClosedType.CLOSED);
            } else if (toBigDecimal().compareTo(BigDecimal.ONE) == 0) {
                return target.cast(OpenClosedType.OPEN);
            } else {
                return null;
            }
        } else if (target == HSBType.class) {
            return target.cast(new HSBType(DecimalType.ZERO, PercentType.ZERO,
                    new PercentType(this.toBigDecimal().multiply(BIG_DECIMAL_HUNDRED))));
        } else if (target == DateTimeType.class) {
            return target.cast(new DateTimeType(value.toString()));
        } else {
            return defaultConversion(target);
        }
    }
}
