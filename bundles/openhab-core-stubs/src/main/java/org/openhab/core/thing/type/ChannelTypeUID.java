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
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.UID;

/**
 * {@link ChannelTypeUID} represents a unique identifier for channel types ('bindingId:channelTypeId').
 */
@NonNullByDefault
public class ChannelTypeUID extends UID {

    /**
     * Default constructor in package scope only, for reflective instantiation.
     */
    ChannelTypeUID() {
        super();
    }

    /**
     * Parses a channel type UID from a string.
     *
     * @param channelUid the UID string
     */
    public ChannelTypeUID(String channelUid) {
        super(channelUid);
    }

    /**
     * Creates a channel type UID.
     *
     * @param bindingId the binding id
     * @param id the channel type id
     */
    public ChannelTypeUID(String bindingId, String id) {
        super(bindingId, id);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }

    /**
     * Returns the channel type id.
     *
     * @return the id
     */
    public String getId() {
        return getSegment(1);
    }
}
