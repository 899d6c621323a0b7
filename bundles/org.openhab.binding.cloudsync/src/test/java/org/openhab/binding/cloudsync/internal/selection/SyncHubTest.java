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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.testutil.RecordingSink;
import org.openhab.binding.cloudsync.internal.testutil.TestItems;

/**
 * Specifies how the hub routes items to endpoints: decided once per item, decided anew when endpoints or the item
 * registry change.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SyncHubTest {

    private final ItemCatalog catalog = new ItemCatalog(
            TestItems.registry(TestItems.item("Kitchen_Temp", "Number:Temperature")));
    private final SyncHub hub = new SyncHub(catalog);

    private RecordingSink register(RecordingSink sink) {
        hub.register(sink);
        return sink;
    }

    private static StateChange change(String item) {
        return new StateChange(item, null, "21.5", false, null, null, null, 0, null);
    }

    @Test
    void withoutEndpointsNoItemIsTaken() {
        assertFalse(hub.route("Kitchen_Temp").takes(Trigger.CHANGE));
        assertFalse(hub.route("Kitchen_Temp").takes(Trigger.UPDATE));
    }

    @Test
    void anItemsRouteIsDecidedOnceAndThenReused() {
        RecordingSink sink = register(RecordingSink.takingAll());

        Route first = hub.route("Kitchen_Temp");
        Route second = hub.route("Kitchen_Temp");

        assertSame(first, second);
        assertEquals(1, sink.selectsCalls(), "the selection is asked once per item, not once per event");
    }

    @Test
    void theRouteCarriesTheItemAsTheCatalogKnowsIt() {
        register(RecordingSink.takingAll());

        ItemInfo item = hub.route("Kitchen_Temp").item();

        assertNotNull(item);
        assertEquals("Number:Temperature", item.type());
        assertNull(hub.route("Unknown").item(), "an item the registry does not know has no catalog entry");
    }

    @Test
    void theRouteTakesOnlyTheTriggersOfItsEndpoints() {
        register(new RecordingSink(Trigger.UPDATE, name -> true));

        assertTrue(hub.route("Kitchen_Temp").takes(Trigger.UPDATE));
        assertFalse(hub.route("Kitchen_Temp").takes(Trigger.CHANGE));
    }

    @Test
    void aRegistryChangeHasRoutesDecidedAnew() {
        register(new RecordingSink(Trigger.CHANGE, name -> catalog.get(name) != null));
        assertFalse(hub.route("Garage_Door").takes(Trigger.CHANGE));

        catalog.added(TestItems.item("Garage_Door", "Contact"));

        Route route = hub.route("Garage_Door");
        assertTrue(route.takes(Trigger.CHANGE), "the new item is routed once the catalog reported it");
        ItemInfo item = route.item();
        assertNotNull(item);
        assertEquals("Contact", item.type());
    }

    @Test
    void aNewEndpointGetsItemsAlreadyRoutedElsewhere() {
        RecordingSink first = register(RecordingSink.takingAll());
        hub.route("Kitchen_Temp");
        RecordingSink second = register(RecordingSink.takingAll());

        hub.route("Kitchen_Temp").deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertEquals(1, first.offered().size());
        assertEquals(1, second.offered().size());
    }

    @Test
    void aRemovedEndpointGetsNothingMore() {
        RecordingSink sink = register(RecordingSink.takingAll());
        hub.route("Kitchen_Temp");
        hub.unregister(sink);

        Route route = hub.route("Kitchen_Temp");
        route.deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertFalse(route.takes(Trigger.CHANGE));
        assertEquals(List.of(), sink.offered());
    }

    @Test
    void aBrokenSelectionCostsOnlyItsOwnEndpointTheItem() {
        register(new RecordingSink(Trigger.CHANGE, name -> {
            throw new IllegalStateException("broken");
        }));
        RecordingSink healthy = register(RecordingSink.takingAll());

        hub.route("Kitchen_Temp").deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertEquals(1, healthy.offered().size());
    }

    @Test
    void aChangeTheFiltersRefuseIsNotOffered() {
        RecordingSink sink = register(RecordingSink.takingAll().refusingAll());

        hub.route("Kitchen_Temp").deliver(Trigger.CHANGE, change("Kitchen_Temp"));

        assertEquals(List.of(), sink.offered());
    }
}
