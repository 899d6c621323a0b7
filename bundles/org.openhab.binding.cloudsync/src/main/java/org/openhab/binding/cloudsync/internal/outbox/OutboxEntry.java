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
import org.openhab.binding.cloudsync.internal.change.StateChange;

/**
 * The {@link OutboxEntry} is a change waiting in an endpoint's outbox, numbered in arrival order.
 *
 * @param seq the endpoint's sequence number, increasing in arrival order; also sent in JSON payloads
 * @param change the captured change
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record OutboxEntry(long seq, StateChange change) {
}
