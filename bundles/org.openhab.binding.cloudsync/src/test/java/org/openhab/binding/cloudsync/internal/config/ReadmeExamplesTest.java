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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.payload.PayloadFormat;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Specifies that the README tells the truth about the configuration: every {@code Thing cloudsync:…} example in it
 * is parsed as openHAB would map it and accepted, the main ones with the settings the README says they have; and
 * every parameter of every Thing type is in the README's tables with the default, required and advanced flags of
 * {@code thing-types.xml}. Certificate files the examples name are made in a temporary folder.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeExamplesTest {

    private static final Path README = Path.of("../../README.md");
    private static final Pattern THING = Pattern
            .compile("Thing (cloudsync:([a-z-]+):([A-Za-z0-9_-]+)) \"[^\"]*\" \\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern
            .compile("\\s*([A-Za-z]+)\\s*=\\s*(\"[^\"]*\"|[^,\\s]+)\\s*(?:,|$)");
    private static final String CERTIFICATES = "/etc/openhab/certs/";
    private static final Issued CERTIFICATE = TestPki.create("Readme CA").client(KeyType.EC, "home1");
    private static final String AWS_ENDPOINT = "a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com";

    /** What the README says the main examples do. */
    private static final Map<String, Consumer<ParsedConfiguration>> EXPECTED = Map
            .ofEntries(Map.entry("cloudsync:mqtt:home", parsed -> {
                assertEquals("tcp://broker.example.com:1883", connection(parsed).serverUri());
                assertEquals("homes/home1/{item}", parsed.settings().payload().topic().toString());
            }), Map.entry("cloudsync:mqtt:picked", parsed -> {
                assertEquals("[group:gEnergy, Kitchen_Temperature, Hall_Light]",
                        parsed.settings().selection().include().toString(), "the picked items join include");
                assertEquals("[Energy_Debug_*]", parsed.settings().selection().exclude().toString());
            }), Map.entry("cloudsync:mqtt:cluster", parsed -> {
                assertEquals(List.of("ssl://node1.example.com:8883", "ssl://node2.example.com:8884"),
                        connection(parsed).serverUris());
                assertEquals("home1", connection(parsed).username());
            }), Map.entry("cloudsync:mqtt:cloudmqtt", parsed -> {
                assertEquals("ssl://m21.cloudmqtt.com:28883", connection(parsed).serverUri());
                assertEquals("ufxqwert", connection(parsed).username());
                assertEquals("p@ssw0rd", password(parsed).next());
            }), Map.entry("cloudsync:mqtt:own", parsed -> {
                assertTrue(tls(parsed).summary().contains("client certificate"), tls(parsed).summary());
            }), Map.entry("cloudsync:mqtt:hivemq", parsed -> {
                assertEquals("ssl://0123abcd.s1.eu.hivemq.cloud:8883", connection(parsed).serverUri());
                assertTrue(parsed.notices().get(0).logMessage().contains("HiveMQ Cloud"));
            }), Map.entry("cloudsync:mqtt:hivews", parsed -> {
                assertEquals("wss://0123abcd.s1.eu.hivemq.cloud:8884/mqtt", connection(parsed).serverUri());
            }), Map.entry("cloudsync:mqtt:emqx", parsed -> {
                assertEquals(10, parsed.settings().delivery().maxPublishRate());
                assertTrue(parsed.notices().get(0).logMessage().contains("maxPublishRate=10"));
            }), Map.entry("cloudsync:aws-iot:home", parsed -> {
                assertEquals("ssl://" + AWS_ENDPOINT + ":8883", connection(parsed).serverUri());
                assertEquals("home1", connection(parsed).clientId());
                assertEquals(List.of(), tls(parsed).applicationProtocols());
                assertNull(connection(parsed).statusTopic());
                assertEquals(100, parsed.settings().delivery().maxPublishRate());
                assertEquals(524_288, parsed.settings().delivery().maxBytesRate());
            }), Map.entry("cloudsync:aws-iot:home443", parsed -> {
                assertEquals("ssl://" + AWS_ENDPOINT + ":443", connection(parsed).serverUri());
                assertEquals(List.of("x-amzn-mqtt-ca"), tls(parsed).applicationProtocols());
                assertEquals(PayloadFormat.JSON_BATCH, parsed.settings().payload().format());
                assertEquals("openhab/home1/batch", parsed.settings().payload().batchTopic().renderForThing());
            }), Map.entry("cloudsync:aws-iot:authorizer", parsed -> {
                assertEquals("ssl://" + AWS_ENDPOINT + ":443", connection(parsed).serverUri());
                assertEquals(List.of("mqtt"), tls(parsed).applicationProtocols());
                assertEquals("home1?x-amz-customauthorizer-name=HomeAuthorizer", connection(parsed).username());
                assertEquals("secret", password(parsed).next());
            }), Map.entry("cloudsync:azure-iot-hub:home", parsed -> {
                assertEquals("ssl://myhub.azure-devices.net:8883", connection(parsed).serverUri());
                assertEquals("home1", connection(parsed).clientId());
                assertEquals("myhub.azure-devices.net/home1/?api-version=2021-04-12", connection(parsed).username());
                assertEquals(Duration.ofMinutes(60), password(parsed).validity());
                assertTrue(password(parsed).next().startsWith("SharedAccessSignature sr="));
            }), Map.entry("cloudsync:azure-iot-hub:homews", parsed -> {
                assertEquals("wss://myhub.azure-devices.net:443/$iothub/websocket", connection(parsed).serverUri());
                assertEquals("devices/home1/messages/events/$.ct=application%2Fjson%3Bcharset%3Dutf-8&$.ce=utf-8",
                        parsed.settings().payload().batchTopic().renderForThing());
            }), Map.entry("cloudsync:azure-iot-hub:x509", parsed -> {
                assertNull(connection(parsed).password());
                assertEquals("myhub.azure-devices.net/home1/?api-version=2021-04-12", connection(parsed).username());
            }));

    private static ConnectionSettings connection(ParsedConfiguration parsed) {
        return parsed.settings().connection();
    }

    private static PasswordSource password(ParsedConfiguration parsed) {
        PasswordSource password = connection(parsed).password();
        assertNotNull(password);
        return password;
    }

    private static TlsSettings tls(ParsedConfiguration parsed) {
        TlsSettings tls = connection(parsed).tls();
        assertNotNull(tls);
        return tls;
    }

    @Test
    void everyThingExampleOfTheReadmeIsAcceptedAndDoesWhatTheReadmeSays(@TempDir Path certificates) throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher things = THING.matcher(readme);
        Set<String> seen = new TreeSet<>();
        List<String> refused = new ArrayList<>();
        while (things.find()) {
            String uid = things.group(1);
            EndpointType type = EndpointType.ofThingTypeId(things.group(2));
            assertNotNull(type, "the README names an unknown Thing type: " + uid);
            EndpointConfiguration config = configuration(type, parameters(things.group(4)), certificates, uid);
            try {
                ParsedConfiguration parsed = EndpointConfigParser.parse(config, EndpointIdentity.of("test", uid));
                Consumer<ParsedConfiguration> expected = EXPECTED.get(uid);
                if (expected != null) {
                    expected.accept(parsed);
                }
                seen.add(uid);
            } catch (InvalidConfigurationException e) {
                refused.add(uid + ": " + e.getMessage());
            }
        }

        assertEquals(List.of(), refused, "README examples the add-on refuses");
        assertTrue(seen.containsAll(EXPECTED.keySet()),
                "examples the test expects but the README lacks: " + new TreeSet<>(EXPECTED.keySet()) + " vs " + seen);
    }

    /** The parameters of a Thing line as openHAB reads them: quoted text, numbers and booleans. */
    private static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(text);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            parameters.put(matcher.group(1), matcher.group(2));
            end = matcher.end();
        }
        assertEquals(text.length(), end, "cannot read the parameters " + text);
        return parameters;
    }

    /** What openHAB's getConfigAs makes of the parameters (a text for a multiple parameter is a list of one). */
    private static EndpointConfiguration configuration(EndpointType type, Map<String, String> parameters,
            Path certificates, String uid) throws Exception {
        EndpointConfiguration config = type.configurationClass().getDeclaredConstructor().newInstance();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            Field field;
            try {
                field = type.configurationClass().getField(parameter.getKey());
            } catch (NoSuchFieldException e) {
                throw new AssertionError(uid + ": the README sets " + parameter.getKey() + ", which "
                        + type.thingTypeId() + " does not have", e);
            }
            String raw = parameter.getValue();
            boolean quoted = raw.startsWith("\"");
            String value = quoted ? raw.substring(1, raw.length() - 1) : raw;
            if (value.startsWith(CERTIFICATES)) {
                value = certificateFile(certificates, value.substring(CERTIFICATES.length())).toString();
            }
            Class<?> fieldType = field.getType();
            if (fieldType == String.class) {
                assertTrue(quoted, uid + ": " + parameter.getKey() + " is text and needs quotes");
                field.set(config, value);
            } else if (fieldType == List.class) {
                field.set(config, List.of(value));
            } else if (fieldType == int.class || fieldType == Integer.class) {
                field.set(config, Integer.valueOf(value));
            } else if (fieldType == boolean.class) {
                field.set(config, Boolean.valueOf(value));
            } else if (fieldType == BigDecimal.class) {
                field.set(config, new BigDecimal(value));
            } else {
                throw new AssertionError("unexpected field type " + fieldType);
            }
        }
        return config;
    }

    /** A file the example names: a key for *.key, a CA for names with "ca", else the certificate. */
    private static Path certificateFile(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        String content = name.endsWith(".key") ? CERTIFICATE.pkcs8Pem()
                : name.toLowerCase(Locale.ROOT).contains("ca") ? TestPki.create("Example CA").caPem()
                        : CERTIFICATE.certificatePem();
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return file;
    }

    /**
     * Every parameter of every Thing type is a row of the README, in its type's section or in "Parameters every type
     * has", with the XML's default, required and advanced; and every row of a type's section is a parameter of it.
     */
    @Test
    void theConfigurationTablesOfTheReadmeMatchTheThingDescription() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Map<String, List<String>> common = rows(section(readme, "### Parameters every type has", "#### "));
        Document document;
        try (InputStream in = ReadmeExamplesTest.class.getResourceAsStream("/OH-INF/thing/thing-types.xml")) {
            assertNotNull(in);
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> wrong = new ArrayList<>();
        NodeList thingTypes = document.getElementsByTagName("thing-type");
        Set<String> commonUsed = new TreeSet<>();
        for (int t = 0; t < thingTypes.getLength(); t++) {
            Element thingType = (Element) thingTypes.item(t);
            String id = thingType.getAttribute("id");
            Map<String, List<String>> own = rows(section(readme, "### `" + id + "` Thing Configuration", "### "));
            Set<String> parameters = new TreeSet<>();
            NodeList list = thingType.getElementsByTagName("parameter");
            for (int p = 0; p < list.getLength(); p++) {
                Element parameter = (Element) list.item(p);
                String name = parameter.getAttribute("name");
                parameters.add(name);
                List<String> row = own.containsKey(name) ? own.get(name) : common.get(name);
                if (row == null) {
                    wrong.add(id + "." + name + " is in no README table");
                    continue;
                }
                if (!own.containsKey(name)) {
                    commonUsed.add(name);
                }
                String defaultValue = child(parameter, "default");
                if (!defaultValue.isEmpty() && !row.get(0).contains("`" + defaultValue + "`")) {
                    wrong.add(id + "." + name + ": README default " + row.get(0) + ", XML " + defaultValue);
                }
                String required = "true".equals(parameter.getAttribute("required")) ? "yes" : "no";
                if (!required.equals(row.get(1))) {
                    wrong.add(id + "." + name + ": README required " + row.get(1) + ", XML " + required);
                }
                String advanced = "true".equals(child(parameter, "advanced")) ? "yes" : "no";
                if (!advanced.equals(row.get(2))) {
                    wrong.add(id + "." + name + ": README advanced " + row.get(2) + ", XML " + advanced);
                }
            }
            own.keySet().stream().filter(name -> !parameters.contains(name))
                    .forEach(name -> wrong.add(id + ": the README lists " + name + ", which the type does not have"));
            common.keySet().stream().filter(name -> !parameters.contains(name)).forEach(
                    name -> wrong.add(id + ": " + name + " is listed for every type, but this one does not have it"));
        }
        assertEquals(common.keySet(), commonUsed, "rows of the common tables no type takes from there");

        assertEquals(List.of(), wrong);
    }

    private static String section(String readme, String heading, String next) {
        int start = readme.indexOf(heading);
        assertTrue(start >= 0, "the README has no section " + heading);
        int end = readme.indexOf("\n" + next, start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The rows of the parameter tables: name to default, required, advanced. */
    private static Map<String, List<String>> rows(String section) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            assertTrue(cells.length >= 6, "not a parameter row: " + line);
            String name = cells[0].trim().replace("`", "");
            rows.put(name, List.of(cells[cells.length - 3].trim(), cells[cells.length - 2].trim(),
                    cells[cells.length - 1].trim()));
        }
        return rows;
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }
}
