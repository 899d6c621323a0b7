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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link PayloadSettings} say what an endpoint's messages look like.
 *
 * @param format JSON per item, raw state, or JSON batches
 * @param topic the topic template of per-item messages
 * @param batchTopic the topic of batch messages; refers to no item
 * @param staticFields fields added to every JSON message, in order
 * @param maxBatchItems the most changes in one batch message
 * @param maxMessageBytes the largest message sent (before compression); larger changes are set aside
 * @param compression how {@code json-batch} messages are compressed
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record PayloadSettings(PayloadFormat format, TopicTemplate topic, TopicTemplate batchTopic,
        Map<String, String> staticFields, int maxBatchItems, int maxMessageBytes, Compression compression) {
}
