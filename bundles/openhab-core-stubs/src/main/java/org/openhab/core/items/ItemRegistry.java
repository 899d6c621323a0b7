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
package org.openhab.core.items;

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Registry;

/**
 * The {@link ItemRegistry} is the central place where items are kept in memory and their state is tracked.
 */
@NonNullByDefault
public interface ItemRegistry extends Registry<Item, String> {

    /**
     * This method retrieves a single item from the registry.
     *
     * @param name the item name
     * @return the uniquely identified item
     * @throws ItemNotFoundException if no item matches the input
     */
    Item getItem(String name) throws ItemNotFoundException;

    /**
     * This method retrieves a single item from the registry; search patterns and shortened names are supported.
     *
     * @param name the item name, a part of the item name or a search pattern
     * @return the uniquely identified item
     * @throws ItemNotFoundException if no item matches the input
     * @throws ItemNotUniqueException if multiple items match the input
     */
    Item getItemByPattern(String name) throws ItemNotFoundException, ItemNotUniqueException;

    /**
     * This method retrieves all items that are currently available in the registry.
     *
     * @return a collection of all available items
     */
    Collection<Item> getItems();

    /**
     * This method retrieves all items with the given type.
     *
     * @param type item type as defined by item factories
     * @return a collection of all items of the given type
     */
    Collection<Item> getItemsOfType(String type);

    /**
     * This method retrieves all items that match a given search pattern.
     *
     * @param pattern the search pattern
     * @return a collection of all items matching the search pattern
     */
    Collection<Item> getItems(String pattern);

    /**
     * Returns list of items which contains all of the given tags.
     *
     * @param tags array of tags to be present on the returned items
     * @return list of items which contains all of the given tags
     */
    Collection<Item> getItemsByTag(String... tags);

    /**
     * Returns list of items with a certain type containing all of the given tags.
     *
     * @param type item type as defined by item factories
     * @param tags array of tags to be present on the returned items
     * @return list of items which contains all of the given tags
     */
    Collection<Item> getItemsByTagAndType(String type, String... tags);

    /**
     * Returns list of items which contains all of the given tags, filtered by item class.
     *
     * @param typeFilter item class to filter the resulting list for
     * @param tags array of tags to be present on the returned items
     * @return list of matching items
     */
    <T extends Item> Collection<T> getItemsByTag(Class<T> typeFilter, String... tags);

    /**
     * Removes an item and, if recursive, its members.
     *
     * @param itemName the item name
     * @param recursive whether group members are removed too
     * @return the removed item or null
     */
    @Nullable
    Item remove(String itemName, boolean recursive);

    /**
     * Add a hook to be informed before adding/after removing items.
     *
     * @param hook the hook
     */
    void addRegistryHook(RegistryHook<Item> hook);

    /**
     * Remove the hook again.
     *
     * @param hook the hook
     */
    void removeRegistryHook(RegistryHook<Item> hook);
}
