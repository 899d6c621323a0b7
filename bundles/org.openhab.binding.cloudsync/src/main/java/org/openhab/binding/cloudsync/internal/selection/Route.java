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

import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Route} of one item: its catalog entry and the endpoints whose selection takes it, decided once by
 * the {@link SyncHub} and then read for every event of the item.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class Route {

    private static final ChangeSink[] NO_SINKS = new ChangeSink[0];
    /** The route of an item no endpoint selects. */
    static final Route NOWHERE = new Route(null, List.of());

    private final Logger logger = LoggerFactory.getLogger(Route.class);
    private final @Nullable ItemInfo item;
    private final ChangeSink[] sinks;

    Route(@Nullable ItemInfo item, List<ChangeSink> sinks) {
        this.item = item;
        this.sinks = sinks.isEmpty() ? NO_SINKS : sinks.toArray(NO_SINKS);
    }

    /** The item as the catalog knew it when the route was decided; null when the registry does not know it. */
    public @Nullable ItemInfo item() {
        return item;
    }

    /** Whether any endpoint on this route forwards this kind of event. */
    public boolean takes(Trigger trigger) {
        for (ChangeSink sink : sinks) {
            if (sink.trigger() == trigger) {
                return true;
            }
        }
        return false;
    }

    /** Offers the change to every endpoint on the route that forwards its kind and whose filters let it pass. */
    public void deliver(Trigger trigger, IncomingChange change) {
        for (ChangeSink sink : sinks) {
            if (sink.trigger() != trigger) {
                continue;
            }
            try {
                if (sink.accepts(change)) {
                    sink.offer(change);
                }
            } catch (RuntimeException e) {
                // one broken endpoint must not keep the others from their data, nor break the event bus
                logger.warn("Endpoint {} failed to take a change of {}: {}", sink, change.itemName(), e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "Route" + Arrays.toString(sinks);
    }
}
