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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link DemoSettings} are the demo's system properties, all optional:
 * <ul>
 * <li>{@code demo.broker}: a broker URL ({@code mqtt://user:pass@host:1883}, {@code mqtts://...}); empty starts an
 * embedded Moquette broker on 127.0.0.1;</li>
 * <li>{@code demo.seconds}: how long changes are fed (default 20);</li>
 * <li>{@code demo.interval}: the Thing's {@code interval} in seconds (default 0: each change at once);</li>
 * <li>{@code demo.format}: the Thing's {@code payloadFormat}: {@code json} (default), {@code raw} or
 * {@code json-batch};</li>
 * <li>{@code demo.topic}: the Thing's {@code topic} template (default {@code openhab/{item}/state}).</li>
 * </ul>
 *
 * @param brokerUrl the user's broker, or null for the embedded one
 */
@NonNullByDefault
record DemoSettings(@Nullable BrokerUrl brokerUrl, String brokerText, int seconds, int interval, String format,
        String topic) {

    static final List<String> FORMATS = List.of("json", "raw", "json-batch");

    static DemoSettings fromSystemProperties() {
        String broker = System.getProperty("demo.broker", "").trim();
        int seconds = integer("demo.seconds", 20, 1, 86_400);
        int interval = integer("demo.interval", 0, 0, 3_600);
        String format = System.getProperty("demo.format", "json").trim();
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("demo.format must be one of " + FORMATS + ", not '" + format + "'");
        }
        String topic = System.getProperty("demo.topic", "").trim();
        return new DemoSettings(broker.isEmpty() ? null : BrokerUrl.parse(broker), broker, seconds, interval, format,
                topic.isEmpty() ? "openhab/{item}/state" : topic);
    }

    boolean embedded() {
        return brokerUrl == null;
    }

    boolean batch() {
        return "json-batch".equals(format);
    }

    private static int integer(String name, int defaultValue, int min, int max) {
        String text = System.getProperty(name, "").trim();
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                name + " must be a whole number from " + min + " to " + max + ", not '" + text + "'");
    }
}
