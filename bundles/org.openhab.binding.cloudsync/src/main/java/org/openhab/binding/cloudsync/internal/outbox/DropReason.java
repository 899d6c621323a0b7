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
package org.openhab.binding.cloudsync.internal.outbox;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link DropReason} says why an outbox let a change go without sending it. Every such change is counted
 * under its reason; nothing leaves an outbox uncounted.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum DropReason {

    /** The outbox was at its bounds (most changes or most bytes); the overflow policy chose this change. */
    OVERFLOW,
    /** The change had waited longer than the maximum age when its turn to be sent came. */
    EXPIRED,
    /**
     * The store could not take changes as fast as they came (the in-memory intake buffer was full); only when
     * the disk stalls.
     */
    WRITER_BEHIND,
    /**
     * The change could not be read: its stored bytes were damaged or written by a newer version, or its state
     * could not be turned into text.
     */
    UNREADABLE,
    /** The change arrived while the outbox was being closed (the Thing was stopping). */
    STOPPED
}
