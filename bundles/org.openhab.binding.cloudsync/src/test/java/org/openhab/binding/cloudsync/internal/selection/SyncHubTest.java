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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.intake.IncomingChange;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.intake.ItemInfo;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.intake.Trigger;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;

/**
 * Specifies how the hub routes items to endpoints: decided once per item, decided anew when endpoints or the item
 * registry change.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SyncHubTest {

    private final ItemRegistry registry = mock(ItemRegistry.class);
    private final ItemCatalog catalog;
    private final SyncHub hub;

    SyncHubTest() {
        Item kitchenTemp = item("Kitchen_Temp", "Number:Temperature");
        when(registry.getItems()).thenReturn(List.of(kitchenTemp));
        catalog = new ItemCatalog(registry);
        hub = new SyncHub(catalog);
    }

    private static Item item(String name, String type) {
        Item item = mock(Item.class);
        when(item.getName()).thenReturn(name);
        when(item.getType()).thenReturn(type);
        when(item.getGroupNames()).thenReturn(List.of());
        when(item.getTags()).thenReturn(Set.of());
        return item;
    }

    @Test
    void withoutEndpointsNoItemIsTaken() {
        assertFalse(hub.route("Kitchen_Temp").takes(Trigger.CHANGE));
        assertFalse(hub.route("Kitchen_Temp").takes(Trigger.UPDATE));
    }

    @Test
    void anItemsRouteIsDecidedOnceAndThenReused() {
        CountingSink sink = new CountingSink(Trigger.CHANGE, name -> true);
        hub.register(sink);

        Route first = hub.route("Kitchen_Temp");
        Route second = hub.route("Kitchen_Temp");

        assertSame(first, second);
        assertEquals(1, sink.selectsCalls, "the selection is asked once per item, not once per event");
    }

    @Test
    void theRouteCarriesTheItemAsTheCatalogKnowsIt() {
        hub.register(new CountingSink(Trigger.CHANGE, name -> true));

        ItemInfo item = hub.route("Kitchen_Temp").item();

        assertNotNull(item);
        assertEquals("Number:Temperature", item.type());
        assertNull(hub.route("Unknown").item(), "an item the registry does not know has no catalog entry");
    }

    @Test
    void theRouteTakesOnlyTheTriggersOfItsEndpoints() {
        hub.register(new CountingSink(Trigger.UPDATE, name -> true));

        assertTrue(hub.route("Kitchen_Temp").takes(Trigger.UPDATE));
        assertFalse(hub.route("Kitchen_Temp").takes(Trigger.CHANGE));
    }

    @Test
    void aRegistryChangeHasRoutesDecidedAnew() {
        CountingSink sink = new CountingSink(Trigger.CHANGE, name -> catalog.get(name) != null);
        hub.register(sink);
        assertFalse(hub.route("Garage_Door").takes(Trigger.CHANGE));

        catalog.added(item("Garage_Door", "Contact"));

        Route route = hub.route("Garage_Door");
        assertTrue(route.takes(Trigger.CHANGE), "the new item is routed once the catalog reported it");
        ItemInfo item = route.item();
        assertNotNull(item);
        assertEquals("Contact", item.type());
    }

    @Test
    void aNewEndpointGetsItemsAlreadyRoutedElsewhere() {
        CountingSink first = new CountingSink(Trigger.CHANGE, name -> true);
        hub.register(first);
        hub.route("Kitchen_Temp");
        CountingSink second = new CountingSink(Trigger.CHANGE, name -> true);
        hub.register(second);

        hub.route("Kitchen_Temp").deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertEquals(1, first.offered.size());
        assertEquals(1, second.offered.size());
    }

    @Test
    void aRemovedEndpointGetsNothingMore() {
        CountingSink sink = new CountingSink(Trigger.CHANGE, name -> true);
        hub.register(sink);
        hub.route("Kitchen_Temp");
        hub.unregister(sink);

        Route route = hub.route("Kitchen_Temp");
        route.deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertFalse(route.takes(Trigger.CHANGE));
        assertEquals(List.of(), sink.offered);
    }

    @Test
    void aBrokenSelectionCostsOnlyItsOwnEndpointTheItem() {
        hub.register(new CountingSink(Trigger.CHANGE, name -> {
            throw new IllegalStateException("broken");
        }));
        CountingSink healthy = new CountingSink(Trigger.CHANGE, name -> true);
        hub.register(healthy);

        hub.route("Kitchen_Temp").deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertEquals(1, healthy.offered.size());
    }

    @Test
    void aChangeTheFiltersRefuseIsNotOffered() {
        CountingSink sink = new CountingSink(Trigger.CHANGE, name -> true);
        sink.accepting = false;
        hub.register(sink);

        hub.route("Kitchen_Temp").deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertEquals(List.of(), sink.offered);
    }

    private static StateChange change(String item) {
        return new StateChange(item, null, "21.5", false, null, null, null, 0, null);
    }

    /** An endpoint that counts how often it is asked to select and records what it is offered. */
    private static final class CountingSink implements ChangeSink {
        private final Trigger trigger;
        private final Predicate<String> selection;
        private final List<IncomingChange> offered = new ArrayList<>();
        private int selectsCalls;
        private boolean accepting = true;

        CountingSink(Trigger trigger, Predicate<String> selection) {
            this.trigger = trigger;
            this.selection = selection;
        }

        @Override
        public Trigger trigger() {
            return trigger;
        }

        @Override
        public boolean selects(String itemName) {
            selectsCalls++;
            return selection.test(itemName);
        }

        @Override
        public boolean accepts(IncomingChange change) {
            return accepting;
        }

        @Override
        public void offer(IncomingChange change) {
            offered.add(change);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
