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
package org.openhab.binding.cloudsync.itests.driver.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link ComponentReport} asks Felix SCR (through the standard {@link ServiceComponentRuntime}) how the
 * components of a bundle are doing, so that a test failure says "component X waits for reference Y" instead of
 * "service not found".
 */
@NonNullByDefault
final class ComponentReport {

    private final BundleContext context;

    ComponentReport(BundleContext context) {
        this.context = context;
    }

    List<String> describe(String bundleSymbolicName) {
        Bundle bundle = findBundle(bundleSymbolicName);
        if (bundle == null) {
            return List.of("bundle " + bundleSymbolicName + " is not installed");
        }
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> tracker = new ServiceTracker<>(context,
                ServiceComponentRuntime.class, null);
        tracker.open();
        try {
            ServiceComponentRuntime scr = tracker.waitForService(5_000);
            if (scr == null) {
                return List.of("no ServiceComponentRuntime service: is Felix SCR active?");
            }
            List<String> lines = new ArrayList<>();
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                if (!scr.isComponentEnabled(description)) {
                    lines.add(description.name + ": DISABLED");
                    continue;
                }
                var configurations = scr.getComponentConfigurationDTOs(description);
                if (configurations.isEmpty()) {
                    lines.add(description.name + ": no configuration (waiting for one? policy "
                            + description.configurationPolicy + ")");
                }
                for (ComponentConfigurationDTO configuration : configurations) {
                    StringBuilder line = new StringBuilder(description.name).append(": ")
                            .append(stateName(configuration.state));
                    for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                        line.append(", unsatisfied reference '").append(reference.name).append("' (")
                                .append(interfaceOf(description, reference.name)).append(")");
                    }
                    if (configuration.failure != null) {
                        line.append(", failure: ").append(configuration.failure);
                    }
                    lines.add(line.toString());
                }
            }
            if (lines.isEmpty()) {
                lines.add("bundle " + bundleSymbolicName + " has no DS components (no Service-Component header?)");
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Felix SCR", e);
        } finally {
            tracker.close();
        }
    }

    private @Nullable Bundle findBundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private static String interfaceOf(ComponentDescriptionDTO description, String referenceName) {
        for (var reference : description.references) {
            if (reference.name.equals(referenceName)) {
                return reference.interfaceName;
            }
        }
        return "?";
    }

    private static String stateName(int state) {
        switch (state) {
            case ComponentConfigurationDTO.ACTIVE:
                return "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED:
                return "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                return "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
                return "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION:
                return "FAILED_ACTIVATION";
            default:
                return "state " + state;
        }
    }
}
