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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.AbstractUID;

/**
 * Base class for binding related unique identifiers; a UID always starts with a binding ID.
 */
@NonNullByDefault
public abstract class UID extends AbstractUID {

    /**
     * For reflection only.
     */
    public UID() {
        super();
    }

    /**
     * Parses a UID for a given string. The UID must be in the format 'bindingId:segment:segment:...'.
     *
     * @param uid uid in form a string
     */
    public UID(String uid) {
        super(uid);
    }

    /**
     * Creates a UID for a list of segments.
     *
     * @param segments segments
     */
    public UID(String... segments) {
        super(segments);
    }

    /**
     * Creates a UID for a list of segments.
     *
     * @param segments segments
     */
    protected UID(List<String> segments) {
        super(segments);
    }

    /**
     * Returns the binding id.
     *
     * @return binding id
     */
    public String getBindingId() {
        return getSegment(0);
    }

    @Override
    protected List<String> getAllSegments() {
        return super.getAllSegments();
    }

    @Override
    public String toString() {
        return super.toString();
    }

    @Override
    public String getAsString() {
        return super.getAsString();
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return super.equals(obj);
    }
}
