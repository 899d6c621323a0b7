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
package org.openhab.binding.cloudsync.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cloudsync.internal.handler.BadConfigurationCases.*;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Specifies the Thing status of every broken rule of the cloud Thing types (AWS IoT Core, Azure IoT Hub) and of
 * the parameters every type has (rate limits, broker failover): OFFLINE, CONFIGURATION_ERROR, and an i18n text
 * naming the rule or setting, set by {@code initialize()} itself, never repeating a secret or the device key.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class BadCloudConfigurationTest {

    /** A device key of Azure IoT Hub: base64 of "secret-device-key-of-the-tests" (starts with c2VjcmV0). */
    private static final String DEVICE_KEY = Base64.getEncoder()
            .encodeToString("secret-device-key-of-the-tests".getBytes(StandardCharsets.UTF_8));
    private static final String CONNECTION_STRING = "HostName=myhub.azure-devices.net;DeviceId=home1;SharedAccessKey="
            + DEVICE_KEY;
    private static final TestPki PKI = TestPki.create("Cloud CA");
    private static final Issued THING = PKI.client(KeyType.EC, "home1");

    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();

    /** An AWS IoT Core Thing with its certificate, then changed as the case says ({@code null} removes). */
    private static Map<String, Object> aws(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put("endpoint", "a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com");
        config.put("thingName", "home1");
        config.put("clientCertificate", THING.certificatePem());
        config.put("privateKey", THING.pkcs8Pem());
        return changed(config, keyValues);
    }

    /** An Azure IoT Hub device with its connection string, then changed as the case says ({@code null} removes). */
    private static Map<String, Object> azure(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put("connectionString", CONNECTION_STRING);
        return changed(config, keyValues);
    }

    private static Arguments bad(ThingTypeUID type, String name, Map<String, Object> config, String key,
            String... arguments) {
        return Arguments.of(type.getId() + ": " + name, type, config, key, List.of(arguments));
    }

    /** The cases of the cloud Thing types and of the parameters every type has. */
    static Stream<Arguments> badCloudConfigurations() {
        ThingTypeUID aws = CloudSyncBindingConstants.THING_TYPE_AWS_IOT;
        ThingTypeUID azure = CloudSyncBindingConstants.THING_TYPE_AZURE_IOT_HUB;
        ThingTypeUID mqtt = CloudSyncBindingConstants.THING_TYPE_MQTT;
        String awsName = "AWS IoT Core";
        String azureName = "Azure IoT Hub";
        return Stream.of(
                // AWS IoT Core: its rules
                bad(aws, "QoS 2", aws("qos", 2), "offline.conf-error-rule-qos", awsName, "2"),
                bad(aws, "keep-alive below 30 s", aws("keepAlive", 10), "offline.conf-error-rule-keep-alive", awsName,
                        "10", "30", "1200"),
                bad(aws, "keep-alive off", aws("keepAlive", 0), "offline.conf-error-rule-keep-alive", awsName, "0",
                        "30", "1200"),
                bad(aws, "keep-alive over 1200 s", aws("keepAlive", 1800), "offline.conf-error-rule-keep-alive",
                        awsName, "1800", "30", "1200"),
                bad(aws, "client id (thing name) over 128 bytes", aws("thingName", "t".repeat(129)),
                        "offline.conf-error-rule-client-id-length", awsName, "129", "128"),
                bad(aws, "message size limit over 128 KB", aws("maxMessageBytes", 200_000),
                        "offline.conf-error-rule-message-bytes", awsName, "200000", "131072"),
                bad(aws, "topic with 8 slashes", aws("topic", "a/b/c/d/e/f/g/h/{item}"),
                        "offline.conf-error-rule-topic-slashes", awsName, "a/b/c/d/e/f/g/h/{item}", "8", "7"),
                bad(aws, "topic over 256 bytes without placeholders", aws("topic", "t".repeat(300) + "/{item}"),
                        "offline.conf-error-rule-topic-length", awsName, "t".repeat(300) + "/{item}", "301", "256"),
                bad(aws, "batch topic with 8 slashes in json-batch",
                        aws("payloadFormat", "json-batch", "batchTopic", "a/b/c/d/e/f/g/{thingName}/batch"),
                        "offline.conf-error-rule-topic-slashes", awsName, "a/b/c/d/e/f/g/home1/batch", "8", "7"),
                bad(aws, "status topic with 8 slashes", aws("statusTopic", "s/t/a/t/u/s/o/f/{thing}"),
                        "offline.conf-error-rule-topic-slashes", awsName, "s/t/a/t/u/s/o/f/home", "8", "7"),
                // AWS IoT Core: how it connects
                bad(aws, "no endpoint", aws("endpoint", ""), "offline.conf-error-aws-endpoint-missing"),
                bad(aws, "endpoint given as a URL with credentials",
                        aws("endpoint", "mqtts://user:s3cret@a1b2c3-ats.iot.eu-west-1.amazonaws.com"),
                        "offline.conf-error-aws-endpoint", "mqtts://***@a1b2c3-ats.iot.eu-west-1.amazonaws.com"),
                bad(aws, "no thing name", aws("thingName", ""), "offline.conf-error-aws-thing-name-missing"),
                bad(aws, "thing name with a slash", aws("thingName", "home/1"), "offline.conf-error-aws-thing-name",
                        "home/1"),
                bad(aws, "neither certificate nor authorizer", aws("clientCertificate", null, "privateKey", null),
                        "offline.conf-error-aws-certificate-missing"),
                bad(aws, "password without authorizer", aws("username", "home1", "password", "pa55word"),
                        "offline.conf-error-aws-login-without-authorizer"),
                bad(aws, "authorizer and certificate", aws("authorizerName", "HomeAuthorizer"),
                        "offline.conf-error-aws-authorizer-and-certificate"),
                bad(aws, "authorizer on port 8883",
                        aws("clientCertificate", null, "privateKey", null, "authorizerName", "HomeAuthorizer",
                                "password", "pa55word", "port", 8883),
                        "offline.conf-error-aws-authorizer-port", "8883"),
                bad(aws, "port 1883", aws("port", 1883), "offline.conf-error-aws-port", "1883"),
                bad(aws, "client certificate without its key", aws("privateKey", null),
                        "offline.conf-error-key-missing"),
                // Azure IoT Hub: the connection string
                bad(azure, "connection string of a hub policy",
                        azure("connectionString",
                                "HostName=myhub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey="
                                        + DEVICE_KEY),
                        "offline.conf-error-azure-connection-string-policy"),
                bad(azure, "connection string without DeviceId",
                        azure("connectionString", "HostName=myhub.azure-devices.net;SharedAccessKey=" + DEVICE_KEY),
                        "offline.conf-error-azure-connection-string-missing", "DeviceId"),
                bad(azure, "key that is not base64",
                        azure("connectionString",
                                "HostName=myhub.azure-devices.net;DeviceId=home1;SharedAccessKey=s3cret!key"),
                        "offline.conf-error-azure-connection-string-key"),
                bad(azure, "nothing to authenticate with", azure("connectionString", null),
                        "offline.conf-error-azure-connection-string-empty"),
                bad(azure, "connection string and X.509 settings", azure("clientCertificate", THING.certificatePem()),
                        "offline.conf-error-azure-connection-string-and-x509"),
                // Azure IoT Hub: its rules and its fixed topics
                bad(azure, "QoS 2", azure("qos", 2), "offline.conf-error-rule-qos", azureName, "2"),
                bad(azure, "keep-alive over 1177 s", azure("keepAlive", 1200), "offline.conf-error-rule-keep-alive",
                        azureName, "1200", "1", "1177"),
                bad(azure, "keep-alive off", azure("keepAlive", 0), "offline.conf-error-rule-keep-alive", azureName,
                        "0", "1", "1177"),
                bad(azure, "message size limit over 256 KB", azure("maxMessageBytes", 300_000),
                        "offline.conf-error-rule-message-bytes", azureName, "300000", "262144"),
                bad(azure, "a status topic", azure("statusTopic", "openhab/{thing}/status"),
                        "offline.conf-error-azure-topic", "statusTopic"),
                bad(azure, "a topic", azure("topic", "openhab/{item}"), "offline.conf-error-azure-topic", "topic"),
                bad(azure, "SAS token validity of 2 minutes", azure("sasTokenValidity", 2),
                        "offline.conf-error-azure-token-validity", "2"),
                bad(azure, "SAS token validity over a day", azure("sasTokenValidity", 1441),
                        "offline.conf-error-azure-token-validity", "1441"),
                bad(azure, "unknown transport", azure("transport", "amqp"), "offline.conf-error-azure-transport",
                        "amqp"),
                // Azure IoT Hub: X.509
                bad(azure, "X.509 without private key",
                        azure("connectionString", null, "hostName", "myhub.azure-devices.net", "deviceId", "home1",
                                "clientCertificate", THING.certificatePem()),
                        "offline.conf-error-azure-x509-missing", "privateKey"),
                bad(azure, "X.509 without device ID",
                        azure("connectionString", null, "hostName", "myhub.azure-devices.net", "clientCertificate",
                                THING.certificatePem(), "privateKey", THING.pkcs8Pem()),
                        "offline.conf-error-azure-x509-missing", "deviceId"),
                bad(azure, "X.509 device ID with #",
                        azure("connectionString", null, "hostName", "myhub.azure-devices.net", "deviceId", "home#1",
                                "clientCertificate", THING.certificatePem(), "privateKey", THING.pkcs8Pem()),
                        "offline.conf-error-rule-client-id-characters", azureName, "home#1", "#"),
                bad(azure, "X.509 device ID over 128 bytes",
                        azure("connectionString", null, "hostName", "myhub.azure-devices.net", "deviceId",
                                "d".repeat(129), "clientCertificate", THING.certificatePem(), "privateKey",
                                THING.pkcs8Pem()),
                        "offline.conf-error-rule-client-id-length", azureName, "129", "128"),
                bad(azure, "X.509 host name with a scheme",
                        azure("connectionString", null, "hostName", "https://myhub.azure-devices.net", "deviceId",
                                "home1", "clientCertificate", THING.certificatePem(), "privateKey", THING.pkcs8Pem()),
                        "offline.conf-error-azure-host-name", "https://myhub.azure-devices.net"),
                // the new parameters every type has
                bad(mqtt, "gzip with per-item JSON", config("compression", "gzip"),
                        "offline.conf-error-compression-not-batch", "gzip", "json"),
                bad(azure, "gzip with raw", azure("compression", "gzip", "payloadFormat", "raw"),
                        "offline.conf-error-compression-not-batch", "gzip", "raw"),
                bad(mqtt, "unknown compression", config("compression", "zip", "payloadFormat", "json-batch"),
                        "offline.conf-error-compression", "zip"),
                bad(mqtt, "negative publish rate", config("maxPublishRate", -1), "offline.conf-error-max-publish-rate",
                        "-1"),
                bad(mqtt, "negative byte rate", config("maxBytesRate", -1), "offline.conf-error-max-bytes-rate", "-1"),
                bad(aws, "byte rate below the message size", aws("maxBytesRate", 65_536),
                        "offline.conf-error-max-bytes-rate-message", "65536", "131072"),
                bad(mqtt, "a glob among the picked items", config("items", List.of("Kitchen_Temp", "Sensor_*")),
                        "offline.conf-error-items", "Sensor_*"),
                // the failover host list
                bad(mqtt, "host list mixing TLS and plain", config("host", "broker-a.example.com, mqtts://broker-b"),
                        "offline.conf-error-failover-tls", "ssl://broker-b:8883", "tcp://broker-a.example.com:1883"),
                bad(mqtt, "host list with two logins",
                        config("host", "mqtts://home1:s3cret@broker-a,mqtts://home1:pa55word@broker-b"),
                        "offline.conf-error-failover-login"),
                bad(mqtt, "host list with credentials but no scheme, comma in the password",
                        config("host", "broker-a,home1:s3c,ret@broker-b"), "offline.conf-error-host-credentials"),
                bad(mqtt, "host list with a broken entry", config("host", "broker-a, broker b"),
                        "offline.conf-error-host-invalid", "broker b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCloudConfigurations")
    void badCloudSettingIsAConfigurationErrorNamingTheRuleOrSetting(String name, ThingTypeUID type,
            Map<String, Object> config, String key, List<String> arguments) {
        HandlerHarness current = closed.add(HandlerHarness.initialize(type, config, "home"));

        String description = assertConfigurationError(current, name, key, arguments);
        assertFalse(description.contains(DEVICE_KEY.substring(0, 12)), "the status text shows the device key");
    }
}
