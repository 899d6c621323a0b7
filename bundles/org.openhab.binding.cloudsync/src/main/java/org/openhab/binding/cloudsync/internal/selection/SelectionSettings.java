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

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.Trigger;

/**
 * The {@link SelectionSettings} say which changes an endpoint takes.
 *
 * @param trigger changed events or every update
 * @param include the items taken; empty for all
 * @param exclude the items never taken
 * @param ignoreUndefined whether NULL and UNDEF states are dropped
 * @param deadband the smallest numeric change sent; 0 for every change
 * @param minIntervalMillis the shortest time between two changes of an item; 0 for no limit
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record SelectionSettings(Trigger trigger, List<ItemPattern> include, List<ItemPattern> exclude,
        boolean ignoreUndefined, BigDecimal deadband, long minIntervalMillis) {
}
