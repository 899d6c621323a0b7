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
 * (a cloud service disconnects a client whose message breaks its rules or its policy): when the link breaks, the
 * oldest message then in flight becomes the suspect; until it is acknowledged it is sent alone, first, so that the
 * next break can be laid at its door; after {@value #STRIKES} breaks in a row with it alone in flight it is poison,
 * and the sender sets it aside instead of sending it a fourth time. A break with nothing in flight (a broker that
 * is down) says nothing about any message. Thread-safe: breaks and acknowledgements come from other threads than
 * the sends.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class PoisonDetector {

    /** Breaks in a row after which the suspect is poison. */
    static final int STRIKES = 3;
    private static final long NONE = Long.MIN_VALUE;

    private long suspect = NONE;
    private int strikes;

    /** The link broke with these messages in flight. */
    synchronized void linkBroke(Collection<OutgoingMessage> inFlight) {
        long oldest = inFlight.stream().mapToLong(OutgoingMessage::id).min().orElse(NONE);
        if (oldest == NONE) {
            return;
        }
        if (oldest == suspect) {
            strikes++;
        } else {
            suspect = oldest;
            strikes = 1;
        }
    }

    /** The broker acknowledged the message: if it was the suspect, it is cleared. */
    synchronized void delivered(long messageId) {
        if (messageId == suspect) {
            clear();
        }
    }

    /** Whether a suspect waits to be cleared: then it goes alone, so that a break can be laid at its door. */
    synchronized boolean probing() {
        return suspect != NONE;
    }

    /** Whether the message broke the link {@value #STRIKES} times in a row; then it is forgotten here. */
    synchronized boolean isPoison(long messageId) {
        if (messageId == suspect && strikes >= STRIKES) {
            clear();
            return true;
        }
        return false;
    }

    private void clear() {
        suspect = NONE;
        strikes = 0;
    }
}
