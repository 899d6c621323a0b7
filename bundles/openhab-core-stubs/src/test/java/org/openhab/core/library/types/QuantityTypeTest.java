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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import javax.measure.quantity.Temperature;

import org.junit.jupiter.api.Test;

import tech.units.indriya.unit.Units;

/**
 * Tests parsing and printing of {@link QuantityType} and the full strings of other library types.
 */
class QuantityTypeTest {

    @Test
    void parsesAndPrintsCelsius() {
        QuantityType<Temperature> temperature = new QuantityType<>("21.5 °C");
        assertEquals("21.5 °C", temperature.toFullString());
        assertEquals("21.5 °C", temperature.toString());
        assertEquals("°C", temperature.getUnit().toString());
        assertEquals(0, new BigDecimal("21.5").compareTo(temperature.toBigDecimal()));
        assertEquals(Units.CELSIUS, temperature.getUnit());
    }

    @Test
    void parsesWithoutSpaceAndOtherUnits() {
        assertEquals("21.5 °C", new QuantityType<>("21.5°C").toFullString());
        assertEquals("3 W", QuantityType.valueOf("3 W").toFullString());
        assertEquals("42", new QuantityType<>("42").toFullString());
        assertEquals("10 %", new QuantityType<>(10, Units.PERCENT).toFullString());
    }

    @Test
    void convertsUnits() {
        QuantityType<Temperature> celsius = new QuantityType<>("0 °C");
        QuantityType<Temperature> kelvin = celsius.toUnit(Units.KELVIN);
        assertNotNull(kelvin);
        assertEquals(0, new BigDecimal("273.15").compareTo(kelvin.toBigDecimal()));
    }

    @Test
    void otherTypesFullStrings() {
        assertEquals("1.50", new DecimalType("1.50").toFullString());
        assertEquals("0", DecimalType.ZERO.toString());
        assertEquals("120,100,50", new HSBType("120,100,50").toFullString());
        assertEquals("52.5,13.4", new PointType("52.5,13.4").toFullString());
        assertEquals("52.5,13.4,34", new PointType("52.5,13.4,34").toFullString());
        assertEquals("a,b\\,c", new StringListType("a", "b,c").toFullString());
        DateTimeType dt = new DateTimeType(ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000, ZoneOffset.ofHours(1)));
        assertEquals("2024-01-02T03:04:05.006+0100", dt.toFullString());
        assertEquals(Instant.parse("2024-01-02T02:04:05.006Z"), dt.getInstant());
        assertEquals(dt, new DateTimeType(dt.toFullString()));
    }
}
