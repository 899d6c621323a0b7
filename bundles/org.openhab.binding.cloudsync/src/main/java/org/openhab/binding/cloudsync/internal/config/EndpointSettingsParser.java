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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate.InvalidTopicException;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link EndpointSettingsParser} checks an {@link EndpointConfiguration} and turns it into
 * {@link EndpointSettings}, or says exactly which setting is wrong. The connection part is checked by
 * {@link ConnectionConfigParser}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class EndpointSettingsParser {

    static final int OUTBOX_CAPACITY = 100_000;

    private EndpointSettingsParser() {
    }

    public static EndpointSettings parse(EndpointConfiguration config, ThingUID thingUID) throws ConfigurationError {
        ConnectionSettings connection = ConnectionConfigParser.parse(config, thingUID);
        if (config.qos < 0 || config.qos > 2) {
            throw new ConfigurationError("offline.conf-error-qos", String.valueOf(config.qos));
        }
        if (config.interval < 0) {
            throw new ConfigurationError("offline.conf-error-interval", String.valueOf(config.interval));
        }
        TopicTemplate topic;
        try {
            topic = TopicTemplate.parse(config.topic.trim(), thingUID.getId(), 0);
        } catch (InvalidTopicException e) {
            throw new ConfigurationError("offline.conf-error-topic", config.topic, String.valueOf(e.getMessage()));
        }
        return new EndpointSettings(connection, topic, config.qos, config.retain, config.interval, OUTBOX_CAPACITY);
    }
}
