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
package org.openhab.core.thing;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.binding.BridgeHandler;

/**
 * A {@link Bridge} is a {@link Thing} that connects other things (for example to a gateway).
 */
@NonNullByDefault
public interface Bridge extends Thing {

    /**
     * Gets the thing for the given UID or null if no child thing with the UID exists.
     *
     * @param thingUID thing UID
     * @return the thing for the given UID or null
     */
    @Nullable
    Thing getThing(ThingUID thingUID);

    /**
     * Returns the children of the bridge.
     *
     * @return children
     */
    List<Thing> getThings();

    /**
     * Gets the bridge handler.
     *
     * @return the handler which can be null
     */
    @Override
    @Nullable
    BridgeHandler getHandler();
}
