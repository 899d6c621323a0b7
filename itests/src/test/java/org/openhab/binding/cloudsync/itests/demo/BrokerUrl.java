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

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link BrokerUrl} is the broker the user pointed the demo at ({@code -Ddemo.broker=mqtt://user:pass@host:1883},
 * {@code mqtts://...}, {@code ws://}, {@code wss://}), read for the demo's own watching client. The add-on gets the URL
 * as it is, in its {@code host} parameter, and reads it itself.
 *
 * @param pahoUri the URI for Paho ({@code tcp://}, {@code ssl://}, {@code ws://}, {@code wss://}), without credentials
 * @param username the user of the URL, or null
 * @param password the password of the URL, or null
 */
@NonNullByDefault
record BrokerUrl(String pahoUri, @Nullable String username, @Nullable String password) {

    private static final Map<String, String> SCHEMES = Map.of("mqtt", "tcp", "tcp", "tcp", "mqtts", "ssl", "ssl", "ssl",
            "tls", "ssl", "ws", "ws", "wss", "wss");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("tcp", 1883, "ssl", 8883, "ws", 80, "wss", 443);

    static BrokerUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("demo.broker is no URL (" + e.getReason() + "); write it like "
                    + "mqtt://user:pass@host:1883 or mqtts://host:8883");
        }
        String scheme = uri.getScheme() == null ? null : SCHEMES.get(uri.getScheme().toLowerCase(Locale.ROOT));
        if (scheme == null || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "demo.broker must look like mqtt://[user:pass@]host[:port] (schemes " + SCHEMES.keySet() + ")");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORTS.get(scheme);
        String path = scheme.startsWith("ws") && uri.getRawPath() != null ? uri.getRawPath() : "";
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new BrokerUrl(scheme + "://" + uri.getHost() + ":" + port + path, username, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL without its credentials, for printing. */
    @Override
    public String toString() {
        return pahoUri + (username == null ? "" : " (as " + username + ")");
    }
}
