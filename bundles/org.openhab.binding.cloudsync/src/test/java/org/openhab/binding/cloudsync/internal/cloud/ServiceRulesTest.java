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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cloudsync.internal.cloud.ServiceRules.*;

import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation.Rule;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation.Severity;

/**
 * Specifies each rule of each cloud service at its boundary: exactly at the limit passes, one over is a violation
 * with its rule, severity, text and arguments.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ServiceRulesTest {

    /** A topic of exactly {@code bytes} UTF-8 bytes and no slash. */
    private static String topicOfBytes(int bytes) {
        return "t".repeat(bytes);
    }

    /** A topic with exactly {@code slashes} slashes. */
    private static String topicOfSlashes(int slashes) {
        return "a" + "/a".repeat(slashes);
    }

    private static RuleViolation violation(Optional<RuleViolation> result) {
        return result.orElseThrow(() -> new AssertionError("a violation was expected"));
    }

    private static void assertViolation(Optional<RuleViolation> result, Rule rule, Severity severity, String textKey,
            String... arguments) {
        RuleViolation violation = violation(result);
        assertEquals(rule, violation.rule());
        assertEquals(severity, violation.severity());
        assertEquals(textKey, violation.textKey());
        assertEquals(List.of(arguments), violation.arguments());
    }

    // AWS IoT Core

    @Test
    void awsTakesQos0And1NotQos2() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkQos(0));
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkQos(1));
        assertViolation(AWS_IOT_CORE.checkQos(2), Rule.QOS, Severity.ERROR, "offline.conf-error-rule-qos",
                "AWS IoT Core", "2");
        assertEquals("aws-iot-core.qos", violation(AWS_IOT_CORE.checkQos(2)).ruleId());
    }

    @Test
    void awsPayloadIsAtMost128Kilobytes() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkPayloadSize(131_072));
        assertViolation(AWS_IOT_CORE.checkPayloadSize(131_073), Rule.PAYLOAD_SIZE, Severity.ERROR,
                "cloud.rule-payload-size", "AWS IoT Core", "131073", "131072");
    }

    @Test
    void awsTopicIsAtMost256Utf8Bytes() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkTopic(topicOfBytes(256)));
        assertViolation(AWS_IOT_CORE.checkTopic(topicOfBytes(257)), Rule.TOPIC_LENGTH, Severity.ERROR,
                "cloud.rule-topic-length", "AWS IoT Core", "257", "256");
        // bytes, not characters: ä is two bytes in UTF-8
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkTopic("ä".repeat(128)));
        assertViolation(AWS_IOT_CORE.checkTopic("ä".repeat(128) + "t"), Rule.TOPIC_LENGTH, Severity.ERROR,
                "cloud.rule-topic-length", "AWS IoT Core", "257", "256");
    }

    @Test
    void awsTopicHasAtMost7Slashes() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkTopic(topicOfSlashes(7)));
        assertViolation(AWS_IOT_CORE.checkTopic(topicOfSlashes(8)), Rule.TOPIC_SLASHES, Severity.ERROR,
                "cloud.rule-topic-slashes", "AWS IoT Core", "8", "7");
    }

    @ParameterizedTest
    @ValueSource(strings = { "$aws/rules/myRule/", "$AWS/Rules/my_rule_2/" })
    void awsCountsNeitherBytesNorSlashesOfABasicIngestPrefix(String prefix) {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkTopic(prefix + topicOfSlashes(7)));
        assertViolation(AWS_IOT_CORE.checkTopic(prefix + topicOfSlashes(8)), Rule.TOPIC_SLASHES, Severity.ERROR,
                "cloud.rule-topic-slashes", "AWS IoT Core", "8", "7");
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkTopic(prefix + topicOfBytes(256)));
        assertViolation(AWS_IOT_CORE.checkTopic(prefix + topicOfBytes(257)), Rule.TOPIC_LENGTH, Severity.ERROR,
                "cloud.rule-topic-length", "AWS IoT Core", "257", "256");
    }

    @Test
    void awsCountsEveryOtherDollarTopicInFull() {
        // $aws/things/... is no Basic Ingest topic: 8 slashes
        assertViolation(AWS_IOT_CORE.checkTopic("$aws/things/t/shadow/name/a/b/c/d"), Rule.TOPIC_SLASHES,
                Severity.ERROR, "cloud.rule-topic-slashes", "AWS IoT Core", "8", "7");
        // a rules prefix without its closing slash is not a prefix
        assertEquals("$aws/rules/myRule", ServiceRules.withoutRulesPrefix("$aws/rules/myRule"));
        assertEquals("x/y", ServiceRules.withoutRulesPrefix("$aws/rules/r/x/y"));
        // other services count the prefix like any text
        assertEquals(Optional.empty(), GENERIC_MQTT.checkTopic("$aws/rules/r/" + topicOfSlashes(50)));
    }

    @Test
    void awsClientIdIsAtMost128Bytes() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkClientId("c".repeat(128)));
        assertViolation(AWS_IOT_CORE.checkClientId("c".repeat(129)), Rule.CLIENT_ID_LENGTH, Severity.ERROR,
                "offline.conf-error-rule-client-id-length", "AWS IoT Core", "129", "128");
        assertViolation(AWS_IOT_CORE.checkClientId("ö".repeat(65)), Rule.CLIENT_ID_LENGTH, Severity.ERROR,
                "offline.conf-error-rule-client-id-length", "AWS IoT Core", "130", "128");
    }

    @Test
    void awsKeepAliveIs30To1200Seconds() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkKeepAlive(30));
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkKeepAlive(1200));
        assertViolation(AWS_IOT_CORE.checkKeepAlive(29), Rule.KEEP_ALIVE, Severity.ERROR,
                "offline.conf-error-rule-keep-alive", "AWS IoT Core", "29", "30", "1200");
        assertViolation(AWS_IOT_CORE.checkKeepAlive(1201), Rule.KEEP_ALIVE, Severity.ERROR,
                "offline.conf-error-rule-keep-alive", "AWS IoT Core", "1201", "30", "1200");
        assertTrue(AWS_IOT_CORE.checkKeepAlive(0).isPresent(), "0 (off) is below 30");
    }

    @Test
    void awsStoresRetainedMessagesAndLimitsRates() {
        assertEquals(Optional.empty(), AWS_IOT_CORE.checkRetain(true));
        assertEquals(100, AWS_IOT_CORE.publishesPerSecond());
        assertEquals(524_288, AWS_IOT_CORE.bytesPerSecond());
    }

    // Azure IoT Hub

    @Test
    void azureTakesQos0And1NotQos2() {
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkQos(1));
        assertViolation(AZURE_IOT_HUB.checkQos(2), Rule.QOS, Severity.ERROR, "offline.conf-error-rule-qos",
                "Azure IoT Hub", "2");
    }

    @Test
    void azureRetainIsAWarningNotAnError() {
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkRetain(false));
        RuleViolation retain = violation(AZURE_IOT_HUB.checkRetain(true));
        assertViolation(Optional.of(retain), Rule.RETAIN, Severity.WARNING, "online.rule-retain-not-stored",
                "Azure IoT Hub");
        assertFalse(retain.isError());
        assertEquals("azure-iot-hub.retain", retain.ruleId());
    }

    @Test
    void azurePayloadIsAtMost256Kilobytes() {
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkPayloadSize(262_144));
        assertViolation(AZURE_IOT_HUB.checkPayloadSize(262_145), Rule.PAYLOAD_SIZE, Severity.ERROR,
                "cloud.rule-payload-size", "Azure IoT Hub", "262145", "262144");
    }

    @Test
    void azureKeepAliveIsAtMost1177Seconds() {
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkKeepAlive(1));
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkKeepAlive(1177));
        assertViolation(AZURE_IOT_HUB.checkKeepAlive(1178), Rule.KEEP_ALIVE, Severity.ERROR,
                "offline.conf-error-rule-keep-alive", "Azure IoT Hub", "1178", "1", "1177");
        assertTrue(AZURE_IOT_HUB.checkKeepAlive(0).isPresent(), "0 (off) would be cut after 1767 s idle");
    }

    @Test
    void azureDeviceIdIsUpTo128AllowedAsciiCharacters() {
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkClientId("d".repeat(128)));
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkClientId("aZ09-.%_*?!(),:=@$'"));
        assertViolation(AZURE_IOT_HUB.checkClientId("d".repeat(129)), Rule.CLIENT_ID_LENGTH, Severity.ERROR,
                "offline.conf-error-rule-client-id-length", "Azure IoT Hub", "129", "128");
        assertViolation(AZURE_IOT_HUB.checkClientId(""), Rule.CLIENT_ID_LENGTH, Severity.ERROR,
                "offline.conf-error-rule-client-id-empty", "Azure IoT Hub");
        assertViolation(AZURE_IOT_HUB.checkClientId("room #1+ä/ä"), Rule.CLIENT_ID_CHARACTERS, Severity.ERROR,
                "offline.conf-error-rule-client-id-characters", "Azure IoT Hub", "room #1+ä/ä", "  # + ä /");
    }

    @ParameterizedTest
    @ValueSource(strings = { "#", "+", "/", " ", "&", "ä", "~", "^" })
    void azureRefusesEachCharacterOutsideItsSet(String character) {
        assertViolation(AZURE_IOT_HUB.checkClientId("dev" + character), Rule.CLIENT_ID_CHARACTERS, Severity.ERROR,
                "offline.conf-error-rule-client-id-characters", "Azure IoT Hub", "dev" + character, character);
    }

    @Test
    void azureTakesTelemetryOnlyOnTheDeviceEventsTopic() {
        assertEquals(Optional.empty(), AZURE_IOT_HUB.checkTopic("devices/d1/messages/events/"));
        assertEquals(Optional.empty(),
                AZURE_IOT_HUB.checkTopic("devices/d1/messages/events/$.ct=application%2Fjson&item=a%2Fb"));
        assertViolation(AZURE_IOT_HUB.checkTopic("home/livingroom/temperature"), Rule.TOPIC_NOT_ALLOWED, Severity.ERROR,
                "cloud.rule-topic-not-allowed", "Azure IoT Hub", "home/livingroom/temperature");
        assertTrue(AZURE_IOT_HUB.checkTopic("devices/d1/messages/events").isPresent(), "the trailing / is needed");
    }

    // generic MQTT 3.1.1

    @Test
    void genericMqttHasTheLimitsOfTheStandard() {
        assertEquals(Optional.empty(), GENERIC_MQTT.checkQos(2));
        assertViolation(GENERIC_MQTT.checkQos(3), Rule.QOS, Severity.ERROR, "offline.conf-error-rule-qos", "MQTT 3.1.1",
                "3");
        assertEquals(Optional.empty(), GENERIC_MQTT.checkTopic(topicOfBytes(65_535)));
        assertViolation(GENERIC_MQTT.checkTopic(topicOfBytes(65_536)), Rule.TOPIC_LENGTH, Severity.ERROR,
                "cloud.rule-topic-length", "MQTT 3.1.1", "65536", "65535");
        assertEquals(Optional.empty(), GENERIC_MQTT.checkTopic(topicOfSlashes(500)));
        assertEquals(Optional.empty(), GENERIC_MQTT.checkPayloadSize(268_435_455));
        assertViolation(GENERIC_MQTT.checkPayloadSize(268_435_456), Rule.PAYLOAD_SIZE, Severity.ERROR,
                "cloud.rule-payload-size", "MQTT 3.1.1", "268435456", "268435455");
        assertEquals(Optional.empty(), GENERIC_MQTT.checkKeepAlive(0));
        assertEquals(Optional.empty(), GENERIC_MQTT.checkKeepAlive(65_535));
        assertTrue(GENERIC_MQTT.checkKeepAlive(65_536).isPresent());
        assertEquals(Optional.empty(), GENERIC_MQTT.checkClientId(""));
        assertEquals(Optional.empty(), GENERIC_MQTT.checkClientId("c".repeat(65_535)));
        assertTrue(GENERIC_MQTT.checkClientId("c".repeat(65_536)).isPresent());
        assertEquals(Optional.empty(), GENERIC_MQTT.checkRetain(true));
        assertEquals(0, GENERIC_MQTT.publishesPerSecond());
        assertEquals(0, GENERIC_MQTT.bytesPerSecond());
    }

    // host hints

    @ParameterizedTest
    @CsvSource({ "a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com, AWS_IOT_CORE",
            "A1B2C3-ATS.IOT.US-EAST-1.AMAZONAWS.COM., AWS_IOT_CORE",
            "a1b2c3.ats.iot.cn-north-1.amazonaws.com.cn, AWS_IOT_CORE",
            "a1b2c3-ats.iot-fips.us-gov-west-1.amazonaws.com, AWS_IOT_CORE", "myhub.azure-devices.net, AZURE_IOT_HUB",
            "myhub.azure-devices.cn, AZURE_IOT_HUB", "myhub.azure-devices.us, AZURE_IOT_HUB",
            "0123abcd.s1.eu.hivemq.cloud, HIVEMQ_CLOUD", "o1a2b3c4.ala.us-east-1.emqxsl.com, EMQX_CLOUD",
            "f4319339.ala.cn-hangzhou.emqxsl.cn, EMQX_CLOUD", "tf897ef8.ala.dedicated.aws.emqxcloud.com, EMQX_CLOUD",
            "j0627971.eu-central-1.emqx.cloud, EMQX_CLOUD", "s3.amazonaws.com,", "iot.us-east-1.amazonaws.com,",
            "broker.hivemq.com,", "broker.emqx.io,", "azure-devices.net,", "evilazure-devices.net,",
            "myhub.azure-devices.net.example.com,", "mosquitto.local,", "192.168.1.5," })
    void hintsAtTheServiceAHostPlainlyBelongsTo(String host, @Nullable String service) {
        Optional<CloudService> hint = ServiceRules.hintFor(host);

        assertEquals(service == null ? Optional.empty() : Optional.of(CloudService.valueOf(service)), hint, host);
    }

    @Test
    void eachServiceLeadsToItsRules() {
        assertEquals(AWS_IOT_CORE, CloudService.AWS_IOT_CORE.rules());
        assertEquals(AZURE_IOT_HUB, CloudService.AZURE_IOT_HUB.rules());
        assertEquals(GENERIC_MQTT, CloudService.HIVEMQ_CLOUD.rules());
        assertEquals("EMQX Cloud", CloudService.EMQX_CLOUD.displayName());
    }
}
