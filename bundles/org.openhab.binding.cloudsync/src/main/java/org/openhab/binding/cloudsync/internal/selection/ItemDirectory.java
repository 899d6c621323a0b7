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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;

/**
 * The {@link ItemDirectory} is what selection needs to know of openHAB's items: each item's type, label, groups
 * and tags, read from memory, and a signal when any of that changed. Intake keeps it current from the item
 * registry; selection never touches openHAB's registry itself.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface ItemDirectory {

    /** Told after items were added, removed or changed, so that selections on groups and tags are decided anew. */
    @FunctionalInterface
    interface ChangeListener {
        void itemsChanged();
    }

    /** The item, or null when openHAB does not know it. */
    @Nullable
    ItemInfo get(String itemName);

    /** Every known item. */
    Collection<ItemInfo> all();

    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);
}
