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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The {@link ReceivedEvent} is an item state event as it left the bus: the item, its catalog entry, the new and
 * old state objects and the arrival time, all fixed at intake. openHAB's states are immutable values, so turning
 * them into text can wait: the first outbox writer that needs the {@link StateChange} formats it, off the event
 * thread, and every endpoint shares that one result.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ReceivedEvent implements IncomingChange {

    private final StateCapture capture;
    private final String itemName;
    private final @Nullable ItemInfo item;
    private final State state;
    private final @Nullable State previous;
    private final long eventTime;
    /** Written by whichever writer formats first; a StateChange is immutable, so a race only costs work. */
    private volatile @Nullable StateChange captured;

    ReceivedEvent(StateCapture capture, String itemName, @Nullable ItemInfo item, State state, @Nullable State previous,
            long eventTime) {
        this.capture = capture;
        this.itemName = itemName;
        this.item = item;
        this.state = state;
        this.previous = previous;
        this.eventTime = eventTime;
    }

    @Override
    public String itemName() {
        return itemName;
    }

    @Override
    public long eventTime() {
        return eventTime;
    }

    @Override
    public boolean undefined() {
        return state instanceof UnDefType;
    }

    @Override
    public @Nullable BigDecimal value() {
        StateChange done = captured;
        return done != null ? done.value() : StateCapture.numberOf(state);
    }

    @Override
    public StateChange toStateChange() {
        StateChange done = captured;
        if (done == null) {
            done = capture.capture(itemName, item, state, previous, eventTime);
            captured = done;
        }
        return done;
    }

    @Override
    public String toString() {
        return "ReceivedEvent[" + itemName + "]";
    }
}
