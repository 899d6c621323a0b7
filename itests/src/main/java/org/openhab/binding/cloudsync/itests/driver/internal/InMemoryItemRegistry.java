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
package org.openhab.binding.cloudsync.itests.driver.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.RegistryChangeListener;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemNotUniqueException;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.RegistryHook;

/**
 * The {@link InMemoryItemRegistry} is the {@link ItemRegistry} service of the test: a map of items that tells its
 * change listeners about every add, update and remove, as openHAB's registry does.
 */
@NonNullByDefault
final class InMemoryItemRegistry implements ItemRegistry {

    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private final List<RegistryChangeListener<Item>> listeners = new CopyOnWriteArrayList<>();
    private final List<RegistryHook<Item>> hooks = new CopyOnWriteArrayList<>();

    @Override
    public void addRegistryChangeListener(RegistryChangeListener<Item> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeRegistryChangeListener(RegistryChangeListener<Item> listener) {
        listeners.remove(listener);
    }

    @Override
    public void addRegistryHook(RegistryHook<Item> hook) {
        hooks.add(hook);
    }

    @Override
    public void removeRegistryHook(RegistryHook<Item> hook) {
        hooks.remove(hook);
    }

    @Override
    public Item add(Item element) {
        hooks.forEach(hook -> hook.beforeAdding(element));
        if (items.putIfAbsent(element.getName(), element) != null) {
            throw new IllegalStateException("Item " + element.getName() + " already exists");
        }
        listeners.forEach(listener -> listener.added(element));
        return element;
    }

    @Override
    public @Nullable Item update(Item element) {
        Item old = items.replace(element.getName(), element);
        if (old != null) {
            listeners.forEach(listener -> listener.updated(old, element));
        }
        return old;
    }

    @Override
    public @Nullable Item remove(String key) {
        Item old = items.remove(key);
        if (old != null) {
            listeners.forEach(listener -> listener.removed(old));
            hooks.forEach(hook -> hook.afterRemoving(old));
        }
        return old;
    }

    @Override
    public @Nullable Item remove(String itemName, boolean recursive) {
        return remove(itemName);
    }

    @Override
    public @Nullable Item get(String key) {
        return items.get(key);
    }

    @Override
    public Collection<Item> getAll() {
        return List.copyOf(items.values());
    }

    @Override
    public Stream<Item> stream() {
        return getAll().stream();
    }

    @Override
    public Item getItem(String name) throws ItemNotFoundException {
        Item item = items.get(name);
        if (item == null) {
            throw new ItemNotFoundException(name);
        }
        return item;
    }

    @Override
    public Item getItemByPattern(String name) throws ItemNotFoundException, ItemNotUniqueException {
        Collection<Item> matching = getItems(name);
        if (matching.isEmpty()) {
            throw new ItemNotFoundException(name);
        }
        if (matching.size() > 1) {
            throw new ItemNotUniqueException(name, matching);
        }
        return matching.iterator().next();
    }

    @Override
    public Collection<Item> getItems() {
        return getAll();
    }

    @Override
    public Collection<Item> getItemsOfType(String type) {
        return stream().filter(item -> item.getType().equals(type)).toList();
    }

    @Override
    public Collection<Item> getItems(String pattern) {
        Pattern regex = Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
        return stream().filter(item -> regex.matcher(item.getName()).matches()).toList();
    }

    @Override
    public Collection<Item> getItemsByTag(String... tags) {
        List<String> wanted = Arrays.asList(tags);
        return stream().filter(item -> item.getTags().containsAll(wanted)).toList();
    }

    @Override
    public Collection<Item> getItemsByTagAndType(String type, String... tags) {
        return getItemsByTag(tags).stream().filter(item -> item.getType().equals(type)).toList();
    }

    @Override
    public <T extends Item> Collection<T> getItemsByTag(Class<T> typeFilter, String... tags) {
        List<T> result = new ArrayList<>();
        for (Item item : getItemsByTag(tags)) {
            if (typeFilter.isInstance(item)) {
                result.add(typeFilter.cast(item));
            }
        }
        return result;
    }
}
