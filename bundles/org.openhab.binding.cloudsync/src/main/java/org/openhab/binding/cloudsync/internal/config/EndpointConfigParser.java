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

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.cloud.CloudService;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation;
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
 * The {@link EndpointConfigParser} is the one entry point from a Thing's configuration to the settings of its
 * endpoint: {@link #parse} takes the configuration of any Thing type, lets the type decide where and how to connect
 * ({@link ConnectionConfigParser} for {@code mqtt}, {@link AwsIotConfigParser}, {@link AzureIotHubConfigParser}),
 * checks everything the types share (selection, payload, delivery, and {@link OutboxConfigParser} for reliability),
 * and then checks the whole against the rules of the service behind the broker. It either returns the settings or
 * says exactly which setting is wrong.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class EndpointConfigParser {

    /** MQTT's own limit for one message is 256 MB; no cloud broker takes that much. */
    static final int MAX_MESSAGE_BYTES_LIMIT = 16 * 1024 * 1024;
    /** A day, as the thing description says. */
    static final int MAX_INTERVAL_SECONDS = 86_400;
    /** The placeholders of a topic template, which add no slash and whose length depends on the item. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+\\}");

    private EndpointConfigParser() {
    }

    /**
     * Checks the configuration of a Thing of any type and turns it into the settings of its endpoint.
     *
     * @param config what openHAB mapped the Thing's configuration onto: the class of its {@link EndpointType}
     * @param identity who the Thing is
     * @throws InvalidConfigurationException naming the setting and the problem; never with a secret in it
     */
    public static ParsedConfiguration parse(EndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        EndpointTarget target;
        if (config instanceof MqttEndpointConfiguration mqtt) {
            target = mqtt(mqtt, identity);
        } else if (config instanceof AwsIotConfiguration aws) {
            target = AwsIotConfigParser.parse(aws, identity);
        } else if (config instanceof AzureIotHubConfiguration azure) {
            target = AzureIotHubConfigParser.parse(azure, identity, Clock.systemUTC());
        } else {
            throw new IllegalArgumentException("not a Cloud Sync configuration: " + config.getClass().getName());
        }
        SelectionSettings selection = selection(config);
        PayloadSettings payload = payload(config, target);
        DeliverySettings delivery = delivery(config);
        EndpointSettings settings = new EndpointSettings(selection, payload, delivery, target.connection(),
                OutboxConfigParser.parse(config), target.rules());
        List<ConfigurationNotice> notices = new ArrayList<>(target.notices());
        checkRules(config, settings, identity, notices);
        return new ParsedConfiguration(settings, notices);
    }

    /** A {@code cloudsync:mqtt} Thing: any broker, with the generic MQTT rules, and a hint for a cloud's host. */
    private static EndpointTarget mqtt(MqttEndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        ConnectionSettings connection = ConnectionConfigParser.parse(config, identity);
        TopicTemplate topic = topic("offline.conf-error-topic", config.topic, config.topic, identity.thingId());
        TopicTemplate batchTopic = batchTopic(config.batchTopic, config.batchTopic, identity.thingId());
        List<ConfigurationNotice> notices = new ArrayList<>();
        for (String entry : BrokerAddressParser.splitEntries(config.host)) {
            Optional<CloudService> service = ServiceRules.hintFor(hostOf(entry));
            if (service.isPresent()) {
                notices.add(ConfigurationNotice.logged(hint(service.get(), hostOf(entry))));
                break;
            }
        }
        return new EndpointTarget(connection, topic, batchTopic, ServiceRules.GENERIC_MQTT, notices);
    }

    /** The host of an entry of the host list (a host name, host:port or a URL), for recognising a cloud by it. */
    static String hostOf(String entry) {
        String rest = entry;
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd >= 0) {
            rest = rest.substring(schemeEnd + 3);
        }
        int at = rest.lastIndexOf('@');
        rest = at >= 0 ? rest.substring(at + 1) : rest;
        int slash = rest.indexOf('/');
        rest = slash >= 0 ? rest.substring(0, slash) : rest;
        int colon = rest.lastIndexOf(':');
        return colon >= 0 && rest.indexOf(':') == colon ? rest.substring(0, colon) : rest;
    }

    private static String hint(CloudService service, String host) {
        return switch (service) {
            case AWS_IOT_CORE -> "The broker " + host + " is AWS IoT Core: the Thing type 'AWS IoT Core Thing' "
                    + "(aws-iot) connects on port 443 too, and checks AWS's rules (QoS, topics, sizes, rates) "
                    + "before AWS disconnects; see the README, section 'AWS IoT Core'.";
            case AZURE_IOT_HUB -> "The broker " + host + " is Azure IoT Hub: the Thing type 'Azure IoT Hub Device' "
                    + "(azure-iot-hub) takes the device connection string, renews its SAS tokens and uses Azure's "
                    + "topics; see the README, section 'Azure IoT Hub'.";
            case HIVEMQ_CLOUD -> "The broker " + host + " is HiveMQ Cloud: TLS on 8883 (or WebSocket on 8884 with "
                    + "path /mqtt) with a user name and password; see the README, section 'HiveMQ Cloud'.";
            case EMQX_CLOUD -> "The broker " + host + " is EMQX Cloud: a Serverless deployment takes 10 publishes "
                    + "per second per client, so set maxPublishRate=10; see the README, section 'EMQX Cloud'.";
        };
    }

    static SelectionSettings selection(EndpointConfiguration config) throws InvalidConfigurationException {
        Trigger trigger = switch (config.trigger.trim()) {
            case "change" -> Trigger.CHANGE;
            case "update" -> Trigger.UPDATE;
            default -> throw new InvalidConfigurationException("offline.conf-error-trigger", config.trigger);
        };
        List<ItemPattern> include = new ArrayList<>(patterns("include", config.include));
        include.addAll(pickedItems(config.items));
        List<ItemPattern> exclude = patterns("exclude", config.exclude);
        if (config.deadband.signum() < 0) {
            throw new InvalidConfigurationException("offline.conf-error-deadband", config.deadband.toPlainString());
        }
        if (config.minInterval < 0) {
            throw new InvalidConfigurationException("offline.conf-error-min-interval",
                    String.valueOf(config.minInterval));
        }
        return new SelectionSettings(trigger, List.copyOf(include), exclude, config.ignoreUndefined, config.deadband,
                config.minInterval * 1000L);
    }

    /** The items picked in Main UI: item names only (no globs or prefixes, which belong in include). */
    private static List<ItemPattern> pickedItems(List<String> entries) throws InvalidConfigurationException {
        List<ItemPattern> picked = new ArrayList<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                String name = part.trim();
                if (name.isEmpty()) {
                    continue;
                }
                if (!name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                    throw new InvalidConfigurationException("offline.conf-error-items", name);
                }
                try {
                    picked.add(ItemPattern.parse(name));
                } catch (InvalidPatternException e) {
                    throw new InvalidConfigurationException("offline.conf-error-items", name);
                }
            }
        }
        return picked;
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

    /** The payload format; unknown is an error. */
    static PayloadFormat format(EndpointConfiguration config) throws InvalidConfigurationException {
        PayloadFormat format = PayloadFormat.fromConfig(config.payloadFormat.trim());
        if (format == null) {
            throw new InvalidConfigurationException("offline.conf-error-format", config.payloadFormat);
        }
        return format;
    }

    /** The compression of batch messages: {@code gzip} only with {@code json-batch}. */
    static Compression compression(EndpointConfiguration config, PayloadFormat format)
            throws InvalidConfigurationException {
        Compression compression = Compression.fromConfig(config.compression.trim());
        if (compression == null) {
            throw new InvalidConfigurationException("offline.conf-error-compression", config.compression);
        }
        if (compression != Compression.NONE && format != PayloadFormat.JSON_BATCH) {
            throw new InvalidConfigurationException("offline.conf-error-compression-not-batch", config.compression,
                    config.payloadFormat.trim());
        }
        return compression;
    }

    private static PayloadSettings payload(EndpointConfiguration config, EndpointTarget target)
            throws InvalidConfigurationException {
        PayloadFormat format = format(config);
        Compression compression = compression(config, format);
        if (config.maxBatchItems < 1) {
            throw new InvalidConfigurationException("offline.conf-error-batch-items",
                    String.valueOf(config.maxBatchItems));
        }
        if (config.maxMessageBytes < 256 || config.maxMessageBytes > MAX_MESSAGE_BYTES_LIMIT) {
            throw new InvalidConfigurationException("offline.conf-error-message-bytes",
                    String.valueOf(config.maxMessageBytes));
        }
        return new PayloadSettings(format, target.topic(), target.batchTopic(), staticFields(config.staticFields),
                config.maxBatchItems, config.maxMessageBytes, compression);
    }

    /**
     * A topic template of per-item messages.
     *
     * @param configured the template as configured, for the error text
     * @param template the template with the Thing type's own placeholders filled in
     */
    static TopicTemplate topic(String errorKey, String configured, String template, String thingId)
            throws InvalidConfigurationException {
        try {
            return TopicTemplate.parse(template.trim(), thingId, 0);
        } catch (InvalidTopicException e) {
            throw new InvalidConfigurationException(errorKey, configured, String.valueOf(e.getMessage()));
        }
    }

    /** A topic template of batch messages: {thing} only, since a batch holds many items. */
    static TopicTemplate batchTopic(String configured, String template, String thingId)
            throws InvalidConfigurationException {
        TopicTemplate batchTopic = topic("offline.conf-error-batch-topic", configured, template, thingId);
        if (batchTopic.refersToItems()) {
            throw new InvalidConfigurationException("offline.conf-error-batch-topic", configured,
                    "a batch holds many items, so only {thing} can be used");
        }
        return batchTopic;
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
        if (config.maxPublishRate < 0) {
            throw new InvalidConfigurationException("offline.conf-error-max-publish-rate",
                    String.valueOf(config.maxPublishRate));
        }
        if (config.maxBytesRate < 0) {
            throw new InvalidConfigurationException("offline.conf-error-max-bytes-rate",
                    String.valueOf(config.maxBytesRate));
        }
        if (config.maxBytesRate > 0 && config.maxBytesRate < config.maxMessageBytes) {
            // a second of the byte rate is the most that can go at once: a message larger than that would never go
            throw new InvalidConfigurationException("offline.conf-error-max-bytes-rate-message",
                    String.valueOf(config.maxBytesRate), String.valueOf(config.maxMessageBytes));
        }
        // with interval 0 every change goes at once: there is nothing to coalesce over
        return new DeliverySettings(config.qos, config.retain, config.interval, coalesce && config.interval > 0,
                publishOnConnect, config.maxPublishRate, config.maxBytesRate);
    }

    /**
     * Checks the settings against the rules of the service: QoS, keep-alive, client ID, message size and the topics
     * in use are errors; what the service takes but does not honour becomes a notice.
     */
    private static void checkRules(EndpointConfiguration config, EndpointSettings settings, EndpointIdentity identity,
            List<ConfigurationNotice> notices) throws InvalidConfigurationException {
        ServiceRules rules = settings.rules();
        refuse(rules.checkQos(config.qos));
        refuse(rules.checkKeepAlive(config.keepAlive));
        refuse(rules.checkClientId(settings.connection().clientId()));
        if (config.maxMessageBytes > rules.maxPayloadBytes()) {
            throw new InvalidConfigurationException("offline.conf-error-rule-message-bytes", rules.displayName(),
                    String.valueOf(config.maxMessageBytes), String.valueOf(rules.maxPayloadBytes()));
        }
        PayloadSettings payload = settings.payload();
        TopicTemplate inUse = payload.format() == PayloadFormat.JSON_BATCH ? payload.batchTopic() : payload.topic();
        checkTemplate(rules, inUse.toString(), identity.thingId());
        String statusTopic = settings.connection().statusTopic();
        if (statusTopic != null) {
            checkTemplate(rules, statusTopic, identity.thingId());
        }
        Optional<RuleViolation> retain = rules.checkRetain(config.retain);
        if (retain.isPresent()) {
            RuleViolation warning = retain.get();
            notices.add(new ConfigurationNotice(rules.displayName()
                    + " does not store retained messages: it passes them on as ordinary messages with the property "
                    + "mqtt-retain, so a later subscriber does not get the last state.", warning.textKey(),
                    warning.arguments()));
        }
    }

    /**
     * Checks what every topic of a template has in common: its slashes (a placeholder adds none) and the bytes of its
     * fixed part (the item's name or label adds more).
     */
    private static void checkTemplate(ServiceRules rules, String template, String thingId)
            throws InvalidConfigurationException {
        String fixed = PLACEHOLDER.matcher(template.replace(ConnectionConfigParser.THING_PLACEHOLDER, thingId))
                .replaceAll("");
        Optional<RuleViolation> violation = rules.checkTopic(fixed);
        if (violation.isEmpty()) {
            return;
        }
        RuleViolation broken = violation.get();
        switch (broken.rule()) {
            case TOPIC_LENGTH -> throw new InvalidConfigurationException("offline.conf-error-rule-topic-length",
                    rules.displayName(), template, broken.arguments().get(1), broken.arguments().get(2));
            case TOPIC_SLASHES -> throw new InvalidConfigurationException("offline.conf-error-rule-topic-slashes",
                    rules.displayName(), template, broken.arguments().get(1), broken.arguments().get(2));
            default ->
                throw new InvalidConfigurationException("offline.conf-error-rule-topic", rules.displayName(), template);
        }
    }

    /** An error of the service's rules as a configuration error with the rule's own text. */
    static void refuse(Optional<RuleViolation> violation) throws InvalidConfigurationException {
        RuleViolation broken = violation.orElse(null);
        if (broken != null && broken.isError()) {
            throw new InvalidConfigurationException(broken.textKey(), broken.arguments().toArray(String[]::new));
        }
    }

    static @Nullable String emptyToNull(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
