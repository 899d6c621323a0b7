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
package org.openhab.binding.cloudsync.internal.change;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link CurrentStateSource} reads the current state of items, for sending everything on demand (the console's
 * republish) or on every connect. Reading happens off the event thread; there is no previous state.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface CurrentStateSource {

    /** The current states of the items the predicate takes, in item name order. */
    List<StateChange> currentStates(Predicate<ItemInfo> which);
}
