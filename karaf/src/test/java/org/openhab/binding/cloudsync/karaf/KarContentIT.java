/*
 * Copyright (c) 2025 Contributors to the Cloud Sync for openHAB project
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cloudsync.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@link KarContentIT} checks the KAR built by this module, as openHAB will receive it: it must carry the
 * features repository, the add-on bundle and the third-party bundles the feature ships, and nothing that openHAB
 * itself provides (openHAB core or its build-time stubs, Gson, SLF4J). The add-on bundle inside must not embed
 * openHAB core classes and must import {@code org.openhab.*} packages without a version range, so that one KAR
 * installs into openHAB 4.3 and 5.x.
 * <p>
 * Runs in the integration-test phase (maven-failsafe-plugin) against {@code target/*.kar}; the expectations come
 * from system properties set in this module's pom.
 */
class KarContentIT {

    private static final String REPOSITORY = "repository/";

    /** Case-insensitive fragments that must not appear in any KAR entry name, with the reason. */
    private static final Map<String, String> FORBIDDEN = new LinkedHashMap<>();
    static {
        FORBIDDEN.put("stubs", "openhab-core-stubs is a build-time stand-in for openHAB core, never shipped");
        FORBIDDEN.put("openhab-core", "openHAB core is provided by openHAB");
        FORBIDDEN.put("org.openhab.core", "openHAB core is provided by openHAB");
        FORBIDDEN.put("org/openhab/core", "openHAB core is provided by openHAB");
        FORBIDDEN.put("gson", "Gson is provided by openHAB's base runtime");
        FORBIDDEN.put("slf4j", "SLF4J is provided by openHAB (pax-logging)");
    }

    private static Path karFile;
    private static Set<String> entries;
    private static Coordinates addon;
    private static List<Coordinates> thirdParty;
    private static Coordinates features;

    @TempDir
    static Path tempDir;

    @BeforeAll
    static void readKar() throws IOException {
        karFile = Path.of(property("kar.file"));
        assertTrue(Files.isRegularFile(karFile), "KAR not built: " + karFile);
        addon = Coordinates.parse(property("kar.addon.bundle"));
        features = Coordinates.parse(property("kar.features"));
        thirdParty = new ArrayList<>();
        for (String gav : property("kar.thirdparty.bundles").split(",")) {
            if (!gav.isBlank()) {
                thirdParty.add(Coordinates.parse(gav.trim()));
            }
        }
        try (ZipFile zip = new ZipFile(karFile.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void containsNothingThatOpenHabProvides() {
        List<String> offending = new ArrayList<>();
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                continue; // directories: the files below them are reported
            }
            String lower = entry.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> forbidden : FORBIDDEN.entrySet()) {
                if (lower.contains(forbidden.getKey())) {
                    offending.add(entry + "  (matches '" + forbidden.getKey() + "': " + forbidden.getValue() + ")");
                }
            }
        }
        if (!offending.isEmpty()) {
            fail("KAR " + karFile.getFileName() + " contains what openHAB provides or what must never ship:\n  "
                    + String.join("\n  ", offending));
        }
    }

    @Test
    void containsTheFeaturesRepository() {
        String path = features.repositoryPath("xml", "features");
        assertTrue(entries.contains(path), "KAR " + karFile.getFileName() + " lacks its features repository " + path
                + "\nKAR entries:\n  " + String.join("\n  ", entries));
    }

    @Test
    void containsTheAddOnBundle() {
        String path = addon.repositoryPath("jar", null);
        assertTrue(entries.contains(path), "KAR " + karFile.getFileName() + " lacks the add-on bundle " + path
                + "\nKAR entries:\n  " + String.join("\n  ", entries));
    }

    @Test
    void containsEveryThirdPartyBundle() {
        List<String> missing = thirdParty.stream().map(c -> c.repositoryPath("jar", null))
                .filter(p -> !entries.contains(p)).toList();
        assertTrue(missing.isEmpty(),
                "KAR " + karFile.getFileName() + " lacks third-party bundle(s) the feature ships: " + missing
                        + "\nKAR entries:\n  " + String.join("\n  ", entries));
    }

