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
package org.openhab.binding.cloudsync.itests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;

/**
 * The {@link AddOnFramework} is the add-on at work in a real OSGi framework: it makes a fresh run folder
 * ({@code target/itest-work/run-*}, with openHAB's userdata in it), launches Felix with every bundle Maven copied to
 * {@code target/itest-bundles} plus the test-driver bundle, checks that every required bundle is there and ACTIVE,
 * and hands out the driver's {@link OpenHabDriver} service. The integration tests and the demo both start the add-on
 * through it.
 * <p>
 * System properties (set by the Failsafe and demo configurations of the pom): {@code itest.bundles.dir},
 * {@code itest.driver.bundle}, {@code itest.work.dir}.
 */
public final class AddOnFramework implements AutoCloseable {

    public static final String ADDON_BUNDLE = "org.openhab.binding.cloudsync";
    public static final String PAHO_BUNDLE = "org.eclipse.paho.client.mqttv3";
    /** What must run in the framework; every other installed bundle must be ACTIVE too. */
    public static final List<String> REQUIRED_BUNDLES = List.of(ADDON_BUNDLE, PAHO_BUNDLE, "openhab-core-stubs",
            "org.apache.felix.scr", "org.apache.felix.configadmin", "org.osgi.service.component",
            "org.osgi.util.promise", "org.osgi.util.function", "com.google.gson",
            "org.ops4j.pax.logging.pax-logging-api", "javax.measure.unit-api", "tech.units.indriya",
            "com.h2database.mvstore", "org.openhab.binding.cloudsync.itests.driver");

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Path runDir;
    private final String previousUserData;
    private final FelixRuntime felix;
    private final OpenHabDriver openhab;

    private AddOnFramework(Path runDir, String previousUserData, FelixRuntime felix, OpenHabDriver openhab) {
        this.runDir = runDir;
        this.previousUserData = previousUserData;
        this.felix = felix;
        this.openhab = openhab;
    }

    /**
     * Starts the framework with the add-on in a new run folder.
     *
     * @throws IllegalStateException with one line per bundle that is missing or not ACTIVE (and the resolver's
     *             reason); the framework is stopped again then
     */
    public static AddOnFramework start() throws IOException, BundleException, InterruptedException {
        Path workDir = Path.of(System.getProperty("itest.work.dir", "target/itest-work"));
        Files.createDirectories(workDir);
        Path runDir = Files.createTempDirectory(workDir, "run-");
        Path userData = Files.createDirectories(runDir.resolve("userdata"));
        // OpenHAB.getUserDataFolder() of the stubs: where the add-on keeps its durable outboxes
        String previousUserData = System.setProperty("openhab.userdata", userData.toString());

        FelixRuntime felix = FelixRuntime.start(runDir.resolve("felix-cache"), OpenHabDriver.class.getPackageName(),
                bundleJars());
        List<String> problems = new ArrayList<>(felix.bundleProblems());
        for (String symbolicName : REQUIRED_BUNDLES) {
            if (felix.bundle(symbolicName) == null) {
                problems.add(symbolicName + " is not installed (missing from " + bundlesDir() + "?)");
            }
        }
        ServiceReference<OpenHabDriver> reference = felix.context().getServiceReference(OpenHabDriver.class);
        if (reference == null) {
            problems.add("the test-driver bundle registered no OpenHabDriver service");
        }
        if (!problems.isEmpty()) {
            String bundles = felix.bundleTable();
            felix.stop(STOP_TIMEOUT);
            restore(previousUserData);
            throw new IllegalStateException("The OSGi framework did not come up as required:\n  "
                    + String.join("\n  ", problems) + "\nBundles:\n" + bundles);
        }
        return new AddOnFramework(runDir, previousUserData, felix, felix.context().getService(reference));
    }

    /** The openHAB stand-in inside the framework. */
    public OpenHabDriver openhab() {
        return openhab;
    }

    public FelixRuntime felix() {
        return felix;
    }

    /** This run's folder: framework cache, userdata (the outboxes). */
    public Path runDir() {
        return runDir;
    }

    /**
     * Waits until the Thing's status starts with {@code expected} (for example {@code ONLINE}).
     *
     * @throws AssertionError after the timeout, with the status history and the add-on's component states
     */
    public void awaitStatus(String thingUid, String expected, Duration timeout) throws InterruptedException {
        Waits.until(() -> openhab.thingStatus(thingUid).startsWith(expected), timeout,
                "Thing " + thingUid + " to become " + expected,
                () -> "status now: " + openhab.thingStatus(thingUid) + "\nStatus history: "
                        + openhab.thingStatusHistory(thingUid) + "\nComponents:\n  "
                        + String.join("\n  ", openhab.componentStates(ADDON_BUNDLE)));
    }

    /** Stops the framework (20 s at most) and restores {@code openhab.userdata}. */
    @Override
    public void close() throws BundleException, InterruptedException {
        try {
            felix.stop(STOP_TIMEOUT);
        } finally {
            restore(previousUserData);
        }
    }

    private static void restore(String previousUserData) {
        if (previousUserData == null) {
            System.clearProperty("openhab.userdata");
        } else {
            System.setProperty("openhab.userdata", previousUserData);
        }
    }

    private static Path bundlesDir() {
        return Path.of(System.getProperty("itest.bundles.dir", "target/itest-bundles"));
    }

    /** The bundles Maven copied (compile and runtime dependencies of this module), then the test-driver bundle. */
    private static List<Path> bundleJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(bundlesDir())) {
            files.filter(file -> file.toString().endsWith(".jar")).sorted().forEach(jars::add);
        }
        String driver = System.getProperty("itest.driver.bundle");
        if (driver == null) {
            throw new IllegalStateException(
                    "System property itest.driver.bundle (the test-driver bundle jar) is not set");
        }
        jars.add(Path.of(driver));
        return jars;
    }
}
