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
package org.openhab.binding.cloudsync.internal.cloud;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link PropertyBag} is the tail of an Azure IoT Hub telemetry topic,
 * {@code devices/{DeviceId}/messages/events/{property bag}}: message properties as {@code name=value} pairs joined
 * by {@code &}, names and values URL-encoded (UTF-8, upper-case escapes as in Azure's MQTT documentation, space as
 * {@code %20}).
 * <p>
 * System properties keep their literal {@code $.} names: {@code $.ct} (content type) and {@code $.ce} (content
 * encoding) let message routing query a JSON body, so {@link #JSON_UTF8} gives
 * {@code $.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8}. Application property names may not start with
 * {@code $}, which the hub reserves. Pairs keep the order they were added in; setting a name again replaces its
 * value in place.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PropertyBag {

    public static final String CONTENT_TYPE = "$.ct";
    public static final String CONTENT_ENCODING = "$.ce";
    public static final String MESSAGE_ID = "$.mid";
    public static final String CORRELATION_ID = "$.cid";

    /** The content type that lets message routing read a JSON body. */
    public static final String CONTENT_TYPE_JSON = "application/json;charset=utf-8";

    /** Content type and encoding of a UTF-8 JSON body. */
    public static final PropertyBag JSON_UTF8 = builder().contentType(CONTENT_TYPE_JSON).contentEncoding("utf-8")
            .build();

    private static final PropertyBag EMPTY = new PropertyBag("");

    private final String encoded;

    private PropertyBag(String encoded) {
        this.encoded = encoded;
    }

    public static PropertyBag empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the bag has no properties. */
    public boolean isEmpty() {
        return encoded.isEmpty();
    }

    /** The encoded bag, for example {@code $.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8&item=Temp}. */
    public String encoded() {
        return encoded;
    }

    @Override
    public String toString() {
        return encoded;
    }

    /**
     * The {@link Builder} collects the properties of a {@link PropertyBag}.
     */
    public static final class Builder {

        /** Encoded name to encoded value, in insertion order. */
        private final Map<String, String> pairs = new LinkedHashMap<>();

        private Builder() {
        }

        /** The {@code $.ct} system property, for example {@link PropertyBag#CONTENT_TYPE_JSON}. */
        public Builder contentType(String contentType) {
            return system(CONTENT_TYPE, contentType);
        }

        /** The {@code $.ce} system property, for example {@code utf-8}. */
        public Builder contentEncoding(String contentEncoding) {
            return system(CONTENT_ENCODING, contentEncoding);
        }

        /** The {@code $.mid} system property. */
        public Builder messageId(String messageId) {
            return system(MESSAGE_ID, messageId);
        }

        /** The {@code $.cid} system property. */
        public Builder correlationId(String correlationId) {
            return system(CORRELATION_ID, correlationId);
        }

        /**
         * An application property, for example {@code item=LivingRoom_Temperature}.
         *
         * @throws IllegalArgumentException if the name is empty or starts with {@code $}
         */
        public Builder property(String name, String value) {
            if (name.isEmpty() || name.startsWith("$")) {
                throw new IllegalArgumentException("an application property name is not empty and has no leading $");
            }
            pairs.put(PercentEncoding.upperCase(name), PercentEncoding.upperCase(value));
            return this;
        }

        private Builder system(String name, String value) {
            pairs.put(name, PercentEncoding.upperCase(value));
            return this;
        }

        public PropertyBag build() {
            if (pairs.isEmpty()) {
                return EMPTY;
            }
            StringBuilder encoded = new StringBuilder();
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                if (encoded.length() > 0) {
                    encoded.append('&');
                }
                encoded.append(pair.getKey()).append('=').append(pair.getValue());
            }
            return new PropertyBag(encoded.toString());
        }
    }
}
