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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.OnOffType;

/**
 * Specifies the intake: which events are subscribed and what reaches the endpoints.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ItemStateListenerTest {

    private final SyncHub hub = new SyncHub();
    private final List<StateChange> received = new ArrayList<>();

    private ItemStateListener listener() {
        ItemRegistry registry = mock(ItemRegistry.class);
        Item light = mock(Item.class);
        when(light.getName()).thenReturn("Light");
        when(light.getType()).thenReturn("Switch");
        when(light.getGroupNames()).thenReturn(List.of());
        when(light.getTags()).thenReturn(Set.of());
        when(registry.getItems()).thenReturn(List.of(light));
        return new ItemStateListener(hub, new ItemCatalog(registry));
    }

    private void addEndpoint() {
        hub.register(new TakeAll(received::add));
    }

    @Test
    void subscribesToChangedAndUpdatedEventsIncludingTheGroupVariants() {
        assertEquals(Set.of("ItemStateChangedEvent", "GroupItemStateChangedEvent", "ItemStateUpdatedEvent",
                "GroupStateUpdatedEvent"), listener().getSubscribedEventTypes());
    }

    @Test
    void updateEventsDoNotReachEndpointsThatForwardChanges() {
        ItemStateListener listener = listener();
        addEndpoint();

        listener.receive(ItemEventFactory.createStateUpdatedEvent("Light", OnOffType.ON));

        assertEquals(List.of(), received);
    }

    @Test
    void groupStateChangeIsForwardedAsAChangeOfTheGroupItem() {
        ItemStateListener listener = listener();
        addEndpoint();

        listener.receive(ItemEventFactory.createGroupStateChangedEvent("gLights", "Light", OnOffType.ON,
                OnOffType.OFF));

        assertEquals(1, received.size());
        assertEquals("gLights", received.get(0).itemName());
    }

    @Test
    void stateChangeReachesTheEndpointWithTheItemTypeFromTheRegistry() {
        ItemStateListener listener = listener();
        addEndpoint();
        long before = System.currentTimeMillis();

        listener.receive(ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, received.size());
        StateChange change = received.get(0);
        assertEquals("Light", change.itemName());
        assertEquals("Switch", change.itemType());
        assertEquals("ON", change.state());
        assertEquals("OFF", change.previousState());
        assertTrue(change.eventTime() >= before, "event time is taken when the event arrives");
    }

    @Test
    void oneFailingEndpointDoesNotKeepOthersFromTheChange() {
        ItemStateListener listener = listener();
        hub.register(new TakeAll(change -> {
            throw new IllegalStateException("broken");
        }));
        addEndpoint();

        listener.receive(ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, received.size());
    }

    /** An endpoint that forwards changes, selects every item and lets every change through. */
    private record TakeAll(Consumer<StateChange> offers) implements ChangeSink {
        @Override
        public Trigger trigger() {
            return Trigger.CHANGE;
        }

        @Override
        public boolean selects(String itemName) {
            return true;
        }

        @Override
        public boolean accepts(StateChange change) {
            return true;
        }

        @Override
        public void offer(StateChange change) {
            offers.accept(change);
        }
    }
}
