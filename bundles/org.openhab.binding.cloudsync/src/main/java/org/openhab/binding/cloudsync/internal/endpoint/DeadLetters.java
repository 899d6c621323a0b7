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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DeadLetters} set aside the changes that can never be sent — too large, breaking a rule of the cloud
 * service, failing too often while connected, or making the broker drop the connection — so that they no longer
 * hold back the changes behind them: each leaves the outbox, is counted, and is logged with its topic and size, at
 * WARN the first time a topic has one (later ones of the same topic at DEBUG, so that an item whose every change
 * breaks a rule does not flood the log).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class DeadLetters {

    /** Topics remembered as already warned about; the oldest is forgotten beyond this. */
    private static final int WARNED_TOPICS = 1000;

    private final Logger logger = LoggerFactory.getLogger(DeadLetters.class);
    private final String name;
    private final Outbox outbox;
    private final AtomicLong count = new AtomicLong();
    private final Set<String> warned = Collections
            .newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<String, Boolean>(64, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > WARNED_TOPICS;
                }
            }));

    DeadLetters(String name, Outbox outbox) {
        this.name = name;
        this.outbox = outbox;
    }

    /**
     * Takes the change out of the outbox for good and counts it.
     *
     * @param reason why it cannot be sent, readable and without secrets
     */
    void setAside(OutboxEntry entry, String topic, int size, String reason) {
        outbox.acknowledge(entry);
        count.incrementAndGet();
        String format = "Endpoint {}: the change of {} (seq {}) on topic {} ({} bytes) is not sent and counted as"
                + " dropped: {}";
        Object[] arguments = { name, entry.change().itemName(), entry.seq(), topic, size, reason };
        if (warned.add(topic)) {
            logger.warn(format, arguments);
        } else {
            logger.debug(format, arguments);
        }
    }

    /** Changes set aside so far. */
    long count() {
        return count.get();
    }
}