    @Test
    void containsNoOtherJar() {
        Set<String> expected = new TreeSet<>();
        expected.add(addon.repositoryPath("jar", null));
        thirdParty.forEach(c -> expected.add(c.repositoryPath("jar", null)));
        List<String> unexpected = entries.stream().filter(e -> e.endsWith(".jar") && !expected.contains(e)).toList();
        assertTrue(unexpected.isEmpty(),
                "KAR " + karFile.getFileName() + " contains jar(s) nobody declared: " + unexpected + "\nExpected only: "
                        + expected + "\n(If a new third-party bundle was added to the feature on purpose, add it to "
                        + "kar.thirdparty.bundles in karaf/pom.xml.)");
    }

    @Test
    void featuresRepositoryIsTheShippedOneAndPinsNoOpenHabCore() throws Exception {
        Document doc = parseXml(readEntry(features.repositoryPath("xml", "features")));
        Element root = doc.getDocumentElement();
        assertEquals("features", root.getLocalName(), "features repository root element");
        assertEquals(property("kar.features.name"), root.getAttribute("name"), "features repository name");

        List<String> repositories = texts(root, "repository");
        assertTrue(repositories.isEmpty(),
                "The shipped features repository must not reference other features repositories (openHAB core's is "
                        + "already registered in openHAB; naming it pins one core version and breaks 4.3/5.x "
                        + "compatibility), but it references: " + repositories);

        Map<String, Element> featuresByName = new LinkedHashMap<>();
        NodeList featureNodes = root.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < featureNodes.getLength(); i++) {
            Element feature = (Element) featureNodes.item(i);
            if (feature.getParentNode() == root) {
                featuresByName.put(feature.getAttribute("name"), feature);
            }
        }
        assertFalse(featuresByName.containsKey("openhab-runtime-base"),
                "The shipped features repository defines openhab-runtime-base: the build-time stand-in leaked into it");
        assertEquals(Set.of("openhab-binding-cloudsync"), featuresByName.keySet(),
                "features defined by the shipped features repository");

        Element feature = featuresByName.get("openhab-binding-cloudsync");
        assertEquals("Cloud Sync Binding", feature.getAttribute("description"), "feature description");
        assertTrue(texts(feature, "feature").contains("openhab-runtime-base"),
                "feature openhab-binding-cloudsync must depend on <feature>openhab-runtime-base</feature>");

