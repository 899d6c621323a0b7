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
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.config.EndpointType;
import org.openhab.core.thing.ThingTypeUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Specifies that every text the user sees comes from {@code cloudsync.properties}: each status text the code
 * refers to exists and formats with its arguments (openHAB formats them with {@link MessageFormat}, where a
 * single quote starts a quoted part); every label, description and option of {@code thing-types.xml} has its key
 * with the same text, and every key of a Thing or channel type has its element; the parameters the three Thing types
 * share cannot drift apart; and the defaults the Thing description shows are the configuration classes' own.
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

    private static Document thingTypes() throws Exception {
        try (InputStream in = I18nTextsTest.class.getResourceAsStream("/OH-INF/thing/thing-types.xml")) {
            assertNotNull(in, "thing-types.xml must be on the class path");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** The texts of the Thing description as openHAB's i18n keys, in the order of the XML. */
    private static Map<String, String> xmlTexts(Document document) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element thingType : children(document.getDocumentElement(), "thing-type")) {
            String id = thingType.getAttribute("id");
            texts.put("thing-type.cloudsync." + id + ".label", text(thingType, "label"));
            texts.put("thing-type.cloudsync." + id + ".description", text(thingType, "description"));
            String prefix = "thing-type.config.cloudsync." + id + ".";
            Element config = children(thingType, "config-description").get(0);
            for (Element group : children(config, "parameter-group")) {
                texts.put(prefix + "group." + group.getAttribute("name") + ".label", text(group, "label"));
                texts.put(prefix + "group." + group.getAttribute("name") + ".description", text(group, "description"));
            }
            for (Element parameter : children(config, "parameter")) {
                String name = parameter.getAttribute("name");
                texts.put(prefix + name + ".label", text(parameter, "label"));
                texts.put(prefix + name + ".description", text(parameter, "description"));
                for (Element option : options(parameter)) {
                    texts.put(prefix + name + ".option." + option.getAttribute("value"), normalized(option));
                }
            }
        }
        for (Element channelType : children(document.getDocumentElement(), "channel-type")) {
            String prefix = "channel-type.cloudsync." + channelType.getAttribute("id") + ".";
            texts.put(prefix + "label", text(channelType, "label"));
            texts.put(prefix + "description", text(channelType, "description"));
            for (Element state : children(channelType, "state")) {
                for (Element option : options(state)) {
                    texts.put(prefix + "state.option." + option.getAttribute("value"), normalized(option));
                }
            }
        }
        return texts;
    }

    @Test
    void everyTextOfTheThingDescriptionHasItsKeyWithTheSameText() throws Exception {
        Properties texts = texts();
        Map<String, String> xml = xmlTexts(thingTypes());
        assertTrue(xml.size() > 300, "the scan must find the texts of three thing types: " + xml.size());

        List<String> wrong = new ArrayList<>();
        xml.forEach((key, text) -> {
            String property = texts.getProperty(key);
            if (property == null) {
                wrong.add(key + " is missing");
            } else if (!property.equals(text)) {
                wrong.add(key + " says \"" + property + "\" but the XML \"" + text + "\"");
            }
        });

        assertEquals(List.of(), wrong, "cloudsync.properties does not match thing-types.xml");
    }

    @Test
    void everyThingAndChannelKeyHasItsCounterpartInTheThingDescription() throws Exception {
        Map<String, String> xml = xmlTexts(thingTypes());

        List<String> orphans = texts().stringPropertyNames().stream()
                .filter(key -> key.startsWith("thing-type.") || key.startsWith("channel-type."))
                .filter(key -> !xml.containsKey(key)).sorted().toList();

        assertEquals(List.of(), orphans, "keys of cloudsync.properties that no element of thing-types.xml has");
    }

    @Test
    void thingTypesAreTheBindingsAndEachHasItsConfigurationClass() throws Exception {
        List<String> ids = children(thingTypes().getDocumentElement(), "thing-type").stream()
                .map(type -> type.getAttribute("id")).toList();

        assertEquals(List.of("mqtt", "aws-iot", "azure-iot-hub"), ids);
        assertEquals(Set.copyOf(ids), CloudSyncBindingConstants.SUPPORTED_THING_TYPES.stream().map(ThingTypeUID::getId)
                .collect(Collectors.toSet()));
        for (String id : ids) {
            assertNotNull(EndpointType.ofThingTypeId(id), id);
        }
    }

    /**
     * A parameter every type has is the same parameter: same label, description, type, bounds and options, and the
     * same default except where a service needs its own (the rate limits).
     */
    @Test
    void parametersSharedByAllThreeTypesCannotDriftApart() throws Exception {
        Map<String, Map<String, Element>> byType = new LinkedHashMap<>();
        for (Element thingType : children(thingTypes().getDocumentElement(), "thing-type")) {
            Map<String, Element> parameters = new LinkedHashMap<>();
            for (Element parameter : children(children(thingType, "config-description").get(0), "parameter")) {
                parameters.put(parameter.getAttribute("name"), parameter);
            }
            byType.put(thingType.getAttribute("id"), parameters);
        }
        Map<String, Element> mqtt = byType.get("mqtt");
        assertNotNull(mqtt);
        Set<String> shared = new TreeSet<>(mqtt.keySet());
        byType.values().forEach(parameters -> shared.retainAll(parameters.keySet()));
        assertTrue(
                shared.containsAll(Set.of("items", "include", "exclude", "qos", "maxPublishRate", "maxBytesRate",
                        "compression", "keepAlive", "maxQueued", "caCertificate", "clientCertificate", "privateKey")),
                shared.toString());

        List<String> drift = new ArrayList<>();
        for (String name : shared) {
            Element reference = mqtt.get(name);
            for (Map.Entry<String, Map<String, Element>> type : byType.entrySet()) {
                Element parameter = type.getValue().get(name);
                for (String aspect : List.of("label", "description", "context", "options", "default", "unitLabel",
                        "@type", "@min", "@max", "@unit", "@multiple", "@required", "@groupName")) {
                    if ("default".equals(aspect) && PER_TYPE_DEFAULTS.contains(name)) {
                        continue;
                    }
                    String expected = aspect(reference, aspect);
                    String actual = aspect(parameter, aspect);
                    if (!expected.equals(actual)) {
                        drift.add(type.getKey() + "." + name + " " + aspect + ": \"" + actual + "\", mqtt: \""
                                + expected + "\"");
                    }
                }
            }
        }

        assertEquals(List.of(), drift);
    }

    /** The rate limits default to what each service takes: none for any broker, AWS's and Azure's quotas. */
    private static final Set<String> PER_TYPE_DEFAULTS = Set.of("maxPublishRate", "maxBytesRate");

    /**
     * The defaults the Thing description shows are the ones the code uses when a parameter is missing (a
     * {@code .things} file), and every public field of a configuration class is a parameter of its type.
     */
    @Test
    void defaultsOfTheThingDescriptionAreTheDefaultsOfTheConfigurationClasses() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Element thingType : children(thingTypes().getDocumentElement(), "thing-type")) {
            String id = thingType.getAttribute("id");
            EndpointType type = EndpointType.ofThingTypeId(id);
            assertNotNull(type, id);
            EndpointConfiguration config = type.configurationClass().getDeclaredConstructor().newInstance();
            Set<String> fields = new TreeSet<>();
            for (Field field : type.configurationClass().getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field.getName());
                }
            }
            for (Element parameter : children(children(thingType, "config-description").get(0), "parameter")) {
                String name = parameter.getAttribute("name");
                if (!fields.remove(name)) {
                    wrong.add(id + "." + name + " has no field in " + type.configurationClass().getSimpleName());
                    continue;
                }
                String xmlDefault = aspect(parameter, "default");
                String javaDefault = javaDefault(type.configurationClass().getField(name).get(config));
                if (!xmlDefault.equals(javaDefault)) {
                    wrong.add(id + "." + name + ": the XML says \"" + xmlDefault + "\", the code \"" + javaDefault
                            + "\"");
                }
            }
            if (type == EndpointType.AZURE_IOT_HUB) {
                // not parameters: there only to refuse a .things file that sets Azure's fixed topics
                fields.removeAll(Set.of("topic", "batchTopic", "statusTopic"));
            }
            fields.forEach(field -> wrong.add(id + ": the field " + field + " is no parameter of the Thing type"));
        }

        assertEquals(List.of(), wrong);
    }

    private static String javaDefault(@Nullable Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** A child element's normalized text, {@code options} as value=label pairs, or an attribute ({@code @name}). */
    private static String aspect(Element element, String aspect) {
        if (aspect.startsWith("@")) {
            return element.getAttribute(aspect.substring(1));
        }
        if ("options".equals(aspect)) {
            return options(element).stream().map(o -> o.getAttribute("value") + "=" + normalized(o))
                    .collect(Collectors.joining(", "));
        }
        List<Element> found = children(element, aspect);
        return found.isEmpty() ? "" : normalized(found.get(0));
    }

    private static List<Element> options(Element parent) {
        List<Element> options = new ArrayList<>();
        for (Element list : children(parent, "options")) {
            options.addAll(children(list, "option"));
        }
        return options;
    }

    private static String text(Element parent, String child) {
        List<Element> found = children(parent, child);
        assertEquals(1, found.size(), parent.getTagName() + " " + parent.getAttribute("id")
                + parent.getAttribute("name") + " needs one " + child);
        return normalized(found.get(0));
    }

    /** The text as openHAB reads it: the formatter's line breaks and indentation are one space. */
    private static String normalized(Element element) {
        return element.getTextContent().trim().replaceAll("\\s+", " ");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }
}
