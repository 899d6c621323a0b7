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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.selection.Route;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.events.GroupItemStateChangedEvent;
import org.openhab.core.items.events.GroupStateUpdatedEvent;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.openhab.core.items.events.ItemStateUpdatedEvent;
import org.openhab.core.types.State;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ItemStateListener} receives item state events from openHAB's event bus and hands each, as a
 * {@link ReceivedEvent}, to the endpoints the {@link SyncHub} routes its item to. It takes changed and updated
 * events, including the group variants openHAB posts when a group's aggregated state moves.
 * {@link #receive(Event)} must never slow openHAB's event dispatch: it reads one cached route and allocates one
 * small object per routed event; formatting the states waits for the outbox writers.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = EventSubscriber.class)
public class ItemStateListener implements EventSubscriber {

    private static final Set<String> EVENT_TYPES = Set.of(ItemStateChangedEvent.TYPE, GroupItemStateChangedEvent.TYPE,
            ItemStateUpdatedEvent.TYPE, GroupStateUpdatedEvent.TYPE);

    private final SyncHub hub;
    private final StateCapture capture = new StateCapture();

    @Activate
    public ItemStateListener(@Reference SyncHub hub) {
        this.hub = hub;
    }

    @Override
    public Set<String> getSubscribedEventTypes() {
        return EVENT_TYPES;
    }

    @Override
    public void receive(Event event) {
        long eventTime = System.currentTimeMillis();
        // the group variants extend these two
        if (event instanceof ItemStateChangedEvent changed) {
            forward(Trigger.CHANGE, changed.getItemName(), changed.getItemState(), changed.getOldItemState(),
                    eventTime);
        } else if (event instanceof ItemStateUpdatedEvent updated) {
            forward(Trigger.UPDATE, updated.getItemName(), updated.getItemState(), null, eventTime);
        }
    }

    private void forward(Trigger trigger, String itemName, State state, @Nullable State previous, long eventTime) {
        Route route = hub.route(itemName);
        if (route.takes(trigger)) {
            route.deliver(trigger, new ReceivedEvent(capture, itemName, route.item(), state, previous, eventTime));
        }
    }
}
