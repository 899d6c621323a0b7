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

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.testutil.PersistentSubscriber.Message;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The {@link DeliveryReport} compares what was offered to an endpoint with what a subscriber received. Change
 * {@code i} has the state text {@code i}; the report counts the lost changes, splits them into those the broker
 * had acknowledged (lost by the broker) and those it had not (lost by us), and counts duplicates and per-item
 * reordering (a change arriving for the first time after a later change of its item).
 *
 * @param sent changes offered to the endpoint
 * @param received messages received, duplicates included
 * @param duplicated messages received more than once
 * @param lost changes never received
 * @param lostByBroker lost changes the broker had acknowledged
 * @param lostByUs lost changes the broker never acknowledged
 * @param reordered changes received for the first time after a later change of the same item
 * @param seqBackwards messages whose seq was not above the previous seq of their item on first arrival
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
record DeliveryReport(int sent, int received, int duplicated, int lost, int lostByBroker, int lostByUs, int reordered,
        int seqBackwards) {

    static DeliveryReport of(int sent, List<Message> messages, BitSet acknowledged) {
        BitSet seen = new BitSet(sent);
        Map<String, Integer> lastIndex = new HashMap<>();
        Map<String, Long> lastSeq = new HashMap<>();
        int duplicated = 0;
        int reordered = 0;
        int seqBackwards = 0;
        for (Message message : messages) {
            JsonObject json = JsonParser.parseString(message.payload()).getAsJsonObject();
            String item = json.get("item").getAsString();
            int index = Integer.parseInt(json.get("state").getAsString());
            long seq = json.get("seq").getAsLong();
            if (seen.get(index)) {
                duplicated++;
                continue;
            }
            seen.set(index);
            Integer previous = lastIndex.put(item, index);
            if (previous != null && previous > index) {
                reordered++;
                lastIndex.put(item, previous);
            }
            Long previousSeq = lastSeq.put(item, seq);
            if (previousSeq != null && previousSeq >= seq) {
                seqBackwards++;
                lastSeq.put(item, previousSeq);
            }
        }
        int lost = 0;
        int lostByBroker = 0;
        for (int i = 0; i < sent; i++) {
            if (!seen.get(i)) {
                lost++;
                if (acknowledged.get(i)) {
                    lostByBroker++;
                }
            }
        }
        return new DeliveryReport(sent, messages.size(), duplicated, lost, lostByBroker, lost - lostByBroker, reordered,
                seqBackwards);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "sent=%d received=%d (distinct %d) lost=%d (acknowledged then lost by the broker: %d, lost by us: %d)"
                        + " reordered=%d duplicated=%d seqBackwards=%d",
                sent, received, received - duplicated, lost, lostByBroker, lostByUs, reordered, duplicated,
                seqBackwards);
    }
}
