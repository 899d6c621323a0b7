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
package org.openhab.binding.cloudsync.internal.config;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate;

/**
 * The {@link EndpointTarget} is what a Thing type decides about where its messages go: the connection, the topics,
 * the service rules the rest of the configuration is checked against, and what the user should hear of.
 *
 * @param connection how to reach and log in to the broker
 * @param topic the topic of per-item messages
 * @param batchTopic the topic of {@code json-batch} messages
 * @param rules the rules of the service behind the broker
 * @param notices what the user should hear of once
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
record EndpointTarget(ConnectionSettings connection, TopicTemplate topic, TopicTemplate batchTopic, ServiceRules rules,
        List<ConfigurationNotice> notices) {

    EndpointTarget {
        notices = List.copyOf(notices);
    }
}
