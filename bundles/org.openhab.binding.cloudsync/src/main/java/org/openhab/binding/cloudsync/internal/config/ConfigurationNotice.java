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
package org.openhab.binding.cloudsync.internal.config;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link ConfigurationNotice} is something about an accepted configuration the user should hear of once: a
 * broker host that belongs to a cloud service with a Thing type of its own, or a setting the service takes but does
 * not honour (a retained message on Azure IoT Hub). It never holds a secret.
 *
 * @param logMessage the English text logged once at INFO
 * @param onlineTextKey an i18n key of {@code cloudsync.properties} for the ONLINE status description, or null when
 *            the notice is only logged
 * @param arguments the arguments of that text
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ConfigurationNotice(String logMessage, @Nullable String onlineTextKey, List<String> arguments) {

    public ConfigurationNotice {
        arguments = List.copyOf(arguments);
    }

    /** A notice that is only logged. */
    static ConfigurationNotice logged(String logMessage) {
        return new ConfigurationNotice(logMessage, null, List.of());
    }
}
