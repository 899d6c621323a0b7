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
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Tests that {@link Configuration#as(Class)} maps values like openHAB's ConfigParser.
 */
class ConfigurationTest {

    enum Mode {
        FAST,
        SLOW
    }

    /** A configuration class as bindings write them. */
    public static class SampleConfig {
        public String host = "";
        public int port = 1883;
        public long timeout = 5;
        public double factor = 1.0;
        public Integer boxedInt = 0;
        public BigDecimal decimal = BigDecimal.ZERO;
        public boolean retain = false;
        public Boolean boxedBool = Boolean.FALSE;
        public Mode mode = Mode.SLOW;
        public List<String> items = List.of();
        public Set<Integer> numbers = Set.of();
        public String untouched = "default";
        public final String finalField = "final";
        public transient String transientField = "transient";
    }

    @Test
    void convertsOpenhabValueTypesToFieldTypes() {
        Map<String, Object> props = new HashMap<>();
        props.put("host", "broker.example.com");
        props.put("port", 8883); // normalized to BigDecimal by Configuration
        props.put("timeout", new BigDecimal("30"));
        props.put("factor", new BigDecimal("2.5"));
        props.put("boxedInt", new BigDecimal("7"));
        props.put("decimal", 12.25);
        props.put("retain", true);
        props.put("boxedBool", "true");
        props.put("mode", "FAST");
        props.put("items", List.of("a", "b"));
        props.put("numbers", List.of(1, 2));
        props.put("finalField", "changed");
        props.put("transientField", "changed");

        Configuration configuration = new Configuration(props);
        assertEquals(new BigDecimal("8883"), configuration.get("port"));

        SampleConfig config = configuration.as(SampleConfig.class);
        assertEquals("broker.example.com", config.host);
        assertEquals(8883, config.port);
        assertEquals(30L, config.timeout);
        assertEquals(2.5, config.factor);
        assertEquals(7, config.boxedInt);
        assertEquals(new BigDecimal("12.25"), config.decimal);
        assertTrue(config.retain);
        assertEquals(Boolean.TRUE, config.boxedBool);
        assertEquals(Mode.FAST, config.mode);
        assertEquals(List.of("a", "b"), config.items);
        assertEquals(Set.of(1, 2), config.numbers);
        assertEquals("default", config.untouched);
        assertEquals("final", config.finalField);
        assertEquals("transient", config.transientField);
    }

    @Test
    void stringToListGivesSingleElementLikeOpenhab() {
        SampleConfig config = new Configuration(Map.of("items", "a,b")).as(SampleConfig.class);
        assertEquals(List.of("a,b"), config.items);
    }

    @Test
    void putNormalizesNumbers() {
        Configuration configuration = new Configuration();
        configuration.put("a", 5L);
        configuration.put("b", 1.5d);
        assertEquals(new BigDecimal("5"), configuration.get("a"));
        assertEquals(new BigDecimal("1.5"), configuration.get("b"));
        assertTrue(configuration.containsKey("a"));
        assertEquals(Set.of("a", "b"), configuration.keySet());
    }
}