        Map<String, String> startLevels = new LinkedHashMap<>();
        NodeList bundles = feature.getElementsByTagNameNS("*", "bundle");
        for (int i = 0; i < bundles.getLength(); i++) {
            Element bundle = (Element) bundles.item(i);
            startLevels.put(bundle.getTextContent().trim(), bundle.getAttribute("start-level"));
        }
        List<String> expected = new ArrayList<>();
        thirdParty.forEach(c -> expected.add(c.mvnUrl()));
        expected.add(addon.mvnUrl());
        assertEquals(expected, new ArrayList<>(startLevels.keySet()),
                "bundles of feature openhab-binding-cloudsync (third-party bundles first, then the add-on)");
        assertEquals("80", startLevels.get(addon.mvnUrl()), "start-level of the add-on bundle");
    }

    @Test
    void addOnBundleEmbedsNoProvidedClassesAndImportsOpenHabWithoutVersion() throws IOException {
        Path jar = tempDir.resolve(addon.artifactId + ".jar");
        Files.write(jar, readEntry(addon.repositoryPath("jar", null)));
        List<String> embedded = new ArrayList<>();
        Manifest manifest;
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            manifest = jarFile.getManifest();
            for (Enumeration<? extends ZipEntry> e = jarFile.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.startsWith("org/openhab/core/") || name.startsWith("com/google/gson/")
                        || name.startsWith("org/slf4j/") || name.startsWith("org/eclipse/paho/")) {
                    embedded.add(name);
                }
            }
        }
        assertTrue(embedded.isEmpty(), "Add-on bundle " + addon.artifactId + " embeds classes it must import "
                + "(openHAB core, Gson, SLF4J are openHAB's; Paho ships as its own bundle): " + embedded);

        assertNotNull(manifest, "Add-on bundle " + addon.artifactId + " has no META-INF/MANIFEST.MF");
        Attributes main = manifest.getMainAttributes();
        String bsn = main.getValue("Bundle-SymbolicName");
        assertNotNull(bsn, "Add-on bundle has no Bundle-SymbolicName: not an OSGi bundle");
        assertEquals(addon.artifactId, bsn.split(";")[0].trim(), "Bundle-SymbolicName of the add-on bundle");

        String importHeader = main.getValue("Import-Package");
        assertNotNull(importHeader, "Add-on bundle has no Import-Package header");
        List<String> coreImports = new ArrayList<>();
        List<String> versioned = new ArrayList<>();
        boolean importsPaho = false;
        for (String clause : OsgiHeader.split(importHeader, ',')) {
            List<String> parts = OsgiHeader.split(clause, ';');
            List<String> packages = new ArrayList<>();
            String version = null;
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    packages.add(part.trim());
                } else if (eq > 0 && part.charAt(eq - 1) != ':' && "version".equals(part.substring(0, eq).trim())) {
                    version = part.substring(eq + 1).trim();
                }
            }
            for (String pkg : packages) {
                if (pkg.startsWith("org.openhab.core")) {
                    coreImports.add(pkg);
                }
                if (pkg.startsWith("org.openhab.") && version != null) {
                    versioned.add(pkg + ";version=" + version);
                }
                if (pkg.startsWith("org.eclipse.paho.client.mqttv3")) {
                    importsPaho = true;
                }
            }
        }
        assertFalse(coreImports.isEmpty(),
                "Add-on bundle imports no org.openhab.core.* package; Import-Package: " + importHeader);
        assertTrue(versioned.isEmpty(), "Add-on bundle imports org.openhab.* packages with a version range, which "
                + "ties it to one openHAB version (use version=! in bnd): " + versioned);
        assertTrue(importsPaho, "Add-on bundle does not import org.eclipse.paho.client.mqttv3, yet the feature ships "
                + "Paho as its own bundle; Import-Package: " + importHeader);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String property(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " not set (run through maven-failsafe-plugin, see pom.xml)");
        return value;
    }

    private static byte[] readEntry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(karFile.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertNotNull(entry, "KAR " + karFile.getFileName() + " has no entry " + name);
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    private static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    /** Trimmed text of the direct children of {@code parent} with the given local name. */
    private static List<String> texts(Element parent, String localName) {
        List<String> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && localName.equals(child.getLocalName())) {
                result.add(child.getTextContent().trim());
            }
        }
        return result;
    }

    /** Maven coordinates groupId:artifactId:version of a jar or features file in the KAR. */
    private record Coordinates(String groupId, String artifactId, String version) {

        static Coordinates parse(String gav) {
            String[] parts = gav.split(":");
            if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("expected groupId:artifactId:version, got '" + gav + "'");
            }
            return new Coordinates(parts[0], parts[1], parts[2]);
        }

        /** Path in the KAR's Maven-layout repository/ folder. */
        String repositoryPath(String extension, String classifier) {
            return REPOSITORY + groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-"
                    + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
        }

        String mvnUrl() {
            return "mvn:" + groupId + "/" + artifactId + "/" + version;
        }
    }

    /** Splits OSGi manifest header values on a separator outside double quotes. */
    private static final class OsgiHeader {

        static List<String> split(String value, char separator) {
            List<String> result = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (char c : value.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    result.add(current.toString().trim());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            if (!current.isEmpty()) {
                result.add(current.toString().trim());
            }
            return result;
        }
    }
}
