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
package org.openhab.binding.cloudsync.internal;

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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Specifies that every text the user sees comes from {@code cloudsync.properties}: each status text the code
 * refers to exists and formats with its arguments (openHAB formats them with {@link MessageFormat}, where a
 * single quote starts a quoted part), and each configuration parameter of {@code thing-types.xml} has its
 * label and description.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class I18nTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern STATUS_KEY = Pattern.compile("(?:\"|@text/)((?:offline|online)\\.[a-z0-9-]+)");

    private static Properties texts() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTextsTest.class.getResourceAsStream("/OH-INF/i18n/cloudsync.properties")) {
            assertNotNull(in, "cloudsync.properties must be on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyStatusTextTheCodeUsesExists() throws IOException {
        Properties texts = texts();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = STATUS_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertFalse(used.isEmpty(), "the scan must find the status keys in " + SOURCES.toAbsolutePath());

        List<String> missing = used.stream().filter(key -> !texts.containsKey(key)).toList();

        assertEquals(List.of(), missing, "status texts used in the code but missing in cloudsync.properties");
    }

    @Test
    void statusTextsFormatWithTheirArgumentsAsOpenHabDoes() throws IOException {
        Properties texts = texts();
        List<String> broken = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            if (!key.startsWith("offline.") && !key.startsWith("online.")) {
                continue;
            }
            String text = texts.getProperty(key);
            String formatted = MessageFormat.format(text, "ARG0", "ARG1", "ARG2");
            for (int i = 0; i < 3; i++) {
                if (text.contains("{" + i + "}") && !formatted.contains("ARG" + i)) {
                    broken.add(key + ": {" + i + "} is not filled in (a single quote before it? write '' for ')");
                }
            }
            if (text.replace("''", "").replaceAll("'\\{[a-zA-Z]+\\}'", "").contains("'")) {
                broken.add(key + ": a single quote starts a quoted part in MessageFormat; write ''");
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyConfigurationParameterHasALabelAndDescription() throws Exception {
        Properties texts = texts();
        Document document;
        try (InputStream in = I18nTextsTest.class.getResourceAsStream("/OH-INF/thing/thing-types.xml")) {
            assertNotNull(in);
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> missing = new ArrayList<>();
        NodeList thingTypes = document.getElementsByTagName("thing-type");
        for (int t = 0; t < thingTypes.getLength(); t++) {
            Element thingType = (Element) thingTypes.item(t);
            String prefix = "thing-type.config.cloudsync." + thingType.getAttribute("id") + ".";
            NodeList parameters = thingType.getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                String name = ((Element) parameters.item(p)).getAttribute("name");
                for (String key : List.of(prefix + name + ".label", prefix + name + ".description")) {
                    if (!texts.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
            NodeList groups = thingType.getElementsByTagName("parameter-group");
            for (int g = 0; g < groups.getLength(); g++) {
                String key = prefix + "group." + ((Element) groups.item(g)).getAttribute("name") + ".label";
                if (!texts.containsKey(key)) {
                    missing.add(key);
                }
            }
        }

        assertEquals(List.of(), missing, "keys missing in cloudsync.properties");
    }
}
