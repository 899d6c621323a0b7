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
package org.openhab.binding.cloudsync.internal.payload;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link PayloadFormat} is the shape of the messages an endpoint sends.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum PayloadFormat {
    /** One JSON object per change, on the item's topic. */
    JSON("json"),
    /** The bare state text per change (an image's raw bytes), on the item's topic. */
    RAW("raw"),
    /** One JSON message per send holding the changes as an array, on the batch topic. */
    JSON_BATCH("json-batch");

    private final String configValue;

    PayloadFormat(String configValue) {
        this.configValue = configValue;
    }

    public static @Nullable PayloadFormat fromConfig(String value) {
        for (PayloadFormat format : values()) {
            if (format.configValue.equals(value)) {
                return format;
            }
        }
        return null;
    }
}
