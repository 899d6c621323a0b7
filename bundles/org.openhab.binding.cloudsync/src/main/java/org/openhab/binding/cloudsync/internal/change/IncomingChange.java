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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link IncomingChange} is a change on its way into an endpoint's outbox: what the value filters read, and
 * the {@link StateChange} it becomes. An event from the bus (intake's {@code ReceivedEvent}) has its text formatted
 * off the event thread when first asked for; a change captured elsewhere (a republish) is already a
 * {@link StateChange}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface IncomingChange {

    String itemName();

    /** Milliseconds since the epoch when the event reached the add-on. */
    long eventTime();

    /** Whether the new state is NULL or UNDEF. */
    boolean undefined();

    /** The numeric part of a number, quantity or percent state; null for other states. */
    @Nullable
    BigDecimal value();

    /** The captured change with its texts; formatted once, then the same object for every caller. */
    StateChange toStateChange();
}
