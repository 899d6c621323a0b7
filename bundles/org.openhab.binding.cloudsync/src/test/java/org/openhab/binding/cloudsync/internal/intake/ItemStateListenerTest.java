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
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.events.Event;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.types.State;

/**
 * Specifies the intake: which events are subscribed and what reaches the endpoints.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ItemStateListenerTest {

    private final SyncHub hub = new SyncHub(new ItemCatalog(registryWithLight()));
    private final List<IncomingChange> received = new ArrayList<>();

    private static ItemRegistry registryWithLight() {
        ItemRegistry registry = mock(ItemRegistry.class);
        Item light = mock(Item.class);
        when(light.getName()).thenReturn("Light");
        when(light.getType()).thenReturn("Switch");
        when(light.getGroupNames()).thenReturn(List.of());
        when(light.getTags()).thenReturn(Set.of());
        when(registry.getItems()).thenReturn(List.of(light));
        return registry;
    }

    private ItemStateListener listener() {
        return new ItemStateListener(hub);
    }

    private void addEndpoint() {
        hub.register(new TakeSome(item -> true, received::add));
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
        assertEquals("gLights", received.get(0).toStateChange().itemName());
    }

    @Test
    void stateChangeReachesTheEndpointWithTheItemTypeFromTheRegistry() {
        ItemStateListener listener = listener();
        addEndpoint();
        long before = System.currentTimeMillis();

        listener.receive(ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, received.size());
        StateChange change = received.get(0).toStateChange();
        assertEquals("Light", change.itemName());
        assertEquals("Switch", change.itemType());
        assertEquals("ON", change.state());
        assertEquals("OFF", change.previousState());
        assertTrue(change.eventTime() >= before, "event time is taken when the event arrives");
    }

    @Test
    void oneFailingEndpointDoesNotKeepOthersFromTheChange() {
        ItemStateListener listener = listener();
        hub.register(new TakeSome(item -> true, change -> {
            throw new IllegalStateException("broken");
        }));
        addEndpoint();

        listener.receive(ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, received.size());
    }

    @Test
    void theEventThreadLeavesFormattingTheStateToWhoeverNeedsTheText() {
        ItemStateListener listener = listener();
        addEndpoint();
        State state = mock(State.class);
        when(state.toFullString()).thenReturn("formatted");

        Event changed = ItemEventFactory.createStateChangedEvent("Light", state, OnOffType.OFF);
        // creating the event wrote its payload; only what receive() does counts
        clearInvocations(state);

        listener.receive(changed);

        verify(state, never()).toFullString();
        assertEquals("formatted", received.get(0).toStateChange().state());
    }

    @Test
    void endpointsOfOneEventShareOneCapture() {
        ItemStateListener listener = listener();
        addEndpoint();
        addEndpoint();
        State state = mock(State.class);
        when(state.toFullString()).thenReturn("formatted");

        Event changed = ItemEventFactory.createStateChangedEvent("Light", state, OnOffType.OFF);
        clearInvocations(state);

        listener.receive(changed);

        assertEquals(2, received.size());
        assertSame(received.get(0).toStateChange(), received.get(1).toStateChange());
        verify(state, times(1)).toFullString();
    }

    @Test
    void anItemNoEndpointSelectsReachesNoEndpoint() {
        ItemStateListener listener = listener();
        hub.register(new TakeSome("Light"::equals, received::add));

        listener.receive(ItemEventFactory.createStateChangedEvent("Door", OnOffType.ON, OnOffType.OFF));

        assertEquals(List.of(), received);
    }

    /** An endpoint that forwards changes of the items it selects and lets every change through. */
    private record TakeSome(Predicate<String> selection, Consumer<IncomingChange> offers) implements ChangeSink {
        @Override
        public Trigger trigger() {
            return Trigger.CHANGE;
        }

        @Override
        public boolean selects(String itemName) {
            return selection.test(itemName);
        }

        @Override
        public boolean accepts(IncomingChange change) {
            return true;
        }

        @Override
        public void offer(IncomingChange change) {
            offers.accept(change);
        }
    }
}
