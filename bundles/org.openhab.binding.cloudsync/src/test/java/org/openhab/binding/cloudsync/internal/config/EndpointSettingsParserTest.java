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

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.core.thing.ThingUID;

/**
 * Specifies which endpoint configurations are accepted and what a wrong one is told.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class EndpointSettingsParserTest {

    private static final ThingUID THING = new ThingUID("cloudsync", "mqtt", "home");

    private static EndpointConfiguration config(Consumer<EndpointConfiguration> change) {
        EndpointConfiguration config = new EndpointConfiguration();
        config.host = "broker.example.com";
        change.accept(config);
        return config;
    }

    @Test
    void onlyAHostIsNeededForAFirstSync() throws ConfigurationError {
        EndpointSettings settings = EndpointSettingsParser.parse(config(c -> {
        }), THING);

        assertEquals("tcp://broker.example.com:1883", settings.connection().serverUri());
        assertEquals("openhab-cloudsync-mqtt-home", settings.connection().clientId());
        assertNull(settings.connection().username());
        assertNull(settings.connection().password());
        assertEquals("openhab/{item}/state", settings.topic().toString());
        assertEquals(1, settings.qos());
        assertFalse(settings.retain());
        assertEquals(5, settings.intervalSeconds());
    }

    @Test
    void ipv6AddressIsBracketedInTheServerUri() throws ConfigurationError {
        EndpointSettings settings = EndpointSettingsParser.parse(config(c -> c.host = "::1"), THING);

        assertEquals("tcp://[::1]:1883", settings.connection().serverUri());
    }

    @Test
    void credentialsAndClientIdAreTakenAsGiven() throws ConfigurationError {
        EndpointSettings settings = EndpointSettingsParser.parse(config(c -> {
            c.username = "user";
            c.password = "secret";
            c.clientId = "my-client";
        }), THING);

        assertEquals("user", settings.connection().username());
        assertEquals("secret", settings.connection().password());
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
                Arguments.of("wildcard + in topic", config(c -> c.topic = "a/+/b"), "offline.conf-error-topic",
                        List.of("a/+/b", "it contains the wildcard +")),
                Arguments.of("wildcard # in topic", config(c -> c.topic = "a/#"), "offline.conf-error-topic",
                        List.of("a/#", "it contains the wildcard #")),
                Arguments.of("empty topic level", config(c -> c.topic = "a//{item}"), "offline.conf-error-topic",
                        List.of("a//{item}", "it has an empty level")),
                Arguments.of("unknown placeholder", config(c -> c.topic = "a/{foo}"), "offline.conf-error-topic",
                        List.of("a/{foo}", "{foo} is not a known placeholder")),
                Arguments.of("empty topic", config(c -> c.topic = ""), "offline.conf-error-topic",
                        List.of("", "it is empty")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void badConfigurationNamesTheSettingAndTheProblem(String name, EndpointConfiguration config, String key,
            List<String> arguments) {
        ConfigurationError error = assertThrows(ConfigurationError.class,
                () -> EndpointSettingsParser.parse(config, THING));

        assertEquals(key, error.textKey(), "i18n key for " + name);
        assertEquals(arguments, error.arguments(), "arguments for " + name);
    }

    @Test
    void statusDescriptionQuotesArgumentsAsOpenHabExpects() {
        ConfigurationError error = new ConfigurationError("offline.conf-error-topic", "a/\"b\"", "why");

        assertEquals("@text/offline.conf-error-topic [\"a/\\\"b\\\"\", \"why\"]", error.statusDescription());
    }
}
