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
package org.openhab.binding.cloudsync.internal.payload;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;

/**
 * The {@link OutgoingMessage} is one MQTT message ready to publish, with the outbox entries it carries: they
 * are acknowledged together when the broker has the message.
 *
 * @param topic the topic
 * @param payload the bytes to send
 * @param entries the changes in the message, oldest first
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record OutgoingMessage(String topic, byte[] payload, List<OutboxEntry> entries) {

    /** Identifies the message in flight: the sequence number of its first entry. */
    public long id() {
        return entries.get(0).seq();
    }
}
