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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link OverflowPolicy} says which change gives way when an outbox reaches its bounds (most changes or
 * most bytes). Every change that gives way is counted as dropped for {@link DropReason#OVERFLOW}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum OverflowPolicy {

    /** The oldest waiting change goes: the broker gets the most recent history. */
    DROP_OLDEST("drop-oldest"),
    /** The new change is refused: the broker gets the history up to the moment the outbox filled. */
    DROP_NEWEST("drop-newest"),
    /**
     * The oldest waiting change of an item that has a newer change queued goes, so every item keeps its latest
     * state; when every waiting change is the latest of its item, the oldest goes.
     */
    KEEP_LATEST_PER_ITEM("keep-latest-per-item");

    private final String configValue;

    OverflowPolicy(String configValue) {
        this.configValue = configValue;
    }

    /** The policy of a configuration value, or null when there is none of that name. */
    public static @Nullable OverflowPolicy fromConfig(String value) {
        for (OverflowPolicy policy : values()) {
            if (policy.configValue.equals(value)) {
                return policy;
            }
        }
        return null;
    }
}
