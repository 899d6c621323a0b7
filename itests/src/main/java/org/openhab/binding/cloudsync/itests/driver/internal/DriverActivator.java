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

import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.core.items.ItemRegistry;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * The {@link DriverActivator} registers the test's {@link ItemRegistry} (the add-on's mandatory reference) and the
 * {@link OpenHabDriver} service that the JUnit test uses.
 */
@NonNullByDefault
public final class DriverActivator implements BundleActivator {

    private @Nullable ServiceRegistration<ItemRegistry> itemRegistryRegistration;
    private @Nullable ServiceRegistration<OpenHabDriver> driverRegistration;
    private @Nullable OpenHabStandIn standIn;

    @Override
    public void start(@Nullable BundleContext context) {
        if (context == null) {
            throw new IllegalArgumentException("no BundleContext");
        }
        InMemoryItemRegistry itemRegistry = new InMemoryItemRegistry();
        OpenHabStandIn standIn = new OpenHabStandIn(context, itemRegistry);
        this.standIn = standIn;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_DESCRIPTION, "openHAB stand-in of the Cloud Sync itests");
        itemRegistryRegistration = context.registerService(ItemRegistry.class, itemRegistry, properties);
        driverRegistration = context.registerService(OpenHabDriver.class, standIn, properties);
    }

    @Override
    public void stop(@Nullable BundleContext context) {
        ServiceRegistration<OpenHabDriver> driver = driverRegistration;
        if (driver != null) {
            driver.unregister();
        }
        ServiceRegistration<ItemRegistry> registry = itemRegistryRegistration;
        if (registry != null) {
            registry.unregister();
        }
        OpenHabStandIn standIn = this.standIn;
        if (standIn != null) {
            standIn.shutdown();
        }
    }
}
