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
package org.openhab.binding.cloudsync.internal.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SyncHub} knows the running endpoints and routes each item to those whose selection takes it. An
 * item's {@link Route} is decided on its first event and kept, so that an event costs one map read whatever the
 * number of endpoints; all routes are dropped when an endpoint comes or goes or the item registry changes (group
 * and tag membership may have moved). Nothing here waits for a lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = SyncHub.class)
public class SyncHub implements ItemDirectory.ChangeListener {

    private final Logger logger = LoggerFactory.getLogger(SyncHub.class);
    private final ItemDirectory items;
    private final List<ChangeSink> sinks = new CopyOnWriteArrayList<>();
    /**
     * Replaced, not cleared, when routes may have changed: a route decided from the old state of things can only
     * land in the map that was dropped.
     */
    private volatile Map<String, Route> routes = new ConcurrentHashMap<>();

    @Activate
    public SyncHub(@Reference ItemDirectory items) {
        this.items = items;
        items.addChangeListener(this);
    }

    @Deactivate
    public void deactivate() {
        items.removeChangeListener(this);
    }

    public void register(ChangeSink sink) {
        sinks.add(sink);
        forgetRoutes();
    }

    public void unregister(ChangeSink sink) {
        sinks.remove(sink);
        forgetRoutes();
    }

    /** The endpoints that select the item; decided on the item's first event, then a map read. */
    public Route route(String itemName) {
        if (sinks.isEmpty()) {
            return Route.NOWHERE;
        }
        Map<String, Route> known = routes;
        Route route = known.get(itemName);
        if (route == null) {
            route = decide(itemName);
            known.put(itemName, route);
        }
        return route;
    }

    private Route decide(String itemName) {
        List<ChangeSink> selecting = new ArrayList<>();
        for (ChangeSink sink : sinks) {
            try {
                if (sink.selects(itemName)) {
                    selecting.add(sink);
                }
            } catch (RuntimeException e) {
                // a broken selection leaves its endpoint without the item, never the others
                logger.warn("Endpoint {} failed to decide on item {}: {}", sink, itemName, e.toString());
            }
        }
        return new Route(items.get(itemName), selecting);
    }

    @Override
    public void itemsChanged() {
        forgetRoutes();
    }

    private void forgetRoutes() {
        routes = new ConcurrentHashMap<>();
    }
}
