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

import java.util.List;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;

/**
 * The {@link ItemSelector} decides which items an endpoint takes: those matching an include entry (all items
 * when the include list is empty) and no exclude entry. It reads the item catalog, never the registry; the
 * {@link SyncHub} keeps its decisions per item until the registry changes.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ItemSelector {

    private final List<ItemPattern> include;
    private final List<ItemPattern> exclude;
    private final Function<String, @Nullable ItemInfo> lookup;

    public ItemSelector(List<ItemPattern> include, List<ItemPattern> exclude,
            Function<String, @Nullable ItemInfo> lookup) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.lookup = lookup;
    }

    /** Whether the item is selected, by what the catalog knows of it now. */
    public boolean selects(String itemName) {
        ItemInfo item = lookup.apply(itemName);
        boolean included = include.isEmpty() || matchesAny(include, itemName, item);
        return included && !matchesAny(exclude, itemName, item);
    }

    private boolean matchesAny(List<ItemPattern> patterns, String itemName, @Nullable ItemInfo item) {
        for (ItemPattern pattern : patterns) {
            if (pattern.matches(itemName, item, lookup)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "include " + include + ", exclude " + exclude;
    }
}
