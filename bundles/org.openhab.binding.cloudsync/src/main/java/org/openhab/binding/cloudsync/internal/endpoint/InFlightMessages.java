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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.payload.OutgoingMessage;

/**
 * The {@link InFlightMessages} are the messages sent on the current link and not yet answered, and what a broken
 * link says about them: the in-flight window's room (one at a time while a broken link is being laid at a message's
 * door, see {@link PoisonDetector}), and which message is poison. A break is counted once per link, however many
 * failures report it. Any thread may call it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class InFlightMessages {

    private final Map<Long, OutgoingMessage> messages = new ConcurrentHashMap<>();
    private final PoisonDetector poison = new PoisonDetector();
    /** Counts the links, so that a break is noted once per link. */
    private final AtomicLong link = new AtomicLong();
    private final AtomicLong linkOfLastBreak = new AtomicLong(-1);

    /** A new link is up. */
    void linkUp() {
        link.incrementAndGet();
    }

    /** The link broke (noted once per link): the poison detector hears what was in flight. */
    void linkBroke() {
        long current = link.get();
        if (linkOfLastBreak.getAndSet(current) != current) {
            poison.linkBroke(List.copyOf(messages.values()));
        }
    }

    /** How many more messages may be sent now, in a window of {@code window}. */
    int room(int window) {
        if (poison.probing()) {
            // one at a time, so that another break can be laid at one message's door
            return messages.isEmpty() ? 1 : 0;
        }
        return window - messages.size();
    }

    /** Whether the message made the broker drop the link too often to be sent again. */
    boolean isPoison(OutgoingMessage message) {
        return poison.isPoison(message.id());
    }

    void sent(OutgoingMessage message) {
        messages.put(message.id(), message);
    }

    /** The message left the window (answered or refused); null when it had already left. */
    @Nullable
    OutgoingMessage remove(OutgoingMessage message) {
        return messages.remove(message.id());
    }

    /** The broker acknowledged the message; true when it was still in flight. */
    boolean delivered(OutgoingMessage message) {
        boolean wasInFlight = messages.remove(message.id()) != null;
        poison.delivered(message.id());
        return wasInFlight;
    }

    /** Puts everything in flight back in line, at its place. */
    void releaseAll(Outbox outbox) {
        for (Long id : List.copyOf(messages.keySet())) {
            OutgoingMessage message = messages.remove(id);
            if (message != null) {
                message.entries().forEach(outbox::release);
            }
        }
    }

    int size() {
        return messages.size();
    }
}
