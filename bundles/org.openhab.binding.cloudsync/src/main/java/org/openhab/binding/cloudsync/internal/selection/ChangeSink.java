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
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.Trigger;

/**
 * The {@link ChangeSink} is what the {@link SyncHub} routes changes to: one per configured endpoint. All methods
 * are called on openHAB's event thread and must only touch memory; {@link #selects} only once per item until the
 * routes are decided anew.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface ChangeSink {

    /** The kind of events this endpoint forwards; fixed for the sink's lifetime. */
    Trigger trigger();

    /** Whether this endpoint's selection takes the item. */
    boolean selects(String itemName);

    /** Whether this endpoint's value filters let the change through. */
    boolean accepts(IncomingChange change);

    /** Queues the change for sending. */
    void offer(IncomingChange change);
}
