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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link SecretMasking} is the one place that decides what of a configuration may be printed: values of
 * parameters whose name says they are secret are replaced, and so is the {@code user:password@} part of a broker
 * URL (everything between {@code ://}, or the start, and the last {@code @}, so that a password holding {@code /}
 * or {@code @} does not leak). Status texts, logs and the console all mask through it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SecretMasking {

    public static final String MASK = "***";

    private SecretMasking() {
    }

    /**
     * Whether the parameter holds a secret: a password, a key, a token, a connection string (but not how long a token
     * is valid).
     */
    public static boolean isSecret(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("secret")
                || (name.contains("token") && !name.endsWith("validity")) || name.endsWith("key")
                || name.contains("connectionstring");
    }

    /** A configuration value fit for printing. */
    public static String mask(String parameter, @Nullable Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        return isSecret(parameter) ? MASK : maskUrlCredentials(value.toString().trim());
    }

    /** The text with the credentials of a URL in it replaced; text without {@code @} as it is. */
    public static String maskUrlCredentials(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return text;
        }
        int schemeEnd = text.indexOf("://");
        String prefix = schemeEnd >= 0 && schemeEnd < at ? text.substring(0, schemeEnd + 3) : "";
        return prefix + MASK + text.substring(at);
    }
}
