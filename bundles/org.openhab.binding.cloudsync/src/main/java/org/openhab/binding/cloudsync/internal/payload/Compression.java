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
 * The {@link Compression} of {@code json-batch} messages: none, or gzip (RFC 1952), which a consumer undoes with
 * any gzip library before reading the JSON.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum Compression {
    NONE("none"),
    GZIP("gzip");

    private final String configValue;

    Compression(String configValue) {
        this.configValue = configValue;
    }

    public static @Nullable Compression fromConfig(String value) {
        for (Compression compression : values()) {
            if (compression.configValue.equals(value)) {
                return compression;
            }
        }
        return null;
    }
}
