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

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.types.Command;
import org.openhab.core.types.CommandDescription;
import org.openhab.core.types.State;
import org.openhab.core.types.StateDescription;

/**
 * An {@link Item} represents a named value in openHAB (switch, number, string, ...) with a state.
 */
@NonNullByDefault
public interface Item extends Identifiable<String> {

    /**
     * Returns the current state of the item.
     *
     * @return the current state
     */
    State getState();

    /**
     * Returns the current state of the item as a specific type.
     *
     * @param typeClass the desired type class
     * @return the current state in the requested type or null, if state cannot be provided as the requested type
     */
    <T extends State> @Nullable T getStateAs(Class<T> typeClass);

    /**
     * Returns the name of the item.
     *
     * @return the name of the item
     */
    String getName();

    /**
     * Returns the item type as defined by item factories (for example "Switch" or "Number:Temperature").
     *
     * @return the item type
     */
    String getType();

    /**
     * Returns a list of the data types that this item accepts as states.
     *
     * @return list of data types
     */
    List<Class<? extends State>> getAcceptedDataTypes();

    /**
     * Returns a list of the command types that this item accepts.
     *
     * @return list of command types
     */
    List<Class<? extends Command>> getAcceptedCommandTypes();

    /**
     * Returns a list of the names of the groups this item belongs to.
     *
     * @return list of item group names
     */
    List<String> getGroupNames();

    /**
     * Returns a set of tags. If the item is not tagged, an empty set is returned.
     *
     * @return set of tags
     */
    Set<String> getTags();

    /**
     * Returns the label of the item or null if no label is set.
     *
     * @return label or null
     */
    @Nullable
    String getLabel();

    /**
     * Returns true if the item's tags contain the specific tag, otherwise false.
     *
     * @param tag a tag whose presence in the item's tags is to be tested
     * @return true if the item's tags contain the specific tag, otherwise false
     */
    boolean hasTag(String tag);

    /**
     * Returns the category of the item or null if no category is set.
     *
     * @return category or null
     */
    @Nullable
    String getCategory();

    /**
     * Returns the first provided state description (uses the default locale).
     *
     * @return state description (can be null)
     */
    @Nullable
    StateDescription getStateDescription();

    /**
     * Returns the first provided state description for a given locale.
     *
     * @param locale locale (can be null)
     * @return state description (can be null)
     */
    @Nullable
    StateDescription getStateDescription(@Nullable Locale locale);

    /**
     * Returns the {@link CommandDescription} for this item (uses the default locale).
     *
     * @return command description (can be null)
     */
    default @Nullable CommandDescription getCommandDescription() {
        return getCommandDescription(null);
    }

    /**
     * Returns the {@link CommandDescription} for the given locale.
     *
     * @param locale locale (can be null)
     * @return command description (can be null)
     */
    @Nullable
    CommandDescription getCommandDescription(@Nullable Locale locale);
}
