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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.payload.PayloadFormat;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * Specifies which endpoint configurations are accepted and what a wrong one is told.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class EndpointConfigParserTest {

    private static final EndpointIdentity THING = TestSettings.HOME;

    private static EndpointSettings parse(MqttEndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        return EndpointConfigParser.parse(config, identity).settings();
    }

    private static MqttEndpointConfiguration config(Consumer<MqttEndpointConfiguration> change) {
        return TestSettings.config(change);
    }

    @Test
    void onlyAHostIsNeededForAFirstSync() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
        }), THING);

        assertEquals("tcp://broker.example.com:1883", settings.connection().serverUri());
        assertEquals(THING.defaultClientId(), settings.connection().clientId());
        assertNull(settings.connection().username());
        assertNull(settings.connection().password());
        assertEquals("openhab/{item}/state", settings.payload().topic().toString());
        assertEquals(PayloadFormat.JSON, settings.payload().format());
        assertEquals(1, settings.delivery().qos());
        assertFalse(settings.delivery().retain());
        assertEquals(5, settings.delivery().intervalSeconds());
        assertTrue(settings.delivery().coalesce(), "interval mode coalesces by default");
        assertEquals(Trigger.CHANGE, settings.selection().trigger());
        assertEquals(List.of(), settings.selection().include(), "all items by default");
        assertTrue(settings.selection().ignoreUndefined());
    }

    @Test
    void ipv6AddressIsBracketedInTheServerUri() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.host = "::1"), THING);

        assertEquals("tcp://[::1]:1883", settings.connection().serverUri());
    }

    @Test
    void credentialsAndClientIdAreTakenAsGiven() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
            c.username = "user";
            c.password = "secret";
            c.clientId = "my-client";
        }), THING);

        assertEquals("user", settings.connection().username());
        assertEquals("secret", password(settings.connection()));
        assertEquals("my-client", settings.connection().clientId());
        assertFalse(settings.connection().toString().contains("secret"), "password must not be in toString()");
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of( //
                Arguments.of("empty host", config(c -> c.host = ""), "offline.conf-error-host-missing", List.of()),
                Arguments.of("blank host", config(c -> c.host = "   "), "offline.conf-error-host-missing", List.of()),
                Arguments.of("host with space", config(c -> c.host = "my broker"), "offline.conf-error-host-invalid",
                        List.of("my broker")),
                Arguments.of("host with path", config(c -> c.host = "broker/x"), "offline.conf-error-host-invalid",
                        List.of("broker/x")),
                Arguments.of("port 0", config(c -> c.port = 0), "offline.conf-error-port", List.of("0")),
                Arguments.of("port 65536", config(c -> c.port = 65536), "offline.conf-error-port", List.of("65536")),
                Arguments.of("negative port", config(c -> c.port = -1), "offline.conf-error-port", List.of("-1")),
                Arguments.of("qos 3", config(c -> c.qos = 3), "offline.conf-error-qos", List.of("3")),
                Arguments.of("qos -1", config(c -> c.qos = -1), "offline.conf-error-qos", List.of("-1")),
                Arguments.of("negative interval", config(c -> c.interval = -5), "offline.conf-error-interval",
                        List.of("-5")),
                Arguments.of("interval over a day", config(c -> c.interval = 86_401), "offline.conf-error-interval",
                        List.of("86401")),
                Arguments.of("unknown publishOnConnect", config(c -> c.publishOnConnect = "some"),
                        "offline.conf-error-publish-on-connect", List.of("some")),
                Arguments.of("wildcard + in topic", config(c -> c.topic = "a/+/b"), "offline.conf-error-topic",
                        List.of("a/+/b", "it contains the wildcard +")),
                Arguments.of("wildcard # in topic", config(c -> c.topic = "a/#"), "offline.conf-error-topic",
                        List.of("a/#", "it contains the wildcard #")),
                Arguments.of("empty topic level", config(c -> c.topic = "a//{item}"), "offline.conf-error-topic",
                        List.of("a//{item}", "it has an empty level")),
                Arguments.of("unknown placeholder", config(c -> c.topic = "a/{foo}"), "offline.conf-error-topic",
                        List.of("a/{foo}", "{foo} is not a known placeholder")),
                Arguments.of("empty topic", config(c -> c.topic = ""), "offline.conf-error-topic",
                        List.of("", "it is empty")),
                Arguments.of("unknown trigger", config(c -> c.trigger = "command"), "offline.conf-error-trigger",
                        List.of("command")),
                Arguments.of("include entry with space", config(c -> c.include = List.of("Kitchen Light")),
                        "offline.conf-error-selection",
                        List.of("include", "\"Kitchen Light\" is not an item name (letters, digits and _)")),
                Arguments.of("unknown include prefix", config(c -> c.include = List.of("room:Kitchen")),
                        "offline.conf-error-selection",
                        List.of("include", "\"room:Kitchen\" has an unknown prefix; use group:, tag: or type:")),
                Arguments.of("exclude group without name", config(c -> c.exclude = List.of("group:")),
                        "offline.conf-error-selection", List.of("exclude", "\"group:\" names no group")),
                Arguments.of("negative deadband", config(c -> c.deadband = new BigDecimal("-0.5")),
                        "offline.conf-error-deadband", List.of("-0.5")),
                Arguments.of("negative minimum interval", config(c -> c.minInterval = -1),
                        "offline.conf-error-min-interval", List.of("-1")),
                Arguments.of("unknown payload format", config(c -> c.payloadFormat = "xml"),
                        "offline.conf-error-format", List.of("xml")),
                Arguments.of("batch topic with item", config(c -> c.batchTopic = "b/{item}"),
                        "offline.conf-error-batch-topic",
                        List.of("b/{item}", "a batch holds many items, so only {thing} can be used")),
                Arguments.of("batch topic with wildcard", config(c -> c.batchTopic = "b/#"),
                        "offline.conf-error-batch-topic", List.of("b/#", "it contains the wildcard #")),
                Arguments.of("batch size 0", config(c -> c.maxBatchItems = 0), "offline.conf-error-batch-items",
                        List.of("0")),
                Arguments.of("message limit too small", config(c -> c.maxMessageBytes = 10),
                        "offline.conf-error-message-bytes", List.of("10")),
                Arguments.of("static field without =", config(c -> c.staticFields = List.of("site")),
                        "offline.conf-error-static-field", List.of("site", "write it as name=value")),
                Arguments.of("static field reusing a message field", config(c -> c.staticFields = List.of("item=x")),
                        "offline.conf-error-static-field", List.of("item=x", "\"item\" is a field of every message")),
                Arguments.of("unknown mode", config(c -> c.mode = "latest"), "offline.conf-error-mode",
                        List.of("latest")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void badConfigurationNamesTheSettingAndTheProblem(String name, MqttEndpointConfiguration config, String key,
            List<String> arguments) {
        InvalidConfigurationException error = assertThrows(InvalidConfigurationException.class,
                () -> parse(config, THING));

        assertEquals(key, error.textKey(), "i18n key for " + name);
        assertEquals(arguments, error.arguments(), "arguments for " + name);
    }

    @Test
    void selectionEntriesMayBeCommaSeparatedInOneField() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
            c.include = List.of("Sensor_*, group:gKitchen", "tag:Temperature");
            c.exclude = List.of("type:String");
        }), THING);

        assertEquals("[Sensor_*, group:gKitchen, tag:Temperature]", settings.selection().include().toString());
        assertEquals("[type:String]", settings.selection().exclude().toString());
    }

    @Test
    void staticFieldsKeepTheirOrder() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.staticFields = List.of("site=home1", "gateway = gw-7")), THING);

        assertEquals("{site=home1, gateway=gw-7}", settings.payload().staticFields().toString());
    }

    @Test
    void immediateSendingNeverCoalesces() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> c.interval = 0), THING);

        assertTrue(settings.delivery().sendsAtOnce());
        assertFalse(settings.delivery().coalesce());
    }

    @Test
    void anIntervalOfADayIsTheLongestAndPublishingOnConnectIsPartOfTheDelivery() throws InvalidConfigurationException {
        EndpointSettings settings = parse(config(c -> {
            c.interval = 86_400;
            c.publishOnConnect = " all ";
        }), THING);

        assertFalse(settings.delivery().sendsAtOnce());
        assertTrue(settings.delivery().publishOnConnect());
        assertFalse(parse(config(c -> {
        }), THING).delivery().publishOnConnect(), "nothing is republished on connect by default");
    }

    /** The password the settings give for a connect, or null for none. */
    private static @Nullable String password(ConnectionSettings settings) {
        PasswordSource source = settings.password();
        return source == null ? null : source.next();
    }
}
