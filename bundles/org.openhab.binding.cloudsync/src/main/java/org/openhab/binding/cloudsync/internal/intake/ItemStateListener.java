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
package org.openhab.binding.cloudsync.internal.intake;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ItemStateListener} receives item state events from openHAB's event bus, captures each as a
 * {@link StateChange} and hands it to the {@link SyncHub}. {@link #receive(Event)} only touches memory: it
 * must never slow openHAB's event dispatch.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = EventSubscriber.class)
public class ItemStateListener implements EventSubscriber {

    private static final Set<String> EVENT_TYPES = Set.of(ItemStateChangedEvent.TYPE);

    private final SyncHub hub;
    private final ItemCatalog catalog;
    private final StateCapture capture = new StateCapture();

    @Activate
    public ItemStateListener(@Reference SyncHub hub, @Reference ItemCatalog catalog) {
        this.hub = hub;
        this.catalog = catalog;
    }

    @Override
    public Set<String> getSubscribedEventTypes() {
        return EVENT_TYPES;
    }

    @Override
    public void receive(Event event) {
        if (!hub.hasEndpoints()) {
            return;
        }
        long eventTime = System.currentTimeMillis();
        if (event instanceof ItemStateChangedEvent changed) {
            String itemName = changed.getItemName();
            hub.dispatch(capture.capture(itemName, catalog.get(itemName), changed.getItemState(),
                    changed.getOldItemState(), eventTime));
        }
    }
}
