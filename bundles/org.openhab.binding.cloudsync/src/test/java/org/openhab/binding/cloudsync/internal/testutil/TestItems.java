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
package org.openhab.binding.cloudsync.internal.testutil;

import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;

/**
 * The {@link TestItems} are openHAB items and an item registry as the add-on's catalog reads them.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TestItems {

    private TestItems() {
    }

    /** An item without tags in the given groups. */
    public static Item item(String name, String type, String... groups) {
        Item item = mock(Item.class);
        when(item.getName()).thenReturn(name);
        when(item.getType()).thenReturn(type);
        when(item.getGroupNames()).thenReturn(List.of(groups));
        when(item.getTags()).thenReturn(Set.of());
        return item;
    }

    /** A registry holding the items (built before: Mockito does not allow stubbing inside stubbing). */
    public static ItemRegistry registry(Item... items) {
        ItemRegistry registry = mock(ItemRegistry.class);
        when(registry.getItems()).thenReturn(List.of(items));
        return registry;
    }
}
