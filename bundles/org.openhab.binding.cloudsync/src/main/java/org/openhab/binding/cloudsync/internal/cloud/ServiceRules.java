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
package org.openhab.binding.cloudsync.internal.cloud;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation.Rule;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation.Severity;

/**
 * The {@link ServiceRules} are the limits a cloud MQTT service enforces, as data, with checks that turn a
 * setting or an outgoing message into a {@link RuleViolation} or none.
 * <p>
 * Sources (see {@code CLOUDS.md}): AWS IoT Core's "endpoints and quotas" and developer guide, and
 * {@code awslabs/aws-c-mqtt} {@code mqtt5_utils} for the topic rules; Azure's "Communicate with an IoT hub using
 * the MQTT protocol" and "Understand the identity registry"; the MQTT 3.1.1 standard for the generic limits.
 * <ul>
 * <li><b>AWS IoT Core</b>: QoS 0 and 1 only; payload at most 128 KB (131072 bytes); topic at most 256 UTF-8 bytes
 * and 7 slashes, where a leading Basic Ingest prefix {@code $aws/rules/<rule>/} (any case) counts for neither;
 * client ID at most 128 bytes; keep-alive 30 to 1200 s; 100 publishes and 512 KiB per second and connection.</li>
 * <li><b>Azure IoT Hub</b>: QoS 0 and 1 only (QoS 2 closes the connection); retained messages are not stored but
 * passed on with the property {@code mqtt-retain}: a {@link Severity#WARNING}, since every message still arrives;
 * payload at most 256 KB (262144 bytes); telemetry only on {@code devices/<device ID>/messages/events/…};
 * client ID = device ID: 1 to 128 ASCII letters, digits and {@code - . % _ * ? ! ( ) , : = @ $ '}; keep-alive 1 to
 * 1177 s (the hub caps its timeout, 1.5 × keep-alive, at 1767 s, so 0 = off is cut after 1767 s idle anyway);
 * throttling is per hub (S1: at least 100 device-to-cloud messages per second), so 100 per second is the default
 * and bytes per second are not limited.</li>
 * <li><b>MQTT 3.1.1</b> (any other broker): QoS up to 2; topic and client ID at most 65535 bytes; payload at most
 * 268435455 bytes (the largest remaining length); keep-alive 0 to 65535 s; no rate limit.</li>
 * </ul>
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum ServiceRules {

    AWS_IOT_CORE("aws-iot-core", "AWS IoT Core", 1, true, 131_072, 256, 7, true, null, 0, 128, null, 30, 1200, 100,
            512 * 1024),
    AZURE_IOT_HUB("azure-iot-hub", "Azure IoT Hub", 1, false, 262_144, ServiceRules.MQTT_MAX_STRING_BYTES,
            ServiceRules.NO_LIMIT, false, Pattern.compile("devices/[^/]+/messages/events/.*"), 1, 128,
            Pattern.compile("[A-Za-z0-9\\-.%_*?!(),:=@$']*"), 1, 1177, 100, 0),
    GENERIC_MQTT("mqtt", "MQTT 3.1.1", 2, true, 268_435_455, ServiceRules.MQTT_MAX_STRING_BYTES, ServiceRules.NO_LIMIT,
            false, null, 0, ServiceRules.MQTT_MAX_STRING_BYTES, null, 0, 65_535, 0, 0);

    /** The longest UTF-8 string of MQTT 3.1.1 (topic, client ID). */
    public static final int MQTT_MAX_STRING_BYTES = 65_535;
    /** A limit that is not set. */
    public static final int NO_LIMIT = -1;

    private static final Pattern AWS_RULES_PREFIX = Pattern.compile("(?i)\\$aws/rules/[^/]+/");

    private final String id;
    private final String displayName;
    private final int maxQos;
    private final boolean retainStored;
    private final int maxPayloadBytes;
    private final int maxTopicBytes;
    private final int maxTopicSlashes;
    private final boolean rulesPrefixUncounted;
    private final @Nullable Pattern publishTopic;
    private final int minClientIdBytes;
    private final int maxClientIdBytes;
    private final @Nullable Pattern clientIdCharacters;
    private final int minKeepAliveSeconds;
    private final int maxKeepAliveSeconds;
    private final long publishesPerSecond;
    private final long bytesPerSecond;

    ServiceRules(String id, String displayName, int maxQos, boolean retainStored, int maxPayloadBytes,
            int maxTopicBytes, int maxTopicSlashes, boolean rulesPrefixUncounted, @Nullable Pattern publishTopic,
            int minClientIdBytes, int maxClientIdBytes, @Nullable Pattern clientIdCharacters, int minKeepAliveSeconds,
            int maxKeepAliveSeconds, long publishesPerSecond, long bytesPerSecond) {
        this.id = id;
        this.displayName = displayName;
        this.maxQos = maxQos;
        this.retainStored = retainStored;
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxTopicBytes = maxTopicBytes;
        this.maxTopicSlashes = maxTopicSlashes;
        this.rulesPrefixUncounted = rulesPrefixUncounted;
        this.publishTopic = publishTopic;
        this.minClientIdBytes = minClientIdBytes;
        this.maxClientIdBytes = maxClientIdBytes;
        this.clientIdCharacters = clientIdCharacters;
        this.minKeepAliveSeconds = minKeepAliveSeconds;
        this.maxKeepAliveSeconds = maxKeepAliveSeconds;
        this.publishesPerSecond = publishesPerSecond;
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Which known cloud service a broker host plainly belongs to, for a one-time hint on a generic MQTT Thing. */
    public static Optional<CloudService> hintFor(String host) {
        return CloudService.ofHost(host);
    }

    /** Checks the QoS of the Thing's messages. */
    public Optional<RuleViolation> checkQos(int qos) {
        if (qos >= 0 && qos <= maxQos) {
            return Optional.empty();
        }
        return error(Rule.QOS, "offline.conf-error-rule-qos", displayName, String.valueOf(qos));
    }

    /** Checks the keep-alive interval in seconds. */
    public Optional<RuleViolation> checkKeepAlive(int seconds) {
        if (seconds >= minKeepAliveSeconds && seconds <= maxKeepAliveSeconds) {
            return Optional.empty();
        }
        return error(Rule.KEEP_ALIVE, "offline.conf-error-rule-keep-alive", displayName, String.valueOf(seconds),
                String.valueOf(minKeepAliveSeconds), String.valueOf(maxKeepAliveSeconds));
    }

    /** Checks the client ID: its UTF-8 length and, where the service restricts them, its characters. */
    public Optional<RuleViolation> checkClientId(String clientId) {
        int bytes = clientId.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < minClientIdBytes) {
            return error(Rule.CLIENT_ID_LENGTH, "offline.conf-error-rule-client-id-empty", displayName);
        }
        if (bytes > maxClientIdBytes) {
            return error(Rule.CLIENT_ID_LENGTH, "offline.conf-error-rule-client-id-length", displayName,
                    String.valueOf(bytes), String.valueOf(maxClientIdBytes));
        }
        Pattern allowed = clientIdCharacters;
        if (allowed != null && !allowed.matcher(clientId).matches()) {
            Set<String> refused = new LinkedHashSet<>();
            clientId.codePoints().mapToObj(Character::toString).filter(c -> !allowed.matcher(c).matches())
                    .forEach(refused::add);
            return error(Rule.CLIENT_ID_CHARACTERS, "offline.conf-error-rule-client-id-characters", displayName,
                    clientId, String.join(" ", refused));
        }
        return Optional.empty();
    }

    /**
     * Checks the retain flag. Azure IoT Hub takes retained messages but does not store them, so this is a
     * {@link Severity#WARNING}: the Thing can go online, the user should know that a late subscriber gets nothing.
     */
    public Optional<RuleViolation> checkRetain(boolean retain) {
        if (!retain || retainStored) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation(this, Rule.RETAIN, Severity.WARNING, "online.rule-retain-not-stored",
                List.of(displayName)));
    }

    /**
     * Checks a topic about to be published to: its UTF-8 length, its slashes and, where the service has fixed
     * topics, its shape. AWS IoT Core counts neither the bytes nor the slashes of a leading
     * {@code $aws/rules/<rule>/}.
     */
    public Optional<RuleViolation> checkTopic(String topic) {
        Pattern fixed = publishTopic;
        if (fixed != null && !fixed.matcher(topic).matches()) {
            return error(Rule.TOPIC_NOT_ALLOWED, "cloud.rule-topic-not-allowed", displayName, topic);
        }
        String counted = rulesPrefixUncounted ? withoutRulesPrefix(topic) : topic;
        int bytes = counted.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxTopicBytes) {
            return error(Rule.TOPIC_LENGTH, "cloud.rule-topic-length", displayName, String.valueOf(bytes),
                    String.valueOf(maxTopicBytes));
        }
        if (maxTopicSlashes != NO_LIMIT) {
            long slashes = counted.chars().filter(c -> c == '/').count();
            if (slashes > maxTopicSlashes) {
                return error(Rule.TOPIC_SLASHES, "cloud.rule-topic-slashes", displayName, String.valueOf(slashes),
                        String.valueOf(maxTopicSlashes));
            }
        }
        return Optional.empty();
    }

    /** Checks the size of a payload about to be published. */
    public Optional<RuleViolation> checkPayloadSize(int bytes) {
        if (bytes <= maxPayloadBytes) {
            return Optional.empty();
        }
        return error(Rule.PAYLOAD_SIZE, "cloud.rule-payload-size", displayName, String.valueOf(bytes),
                String.valueOf(maxPayloadBytes));
    }

    /** The topic after a leading {@code $aws/rules/<rule>/}, or the topic itself. */
    static String withoutRulesPrefix(String topic) {
        Matcher matcher = AWS_RULES_PREFIX.matcher(topic);
        return matcher.lookingAt() ? topic.substring(matcher.end()) : topic;
    }

    private Optional<RuleViolation> error(Rule rule, String textKey, String... arguments) {
        return Optional.of(new RuleViolation(this, rule, Severity.ERROR, textKey, List.of(arguments)));
    }

    /** A short id, for example {@code aws-iot-core}. */
    public String id() {
        return id;
    }

    /** The service's name as users know it, for example {@code AWS IoT Core}. */
    public String displayName() {
        return displayName;
    }

    public int maxQos() {
        return maxQos;
    }

    /** Whether the service keeps a retained message for later subscribers. */
    public boolean retainStored() {
        return retainStored;
    }

    public int maxPayloadBytes() {
        return maxPayloadBytes;
    }

    public int maxTopicBytes() {
        return maxTopicBytes;
    }

    /** The most slashes in a topic, or {@link #NO_LIMIT}. */
    public int maxTopicSlashes() {
        return maxTopicSlashes;
    }

    public int maxClientIdBytes() {
        return maxClientIdBytes;
    }

    public int minKeepAliveSeconds() {
        return minKeepAliveSeconds;
    }

    public int maxKeepAliveSeconds() {
        return maxKeepAliveSeconds;
    }

    /** Publishes per second and connection the service takes, 0 for no limit. */
    public long publishesPerSecond() {
        return publishesPerSecond;
    }

    /** Payload bytes per second and connection the service takes, 0 for no limit. */
    public long bytesPerSecond() {
        return bytesPerSecond;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
