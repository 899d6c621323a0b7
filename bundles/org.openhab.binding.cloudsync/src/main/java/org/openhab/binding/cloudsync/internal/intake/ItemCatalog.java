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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.selection.ItemDirectory;
import org.openhab.core.common.registry.RegistryChangeListener;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ItemCatalog} keeps a copy of each item's type, label, groups and tags, current through the item
 * registry's change listener, so that the event thread reads a map instead of querying the registry.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = { ItemCatalog.class, ItemDirectory.class })
public class ItemCatalog implements ItemDirectory, RegistryChangeListener<Item> {

    private final ItemRegistry itemRegistry;
    private final Map<String, ItemInfo> items = new ConcurrentHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public ItemCatalog(@Reference ItemRegistry itemRegistry) {
        this.itemRegistry = itemRegistry;
        // listen first, then load: an item added in between is seen twice, never missed
        itemRegistry.addRegistryChangeListener(this);
        for (Item item : itemRegistry.getItems()) {
            items.put(item.getName(), toInfo(item));
        }
    }

    @Deactivate
    public void deactivate() {
        itemRegistry.removeRegistryChangeListener(this);
        items.clear();
    }

    @Override
    public @Nullable ItemInfo get(String itemName) {
        return items.get(itemName);
    }

    @Override
    public Collection<ItemInfo> all() {
        return List.copyOf(items.values());
    }

    /** The live item, for reading current states on demand (never on the event thread). */
    public @Nullable Item getLiveItem(String itemName) {
        return itemRegistry.get(itemName);
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void added(Item element) {
        items.put(element.getName(), toInfo(element));
        notifyListeners();
    }

    @Override
    public void removed(Item element) {
        items.remove(element.getName());
        notifyListeners();
    }

    @Override
    public void updated(Item oldElement, Item element) {
        if (!oldElement.getName().equals(element.getName())) {
            items.remove(oldElement.getName());
        }
        items.put(element.getName(), toInfo(element));
        notifyListeners();
    }

    private void notifyListeners() {
        listeners.forEach(ChangeListener::itemsChanged);
    }

    static ItemInfo toInfo(Item item) {
        return new ItemInfo(item.getName(), item.getType(), item.getLabel(), item.getGroupNames(), item.getTags());
    }
}
