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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.CurrentStateSource;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.core.items.Item;

/**
 * The {@link CurrentStates} captures the current state of items from the item registry, for publishing
 * everything on demand or on connect (not from events, so there is no previous state).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class CurrentStates implements CurrentStateSource {

    private final ItemCatalog catalog;
    private final StateCapture capture = new StateCapture();

    public CurrentStates(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<StateChange> currentStates(Predicate<ItemInfo> which) {
        long now = System.currentTimeMillis();
        List<StateChange> changes = new ArrayList<>();
        catalog.all().stream().filter(which).map(ItemInfo::name).sorted().forEach(name -> {
            Item item = catalog.getLiveItem(name);
            if (item != null) {
                changes.add(capture.capture(name, catalog.get(name), item.getState(), null, now));
            }
        });
        return changes;
    }
}
