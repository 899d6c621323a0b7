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

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link PercentEncoding} is the URL encoding Azure IoT Hub reads: the UTF-8 bytes of every character
 * except the RFC 3986 unreserved ones ({@code A-Z a-z 0-9 - . _ ~}) become {@code %XX}, a space becomes
 * {@code %20} (never {@code +}, which Azure's property bags would keep as a plus).
 * <p>
 * Unlike {@link java.net.URLEncoder}, which is meant for HTML forms, it lets the caller choose the case of the hex
 * digits: Azure's SAS documentation asks for lower case ({@code %2f}), its MQTT documentation shows property bags
 * in upper case ({@code %2F}).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PercentEncoding {

    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Encodes with lower-case hex digits, as in {@code myhub.azure-devices.net%2fdevices%2fdevice1}. */
    public static String lowerCase(String text) {
        return encode(text, LOWER);
    }

    /** Encodes with upper-case hex digits, as in {@code application%2Fjson%3Bcharset%3Dutf-8}. */
    public static String upperCase(String text) {
        return encode(text, UPPER);
    }

    /** Whether the character is left as it is. */
    public static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static String encode(String text, char[] hex) {
        int i = 0;
        while (i < text.length() && isUnreserved(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder encoded = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (byte b : text.substring(i).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && isUnreserved(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(hex[(b >> 4) & 0x0f]).append(hex[b & 0x0f]);
            }
        }
        return encoded.toString();
    }
}
