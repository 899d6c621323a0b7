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
import org.openhab.binding.cloudsync.internal.outbox.OutboxSettings;
import org.openhab.binding.cloudsync.internal.outbox.OverflowPolicy;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * Specifies the reliability settings: what the defaults give, what each parameter becomes, and what a wrong value
 * is told.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class OutboxConfigParserTest {

    private static EndpointSettings parse(MqttEndpointConfiguration config, EndpointIdentity identity)
            throws InvalidConfigurationException {
        return EndpointConfigParser.parse(config, identity).settings();
    }

    private static MqttEndpointConfiguration config(Consumer<MqttEndpointConfiguration> change) {
        return TestSettings.config(change);
    }

    @Test
    void defaultsKeepUpTo100000ChangesAnd100MegabytesOnDiskDroppingTheOldest() throws InvalidConfigurationException {
        OutboxSettings settings = OutboxConfigParser.parse(config(c -> {
        }));

        assertTrue(settings.persistent(), "the queue is kept on disk unless asked otherwise");
        assertEquals(100_000, settings.maxQueued());
        assertEquals(100L * 1024 * 1024, settings.maxQueuedBytes());
        assertEquals(OverflowPolicy.DROP_OLDEST, settings.overflowPolicy());
        assertEquals(0, settings.maxAgeMillis(), "changes of any age are sent by default");
        assertEquals(10_000, settings.retryIntervalMillis());
        assertEquals(10, settings.maxRetries());
    }

    @Test
    void parametersBecomeSettingsInMillisecondsAndBytes() throws InvalidConfigurationException {
        OutboxSettings settings = OutboxConfigParser.parse(config(c -> {
            c.persistent = false;
            c.maxQueued = 500;
            c.maxQueuedMB = 2;
            c.overflowPolicy = " keep-latest-per-item ";
            c.maxAge = 3600;
            c.retryInterval = 30;
            c.maxRetries = 0;
        }));

        assertEquals(new OutboxSettings(false, 500, 2L * 1024 * 1024, OverflowPolicy.KEEP_LATEST_PER_ITEM, 3_600_000,
                30_000, 0), settings);
    }

    @Test
    void theEndpointSettingsCarryTheOutboxSettings() throws InvalidConfigurationException {
        assertEquals(OverflowPolicy.DROP_NEWEST,
                parse(config(c -> c.overflowPolicy = "drop-newest"), TestSettings.HOME).outbox().overflowPolicy());
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of( //
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.maxQueued = 0,
                        "offline.conf-error-max-queued", "0"),
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.maxQueued = 10_000_001,
                        "offline.conf-error-max-queued", "10000001"),
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.maxQueuedMB = 0,
                        "offline.conf-error-max-queued-mb", "0"),
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.overflowPolicy = "drop-random",
                        "offline.conf-error-overflow-policy", "drop-random"),
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.maxAge = -1, "offline.conf-error-max-age",
                        "-1"),
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.retryInterval = 0,
                        "offline.conf-error-retry-interval", "0"),
                Arguments.of((Consumer<MqttEndpointConfiguration>) c -> c.maxRetries = -3,
                        "offline.conf-error-max-retries", "-3"));
    }

    @ParameterizedTest
    @MethodSource("wrongValues")
    void wrongValueIsAConfigurationErrorNamingTheValue(Consumer<MqttEndpointConfiguration> change, String textKey,
            String argument) {
        InvalidConfigurationException error = assertThrows(InvalidConfigurationException.class,
                () -> OutboxConfigParser.parse(config(change)));

        assertEquals(textKey, error.textKey());
        assertEquals(List.of(argument), error.arguments());
    }
}
