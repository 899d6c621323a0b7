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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.selection.ItemDirectory;

/**
 * The {@link MapItemDirectory} is an {@link ItemDirectory} the test fills itself, for endpoints tested without
 * openHAB's item registry.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MapItemDirectory implements ItemDirectory {

    private final Map<String, ItemInfo> items = new ConcurrentHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /** Adds or replaces an item and tells the listeners. */
    public MapItemDirectory put(ItemInfo item) {
        items.put(item.name(), item);
        listeners.forEach(ChangeListener::itemsChanged);
        return this;
    }

    @Override
    public @Nullable ItemInfo get(String itemName) {
        return items.get(itemName);
    }

    @Override
    public Collection<ItemInfo> all() {
        return List.copyOf(items.values());
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(listener);
    }
}
