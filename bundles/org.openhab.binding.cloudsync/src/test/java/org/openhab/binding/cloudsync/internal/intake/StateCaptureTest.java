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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.HSBType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.UnDefType;

/**
 * Specifies what is captured of a state at intake.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class StateCaptureTest {

    private final StateCapture capture = new StateCapture();
    private final ItemInfo temperature = new ItemInfo("Temp", "Number:Temperature", "Temperature", List.of(), Set.of());

    @Test
    void quantityIsSplitIntoValueAndUnit() {
        StateChange change = capture.capture("Temp", temperature, new QuantityType<>("21.5 °C"),
                new QuantityType<>("21 °C"), 1000L);

        assertEquals("21.5 °C", change.state());
        assertEquals(new BigDecimal("21.5"), change.value());
        assertEquals("°C", change.unit());
        assertEquals("21 °C", change.previousState());
        assertEquals("Number:Temperature", change.itemType());
        assertEquals(1000L, change.eventTime());
    }

    @Test
    void decimalAndPercentHaveAValueButNoUnit() {
        StateChange decimal = capture.capture("N", null, new DecimalType("3.25"), null, 0);
        StateChange percent = capture.capture("P", null, new PercentType(40), null, 0);

        assertEquals(new BigDecimal("3.25"), decimal.value());
        assertNull(decimal.unit());
        assertEquals(new BigDecimal("40"), percent.value());
    }

    @Test
    void switchHasOnlyItsStateText() {
        StateChange change = capture.capture("Light", null, OnOffType.ON, OnOffType.OFF, 0);

        assertEquals("ON", change.state());
        assertEquals("OFF", change.previousState());
        assertNull(change.value());
        assertNull(change.image());
        assertFalse(change.undefined());
    }

    @Test
    void imageKeepsItsBytesAndMimeType() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G' };

        StateChange change = capture.capture("Camera", null, new RawType(png, "image/png"), null, 0);

        StateChange.Image image = change.image();
        assertNotNull(image);
        assertArrayEquals(png, image.bytes());
        assertEquals("image/png", image.mimeType());
        assertEquals("", change.state(), "the bytes are encoded by the payload, not on the event thread");
    }

    @Test
    void previousImageIsNotCopiedIntoTheChange() {
        StateChange change = capture.capture("Camera", null, new RawType(new byte[] { 1 }, "image/png"),
                new RawType(new byte[] { 2 }, "image/png"), 0);

        assertNull(change.previousState());
    }

    @Test
    void imageHasNoPreviousStateEvenWhenItWasUndefined() {
        StateChange change = capture.capture("Camera", null, new RawType(new byte[] { 1 }, "image/png"), UnDefType.NULL,
                0);

        assertNull(change.previousState(), "the README promises no previousState for images");
    }

    @Test
    void oldStateTextIsReusedFromTheLastCaptureOfTheItem() {
        QuantityType<?> first = new QuantityType<>("20 °C");
        capture.capture("Temp", temperature, first, null, 0);

        StateChange change = capture.capture("Temp", temperature, new QuantityType<>("21 °C"), first, 1);

        assertEquals("20 °C", change.previousState());
    }

    @Test
    void undefinedStatesAreMarkedSoFiltersDoNotConfuseThemWithTheText() {
        assertTrue(capture.capture("X", null, UnDefType.UNDEF, null, 0).undefined());
        assertFalse(capture.capture("X", null, new StringType("NULL"), null, 0).undefined());
    }

    @Test
    void colourHasNoValueBecauseItsBrightnessAloneWouldMislead() {
        StateChange change = capture.capture("Lamp", null, new HSBType("120,100,50"), null, 0);

        assertNull(change.value());
        assertEquals("120,100,50", change.state());
    }

    @Test
    void itemUnknownToTheRegistryHasNoType() {
        StateChange change = capture.capture("Ghost", null, new StringType("boo"), UnDefType.NULL, 0);

        assertNull(change.itemType());
        assertEquals("NULL", change.previousState());
    }
}
