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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The {@link FelixRuntime} launches an Apache Felix framework in this JVM, installs and starts a list of bundle jars,
 * and tells exactly which bundle did not come up and why (the resolver's message).
 *
 * The framework sees nothing of the test classpath except the packages named in
 * {@code org.osgi.framework.system.packages.extra}: bundles load their own classes from their own jars.
 */
public final class FelixRuntime {

    private final Framework framework;
    private final Map<Bundle, String> startFailures = new LinkedHashMap<>();
    private final List<String> frameworkErrors = new CopyOnWriteArrayList<>();

    private FelixRuntime(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts a fresh framework whose cache lives in {@code storageDir}, then installs every jar and starts every
     * bundle that is not a fragment. Failures to start are recorded, not thrown: {@link #bundleProblems()} reports
     * them all at once.
     *
     * @param systemPackagesExtra packages of the test classpath that the system bundle exports to the bundles
     */
    public static FelixRuntime start(Path storageDir, String systemPackagesExtra, List<Path> bundleJars)
            throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storageDir.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra);
        // Felix SCR logs component activation failures to the console at this level (no LogService here)
        config.put("ds.loglevel", "warn");

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OSGi FrameworkFactory on the test classpath"));
        FelixRuntime runtime = new FelixRuntime(factory.newFramework(config));
        runtime.framework.init();
        runtime.framework.getBundleContext().addFrameworkListener(event -> {
            if (event.getType() == FrameworkEvent.ERROR) {
                Throwable t = event.getThrowable();
                runtime.frameworkErrors.add(
                        event.getBundle().getSymbolicName() + ": " + (t != null ? t.toString() : "framework error"));
            }
        });
        runtime.framework.start();

        BundleContext context = runtime.framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    runtime.startFailures.put(bundle, e.getMessage() + causeOf(e));
                }
            }
        }
        return runtime;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** The installed bundle with this symbolic name, or null. */
    public Bundle bundle(String symbolicName) {
        for (Bundle bundle : context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /**
     * One line per bundle that is not where it should be: ACTIVE for bundles, RESOLVED for fragments. Each line
     * names the bundle, its state and the reason (the exception of {@code start()}, which carries the resolver's
     * message about the missing requirement). Empty when all is well.
     */
    public List<String> bundleProblems() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context().getBundles()) {
            if (bundle.getBundleId() == 0) {
                continue;
            }
            int expected = isFragment(bundle) ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                String reason = startFailures.getOrDefault(bundle, "");
                problems.add(describe(bundle) + " is " + stateName(bundle.getState()) + ", expected "
                        + stateName(expected) + (reason.isEmpty() ? "" : ": " + reason));
            }
        }
        for (String error : frameworkErrors) {
            problems.add("framework error from " + error);
        }
        return problems;
    }

    /** Every bundle with its state, one per line, for the log. */
    public String bundleTable() {
        StringBuilder table = new StringBuilder();
        for (Bundle bundle : context().getBundles()) {
            table.append(String.format("  %3d %-10s %s%n", bundle.getBundleId(), stateName(bundle.getState()),
                    describe(bundle)));
        }
        return table.toString();
    }

    /** Stops the framework and waits at most {@code timeout} for it. */
    public void stop(Duration timeout) throws BundleException, InterruptedException {
        framework.stop();
        FrameworkEvent event = framework.waitForStop(timeout.toMillis());
        if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            throw new IllegalStateException("OSGi framework did not stop within " + timeout);
        }
    }

    public static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static String causeOf(Throwable e) {
        Throwable cause = e.getCause();
        return cause == null ? "" : " (caused by " + cause + ")";
    }

    public static String stateName(int state) {
        switch (state) {
            case Bundle.UNINSTALLED:
                return "UNINSTALLED";
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.ACTIVE:
                return "ACTIVE";
            default:
                return "state " + state;
        }
    }
}
