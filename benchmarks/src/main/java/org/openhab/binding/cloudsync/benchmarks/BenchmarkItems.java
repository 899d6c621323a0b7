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
package org.openhab.binding.cloudsync.benchmarks;

import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.events.Event;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;

/**
 * The {@link BenchmarkItems} are the items and events of the benchmarks: an item registry of
 * {@code Number:Temperature} items named {@code <prefix>_<n>} (Mockito stubs that record nothing), and state
 * changed events as openHAB's event manager delivers them, each moving an item by a tenth of a degree.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class BenchmarkItems {

    static final String TYPE = "Number:Temperature";
    /** Rounds of changes per item in a pre-built event list; the list is used round and round. */
    private static final int ROUNDS = 10;

    private BenchmarkItems() {
    }

    static String name(String prefix, int index) {
        return prefix + "_" + index;
    }

    /** A registry of {@code count} items; the add-on's catalog reads it once. */
    static ItemRegistry registry(String prefix, int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item item = mock(Item.class, withSettings().stubOnly());
            when(item.getName()).thenReturn(name(prefix, i));
            when(item.getType()).thenReturn(TYPE);
            when(item.getGroupNames()).thenReturn(List.of());
            when(item.getTags()).thenReturn(Set.of());
            items.add(item);
        }
        ItemRegistry registry = mock(ItemRegistry.class, withSettings().stubOnly());
        when(registry.getItems()).thenReturn(items);
        return registry;
    }

    /**
     * Ten rounds of changes over all items, item after item: {@code 20.1 °C} after {@code 20 °C}, and so on; the
     * last round's new states are the first round's old states, so the list can be used round and round.
     */
    static List<Event> temperatureChanges(String prefix, int count) {
        List<Event> events = new ArrayList<>(count * ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < count; i++) {
                events.add(ItemEventFactory.createStateChangedEvent(name(prefix, i), temperature(round),
                        temperature((round + ROUNDS - 1) % ROUNDS)));
            }
        }
        return events;
    }

    /** One change of a plain number item whose new state is {@code value}: the latency probe's marker. */
    static Event numberChange(String itemName, long value) {
        return ItemEventFactory.createStateChangedEvent(itemName, new DecimalType(value), new DecimalType(value - 1));
    }

    private static QuantityType<?> temperature(int round) {
        return new QuantityType<>((200 + round) / 10.0 + " °C");
    }
}
