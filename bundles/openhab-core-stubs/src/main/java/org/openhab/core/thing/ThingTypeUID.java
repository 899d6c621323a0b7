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
package org.openhab.core.thing;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * {@link ThingTypeUID} represents a unique identifier for thing types ('bindingId:thingTypeId').
 */
@NonNullByDefault
public class ThingTypeUID extends UID {

    /**
     * Default constructor in package scope only, for reflective instantiation.
     */
    ThingTypeUID() {
        super();
    }

    /**
     * Parses a thing type UID from a string.
     *
     * @param uid the UID string
     */
    public ThingTypeUID(String uid) {
        super(uid);
    }

    /**
     * Creates a thing type UID.
     *
     * @param bindingId the binding id
     * @param thingTypeId the thing type id
     */
    public ThingTypeUID(String bindingId, String thingTypeId) {
        super(bindingId, thingTypeId);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }

    /**
     * Returns the thing type id.
     *
     * @return the thing type id
     */
    public String getId() {
        return getSegment(1);
    }
}
