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
package org.openhab.binding.cloudsync.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.provider.Arguments;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The {@link BadConfigurationCases} are what the bad-configuration specifications share: building a case, the
 * secrets no status text may repeat, and the check that a Thing is OFFLINE with a CONFIGURATION_ERROR naming the
 * setting. An argument {@code *} stands for a text the JDK words (a certificate parser's reason).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class BadConfigurationCases {

    /** Secrets used in the cases; none may show up in a status text. */
    static final List<String> SECRETS = List.of("s3cret", "k3y-pa55", "pa55word", "c2VjcmV0");
    static final String KEY_PASSWORD = "k3y-pa55";

    private BadConfigurationCases() {
    }

    static Map<String, Object> config(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put("host", "broker.example.com");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    static Arguments bad(String name, Map<String, Object> config, String key, String... arguments) {
        return Arguments.of(name, config, key, List.of(arguments));
    }

    static Map<String, Object> changed(Map<String, Object> config, Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value == null) {
                config.remove((String) keyValues[i]);
            } else {
                config.put((String) keyValues[i], value);
            }
        }
        return config;
    }

    static String expectedText(String key, List<String> arguments) {
        if (arguments.isEmpty()) {
            return "@text/" + key;
        }
        return "@text/" + key + " ["
                + arguments.stream().map(a -> "\"" + a.replace("\"", "\\\"") + "\"").collect(Collectors.joining(", "))
                + "]";
    }

    static String pem(String type, String body) {
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----";
    }

    static Path tempDirectory() {
        try {
            Path directory = Files.createTempDirectory("cloudsync-bad-config");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the harness's Thing is OFFLINE with a CONFIGURATION_ERROR whose text is the key with these
     * arguments, repeats no secret, and routes no change; returns the text.
     */
    static String assertConfigurationError(HandlerHarness harness, String name, String key, List<String> arguments) {
        ThingStatusInfo status = harness.lastStatus();
        assertNotNull(status, "initialize() must report a status for " + name);
        assertEquals(ThingStatus.OFFLINE, status.getStatus(), name);
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail(), name);
        String description = String.valueOf(status.getDescription());
        if (arguments.contains("*")) {
            assertTrue(description.startsWith("@text/" + key + " [\"" + arguments.get(0) + "\", \""),
                    "status text of " + name + ": " + description);
        } else {
            assertEquals(expectedText(key, arguments), description, "status text of " + name);
        }
        for (String secret : SECRETS) {
            assertFalse(description.contains(secret), "the status text repeats a secret: " + description);
        }
        assertFalse(harness.routesChangesOf("Any_Item"), "a misconfigured endpoint must not receive changes");
        return description;
    }
}
