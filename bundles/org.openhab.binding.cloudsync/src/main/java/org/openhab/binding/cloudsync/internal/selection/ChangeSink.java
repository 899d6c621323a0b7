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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.intake.Trigger;

/**
 * The {@link ChangeSink} is what the {@link SyncHub} fans changes out to: one per configured endpoint.
 * All methods but {@link #trigger} are called on openHAB's event thread and must only touch memory.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface ChangeSink {

    /** The kind of events this endpoint forwards; fixed for the sink's lifetime. */
    Trigger trigger();

    /** Whether this endpoint's selection takes the item; decided before the event is captured. */
    boolean selects(String itemName);

    /** Whether this endpoint's value filters let the captured change through. */
    boolean accepts(StateChange change);

    /** Queues the change for sending. */
    void offer(StateChange change);
}
