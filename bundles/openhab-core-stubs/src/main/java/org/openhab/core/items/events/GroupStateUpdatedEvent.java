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
package org.openhab.core.items.events;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/**
 * {@link GroupStateUpdatedEvent}s report a group state update caused by one of its members (always sent).
 */
@NonNullByDefault
public class GroupStateUpdatedEvent extends ItemStateUpdatedEvent {

    /**
     * The group item state updated event type.
     */
    public static final String TYPE = GroupStateUpdatedEvent.class.getSimpleName();

    private final String memberName;

    /**
     * Constructs a new group state updated event.
     *
     * @param topic the topic
     * @param payload the payload
     * @param itemName the group item name
     * @param memberName the name of the member that caused the update
     * @param newItemState the new group state
     * @param source the source, can be null
     */
    protected GroupStateUpdatedEvent(String topic, String payload, String itemName, String memberName,
            State newItemState, @Nullable String source) {
        super(topic, payload, itemName, newItemState, source);
        this.memberName = memberName;
    }

    /**
     * Returns the name of the updated group member.
     *
     * @return the name of the updated group member
     */
    public String getMemberName() {
        return this.memberName;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return String.format("Group '%s' updated to %s through %s", itemName, itemState, memberName);
    }
}
