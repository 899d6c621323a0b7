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
package org.openhab.core.items;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * This is an abstract parent exception of exceptions related to item lookups in the item registry.
 */
@NonNullByDefault
public abstract class ItemLookupException extends Exception {

    private static final long serialVersionUID = -4617708589675048859L;

    /**
     * Creates the exception.
     *
     * @param string the message
     */
    public ItemLookupException(String string) {
        super(string);
    }
}
