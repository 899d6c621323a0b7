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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.endpoint.DeliverySettings;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.payload.Compression;
import org.openhab.binding.cloudsync.internal.payload.JsonMessage;
import org.openhab.binding.cloudsync.internal.payload.PayloadFormat;
import org.openhab.binding.cloudsync.internal.payload.PayloadSettings;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate.InvalidTopicException;
import org.openhab.binding.cloudsync.internal.selection.ItemPattern;
import org.openhab.binding.cloudsync.internal.selection.ItemPattern.InvalidPatternException;
import org.openhab.binding.cloudsync.internal.selection.SelectionSettings;

/**
 * The {@link EndpointConfigParser} checks an {@link EndpointConfiguration} and turns it into
 * {@link EndpointSettings}, or says exactly which setting is wrong. The connection part is checked by
 * {@link ConnectionConfigParser}, the reliability part by {@link OutboxConfigParser}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class EndpointConfigParser {

    /** MQTT's own limit for one message is 256 MB; no cloud broker takes that much. */
    static final int MAX_MESSAGE_BYTES_LIMIT = 16 * 1024 * 1024;
    /** A day, as the thing description says. */
    static final int MAX_INTERVAL_SECONDS = 86_400;

    private EndpointConfigParser() {
    }

    public static EndpointSettings parse(EndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        ConnectionSettings connection = ConnectionConfigParser.parse(config, identity);
        return new EndpointSettings(selection(config), payload(config, identity.thingId()), delivery(config),
                connection, OutboxConfigParser.parse(config), ServiceRules.GENERIC_MQTT);
    }

    static SelectionSettings selection(EndpointConfiguration config) throws InvalidConfigurationException {
        Trigger trigger = switch (config.trigger.trim()) {
            case "change" -> Trigger.CHANGE;
            case "update" -> Trigger.UPDATE;
            default -> throw new InvalidConfigurationException("offline.conf-error-trigger", config.trigger);
        };
        List<ItemPattern> include = patterns("include", config.include);
        List<ItemPattern> exclude = patterns("exclude", config.exclude);
        if (config.deadband.signum() < 0) {
            throw new InvalidConfigurationException("offline.conf-error-deadband", config.deadband.toPlainString());
        }
        if (config.minInterval < 0) {
            throw new InvalidConfigurationException("offline.conf-error-min-interval",
                    String.valueOf(config.minInterval));
        }
        return new SelectionSettings(trigger, include, exclude, config.ignoreUndefined, config.deadband,
                config.minInterval * 1000L);
    }

    private static List<ItemPattern> patterns(String parameter, List<String> entries)
            throws InvalidConfigurationException {
        try {
            return ItemPattern.parseAll(entries);
        } catch (InvalidPatternException e) {
            throw new InvalidConfigurationException("offline.conf-error-selection", parameter,
                    String.valueOf(e.getMessage()));
        }
    }

    static PayloadSettings payload(EndpointConfiguration config, String thingId) throws InvalidConfigurationException {
        PayloadFormat format = PayloadFormat.fromConfig(config.payloadFormat.trim());
        if (format == null) {
            throw new InvalidConfigurationException("offline.conf-error-format", config.payloadFormat);
        }
        TopicTemplate topic = topic("offline.conf-error-topic", config.topic, thingId);
        TopicTemplate batchTopic = topic("offline.conf-error-batch-topic", config.batchTopic, thingId);
        if (batchTopic.refersToItems()) {
            throw new InvalidConfigurationException("offline.conf-error-batch-topic", config.batchTopic,
                    "a batch holds many items, so only {thing} can be used");
        }
        if (config.maxBatchItems < 1) {
            throw new InvalidConfigurationException("offline.conf-error-batch-items",
                    String.valueOf(config.maxBatchItems));
        }
        if (config.maxMessageBytes < 256 || config.maxMessageBytes > MAX_MESSAGE_BYTES_LIMIT) {
            throw new InvalidConfigurationException("offline.conf-error-message-bytes",
                    String.valueOf(config.maxMessageBytes));
        }
        return new PayloadSettings(format, topic, batchTopic, staticFields(config.staticFields), config.maxBatchItems,
                config.maxMessageBytes, Compression.NONE);
    }

    private static TopicTemplate topic(String errorKey, String template, String thingId)
            throws InvalidConfigurationException {
        try {
            return TopicTemplate.parse(template.trim(), thingId, 0);
        } catch (InvalidTopicException e) {
            throw new InvalidConfigurationException(errorKey, template, String.valueOf(e.getMessage()));
        }
    }

    /** {@code name=value} entries, several per text separated by commas. */
    static Map<String, String> staticFields(List<String> entries) throws InvalidConfigurationException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int equals = part.indexOf('=');
                String name = equals < 0 ? "" : part.substring(0, equals).trim();
                if (name.isEmpty()) {
                    throw new InvalidConfigurationException("offline.conf-error-static-field", part.trim(),
                            "write it as name=value");
                }
                if (JsonMessage.FIELD_NAMES.contains(name) || "items".equals(name)) {
                    throw new InvalidConfigurationException("offline.conf-error-static-field", part.trim(),
                            "\"" + name + "\" is a field of every message");
                }
                fields.put(name, part.substring(equals + 1).trim());
            }
        }
        return fields;
    }

    static DeliverySettings delivery(EndpointConfiguration config) throws InvalidConfigurationException {
        if (config.qos < 0 || config.qos > 2) {
            throw new InvalidConfigurationException("offline.conf-error-qos", String.valueOf(config.qos));
        }
        if (config.interval < 0 || config.interval > MAX_INTERVAL_SECONDS) {
            throw new InvalidConfigurationException("offline.conf-error-interval", String.valueOf(config.interval));
        }
        boolean coalesce = switch (config.mode.trim()) {
            case "coalesce" -> true;
            case "all" -> false;
            default -> throw new InvalidConfigurationException("offline.conf-error-mode", config.mode);
        };
        boolean publishOnConnect = switch (config.publishOnConnect.trim()) {
            case "none" -> false;
            case "all" -> true;
            default -> throw new InvalidConfigurationException("offline.conf-error-publish-on-connect",
                    config.publishOnConnect);
        };
        // with interval 0 every change goes at once: there is nothing to coalesce over
        return new DeliverySettings(config.qos, config.retain, config.interval, coalesce && config.interval > 0,
                publishOnConnect, 0, 0);
    }
}
