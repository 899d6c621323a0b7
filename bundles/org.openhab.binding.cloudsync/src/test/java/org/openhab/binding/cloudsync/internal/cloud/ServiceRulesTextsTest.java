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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Specifies that every text of the cloud package exists in {@code cloudsync.properties}, including the
 * {@code cloud.} texts of send-time violations that the add-on's own text test does not look for, and that each
 * formats with the arguments the code gives it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ServiceRulesTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/openhab/binding/cloudsync/internal/cloud");
    private static final Pattern KEY = Pattern.compile("\"((?:offline|online|cloud)\\.[a-z0-9-]+)\"");

    private static Properties texts() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ServiceRulesTextsTest.class.getResourceAsStream("/OH-INF/i18n/cloudsync.properties")) {
            assertNotNull(in, "cloudsync.properties must be on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyOfTheCloudPackageExists() throws IOException {
        Properties texts = texts();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.contains("offline.conf-error-rule-qos") && used.contains("cloud.rule-payload-size"),
                "the scan must find the keys in " + SOURCES.toAbsolutePath() + ": " + used);

        assertEquals(List.of(), used.stream().filter(key -> !texts.containsKey(key)).toList());
    }

    @Test
    void everyViolationFormatsWithItsArguments() throws IOException {
        Properties texts = texts();
        List<Optional<RuleViolation>> samples = List.of(ServiceRules.AWS_IOT_CORE.checkQos(2),
                ServiceRules.AWS_IOT_CORE.checkKeepAlive(5), ServiceRules.AWS_IOT_CORE.checkClientId("c".repeat(200)),
                ServiceRules.AZURE_IOT_HUB.checkClientId(""), ServiceRules.AZURE_IOT_HUB.checkClientId("a#b"),
                ServiceRules.AZURE_IOT_HUB.checkRetain(true), ServiceRules.AZURE_IOT_HUB.checkTopic("x/y"),
                ServiceRules.AWS_IOT_CORE.checkTopic("t".repeat(300)),
                ServiceRules.AWS_IOT_CORE.checkTopic("a/b/c/d/e/f/g/h/i"),
                ServiceRules.AWS_IOT_CORE.checkPayloadSize(200_000));
        List<String> broken = new ArrayList<>();
        for (Optional<RuleViolation> sample : samples) {
            RuleViolation violation = sample.orElseThrow();
            String text = texts.getProperty(violation.textKey());
            if (text == null) {
                broken.add(violation.textKey() + ": missing");
                continue;
            }
            String formatted = MessageFormat.format(text, violation.arguments().toArray());
            if (formatted.matches("(?s).*\\{\\d}.*")) {
                broken.add(violation.textKey() + ": a placeholder is left: " + formatted);
            }
            for (String argument : violation.arguments()) {
                if (!formatted.contains(argument)) {
                    broken.add(violation.textKey() + ": the argument " + argument + " does not show: " + formatted);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theDeviceIdCharactersKeepTheirQuote() throws IOException {
        // MessageFormat reads '' as one quote: the list of allowed characters must end in '
        String formatted = MessageFormat.format(texts().getProperty("offline.conf-error-rule-client-id-characters"),
                "Azure IoT Hub", "a#b", "#");

        assertTrue(formatted.endsWith("@ $ '"), formatted);
    }
}
