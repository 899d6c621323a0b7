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
package org.openhab.binding.cloudsync.itests.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;

/**
 * The {@link DemoSource} is the demo's home: four items of the kinds a home gateway syncs — a temperature with a
 * unit, a light switch, a door contact and a camera image — and, every second, the state changes a home would see:
 * the temperature drifts every second, the light toggles every 3 s, the door every 4 s, and the camera takes a new
 * 24×24 PNG every 5 s. The first second changes all four.
 */
@NonNullByDefault
final class DemoSource {

    /** Item name, type and label of the demo items, in the order they are listed. */
    record DemoItem(String name, String type, String label) {
    }

    static final List<DemoItem> ITEMS = List.of( //
            new DemoItem("Demo_Temperature", "Number:Temperature", "Living room temperature"),
            new DemoItem("Demo_Light", "Switch", "Hall light"), //
            new DemoItem("Demo_Door", "Contact", "Front door"), //
            new DemoItem("Demo_Camera", "Image", "Door camera"));

    private final OpenHabDriver openhab;
    private final Random random = new Random(42);
    /** The last state posted per item: the next change's old state. */
    private final Map<String, String> states = new LinkedHashMap<>();
    private static final BigDecimal MIN_TEMPERATURE = new BigDecimal(18);
    private static final BigDecimal MAX_TEMPERATURE = new BigDecimal(25);

    private BigDecimal temperature = new BigDecimal(21);
    private int posted;

    DemoSource(OpenHabDriver openhab) {
        this.openhab = openhab;
    }

    /** Puts the demo items into openHAB's item registry (the driver's). */
    void addItems() {
        for (DemoItem item : ITEMS) {
            openhab.addItem(item.name(), item.type(), item.label(), List.of(), Set.of());
            states.put(item.name(), "NULL");
        }
    }

    /**
     * Posts the changes of one second on openHAB's event bus, each told to {@code print} just before it is posted.
     *
     * @param second 0 for the first second
     */
    void tick(int second, Consumer<String> print) {
        change("Demo_Temperature", nextTemperature().toPlainString() + " °C", print);
        if (second % 3 == 0) {
            change("Demo_Light", "ON".equals(states.get("Demo_Light")) ? "OFF" : "ON", print);
        }
        if (second % 4 == 0) {
            change("Demo_Door", "OPEN".equals(states.get("Demo_Door")) ? "CLOSED" : "OPEN", print);
        }
        if (second % 5 == 0) {
            byte[] png = frame(second);
            print.accept("Demo_Camera = <" + png.length + "-byte PNG image>");
            String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
            openhab.postItemStateChanged("Demo_Camera", dataUri, states.get("Demo_Camera"));
            states.put("Demo_Camera", dataUri);
            posted++;
        }
    }

    /** Changes posted so far. */
    int posted() {
        return posted;
    }

    /** A tenth to three tenths of a degree up or down, between 18 and 25 °C: always a change. */
    private BigDecimal nextTemperature() {
        BigDecimal step = BigDecimal.valueOf(1 + random.nextInt(3), 1);
        BigDecimal next = random.nextBoolean() ? temperature.add(step) : temperature.subtract(step);
        if (next.compareTo(MIN_TEMPERATURE) < 0 || next.compareTo(MAX_TEMPERATURE) > 0) {
            next = temperature.subtract(next.subtract(temperature));
        }
        temperature = next.stripTrailingZeros();
        return temperature;
    }

    private void change(String item, String state, Consumer<String> print) {
        print.accept(item + " = " + state);
        states.put(item, openhab.postItemStateChanged(item, state, states.get(item)));
        posted++;
    }

    /** A small PNG whose colour changes with each frame, so that each picture differs. */
    private static byte[] frame(int second) {
        BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.getHSBColor((second % 60) / 60f, 0.6f, 0.9f));
            graphics.fillRect(0, 0, 24, 24);
            graphics.setColor(Color.DARK_GRAY);
            graphics.fillOval(6, 6, 12, 12);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
