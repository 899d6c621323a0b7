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

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link StatusText} is responsible for formatting an i18n key of {@code cloudsync.properties} with its
 * arguments the way openHAB's Thing status descriptions expect them, for example
 * {@code @text/offline.conf-error-rule-qos ["AWS IoT Core", "2"]}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class StatusText {

    private StatusText() {
    }

    /** The status description of a key and its arguments. */
    public static String of(String textKey, List<String> arguments) {
        if (arguments.isEmpty()) {
            return "@text/" + textKey;
        }
        return "@text/" + textKey + " [" + arguments.stream().map(StatusText::quote).collect(Collectors.joining(", "))
                + "]";
    }

    private static String quote(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
