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
package org.openhab.binding.cloudsync.internal.endpoint;

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.payload.OutgoingMessage;

/**
 * The {@link PoisonDetector} finds a message after which the broker closes the connection before acknowledging it
 * (a cloud service disconnects a client whose message breaks its rules or its policy). When the link breaks with
 * several messages in flight, no one of them can be blamed: the sender then probes, sending as many messages as
 * were in flight one at a time. A break while one message is alone in flight is laid at its door; after
 * {@value #STRIKES} such breaks in a row it is poison, and the sender sets it aside instead of sending it again. A
 * break with nothing in flight (a broker that is down) says nothing about any message. Thread-safe: breaks and
 * acknowledgements come from other threads than the sends.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class PoisonDetector {

    /** Breaks in a row, with the message alone in flight, after which it is poison. */
    static final int STRIKES = 3;
    private static final long NONE = Long.MIN_VALUE;

    private long suspect = NONE;
    private int strikes;
    /** Messages still to be sent one at a time after a break with several in flight. */
    private int probes;

    /** The link broke with these messages in flight. */
    synchronized void linkBroke(Collection<OutgoingMessage> inFlight) {
        if (inFlight.size() == 1) {
            long alone = inFlight.iterator().next().id();
            strikes = alone == suspect ? strikes + 1 : 1;
            suspect = alone;
        } else if (inFlight.size() > 1) {
            probes = Math.max(probes, inFlight.size());
        }
    }

    /** The broker acknowledged the message: a probe less, and if it was the suspect, it is cleared. */
    synchronized void delivered(long messageId) {
        if (probes > 0) {
            probes--;
        }
        if (messageId == suspect) {
            suspect = NONE;
            strikes = 0;
        }
    }

    /** Whether messages go one at a time, so that a break can be laid at one message's door. */
    synchronized boolean probing() {
        return probes > 0 || suspect != NONE;
    }

    /** Whether the message broke the link {@value #STRIKES} times in a row alone; then it is forgotten here. */
    synchronized boolean isPoison(long messageId) {
        if (messageId == suspect && strikes >= STRIKES) {
            suspect = NONE;
            strikes = 0;
            return true;
        }
        return false;
    }
}
