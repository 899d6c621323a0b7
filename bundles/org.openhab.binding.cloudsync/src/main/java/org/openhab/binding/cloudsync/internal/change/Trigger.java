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
package org.openhab.binding.cloudsync.internal.change;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link Trigger} says which kind of event an endpoint forwards: a state that changed, or every state
 * update (which includes the changes).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum Trigger {
    /** {@code ItemStateChangedEvent} and its group variant. */
    CHANGE,
    /** {@code ItemStateUpdatedEvent} and its group variant. */
    UPDATE
}
