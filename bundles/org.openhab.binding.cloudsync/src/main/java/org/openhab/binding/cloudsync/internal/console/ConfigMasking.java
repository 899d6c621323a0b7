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
package org.openhab.binding.cloudsync.internal.console;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.config.ConnectionConfigParser;

/**
 * The {@link ConfigMasking} hides secrets in what the console prints: values of parameters whose name says
 * they are secret, and the {@code user:password@} part of broker URLs (masked the way the configuration parser
 * masks them in status texts, so a password holding {@code /} or {@code @} does not leak).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class ConfigMasking {

    private ConfigMasking() {
    }

    static boolean isSecret(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("secret") || name.contains("token")
                || name.endsWith("key");
    }

    static String mask(String parameter, @Nullable Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        if (isSecret(parameter)) {
            return EndpointCommands.MASK;
        }
        return maskUrlCredentials(value.toString());
    }

    static String maskUrlCredentials(String text) {
        return text.contains("@") ? ConnectionConfigParser.maskedHost(text) : text;
    }
}
