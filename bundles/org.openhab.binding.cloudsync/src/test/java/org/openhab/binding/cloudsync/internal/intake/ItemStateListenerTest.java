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

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.binding.cloudsync.internal.testutil.RecordingSink;
import org.openhab.binding.cloudsync.internal.testutil.TestItems;
import org.openhab.core.events.Event;
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

    private final SyncHub hub = new SyncHub(new ItemCatalog(TestItems.registry(TestItems.item("Light", "Switch"))));
    private final ItemStateListener listener = new ItemStateListener(hub);

    private RecordingSink addEndpoint(RecordingSink endpoint) {
        hub.register(endpoint);
        return endpoint;
    }

    /** A state whose text is "formatted", and a change event of Light to it, as openHAB builds one. */
    private static Event changeToMockState(State state) {
        when(state.toFullString()).thenReturn("formatted");
        Event changed = ItemEventFactory.createStateChangedEvent("Light", state, OnOffType.OFF);
        // building the event wrote its payload; only what receive() does counts
        clearInvocations(state);
        return changed;
    }

    @Test
    void subscribesToChangedAndUpdatedEventsIncludingTheGroupVariants() {
        assertEquals(Set.of("ItemStateChangedEvent", "GroupItemStateChangedEvent", "ItemStateUpdatedEvent",
                "GroupStateUpdatedEvent"), listener.getSubscribedEventTypes());
    }

    @Test
    void updateEventsDoNotReachEndpointsThatForwardChanges() {
        RecordingSink endpoint = addEndpoint(RecordingSink.takingAll());

        listener.receive(ItemEventFactory.createStateUpdatedEvent("Light", OnOffType.ON));

        assertEquals(List.of(), endpoint.offered());
    }

    @Test
    void groupStateChangeIsForwardedAsAChangeOfTheGroupItem() {
        RecordingSink endpoint = addEndpoint(RecordingSink.takingAll());

        listener.receive(
                ItemEventFactory.createGroupStateChangedEvent("gLights", "Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, endpoint.offered().size());
        assertEquals("gLights", endpoint.offered().get(0).toStateChange().itemName());
    }

    @Test
    void stateChangeReachesTheEndpointWithTheItemTypeFromTheRegistry() {
        RecordingSink endpoint = addEndpoint(RecordingSink.takingAll());
        long before = System.currentTimeMillis();

        listener.receive(ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, endpoint.offered().size());
        StateChange change = endpoint.offered().get(0).toStateChange();
        assertEquals("Light", change.itemName());
        assertEquals("Switch", change.itemType());
        assertEquals("ON", change.state());
        assertEquals("OFF", change.previousState());
        assertTrue(change.eventTime() >= before, "event time is taken when the event arrives");
    }

    @Test
    void oneFailingEndpointDoesNotKeepOthersFromTheChange() {
        addEndpoint(RecordingSink.takingAll().failingOnOffer());
        RecordingSink healthy = addEndpoint(RecordingSink.takingAll());

        listener.receive(ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF));

        assertEquals(1, healthy.offered().size());
    }

    @Test
    void theEventThreadLeavesFormattingTheStateToWhoeverNeedsTheText() {
        RecordingSink endpoint = addEndpoint(RecordingSink.takingAll());
        State state = mock(State.class);
        Event changed = changeToMockState(state);

        listener.receive(changed);

        verify(state, never()).toFullString();
        assertEquals("formatted", endpoint.offered().get(0).toStateChange().state());
    }

    @Test
    void endpointsOfOneEventShareOneCapture() {
        RecordingSink first = addEndpoint(RecordingSink.takingAll());
        RecordingSink second = addEndpoint(RecordingSink.takingAll());
        State state = mock(State.class);
        Event changed = changeToMockState(state);

        listener.receive(changed);

        assertSame(first.offered().get(0).toStateChange(), second.offered().get(0).toStateChange());
        verify(state, times(1)).toFullString();
    }

    @Test
    void anItemNoEndpointSelectsReachesNoEndpoint() {
        RecordingSink lightOnly = addEndpoint(new RecordingSink(Trigger.CHANGE, "Light"::equals));

        listener.receive(ItemEventFactory.createStateChangedEvent("Door", OnOffType.ON, OnOffType.OFF));

        assertEquals(List.of(), lightOnly.offered());
    }
}
