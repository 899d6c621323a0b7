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
package org.openhab.binding.cloudsync.internal.testutil;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.config.ConfigurationError;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.config.EndpointSettingsParser;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link TestSettings} make endpoint settings the way a user's configuration does, pointed at a local
 * test broker and with a short reconnect backoff so that tests do not wait.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TestSettings {

    public static final ThingUID THING = new ThingUID("cloudsync", "mqtt", "test");

    private TestSettings() {
    }

    public static EndpointSettings endpoint(int port, Consumer<EndpointConfiguration> configure) {
        EndpointConfiguration config = new EndpointConfiguration();
        config.host = "127.0.0.1";
        config.port = port;
        configure.accept(config);
        try {
            EndpointSettings parsed = EndpointSettingsParser.parse(config, THING);
            ConnectionSettings connection = parsed.connection();
            ConnectionSettings fast = new ConnectionSettings(connection.serverUri(), connection.clientId(),
                    connection.username(), connection.password(), 30, connection.inFlightWindow(), 100, 500);
            return new EndpointSettings(parsed.selection(), parsed.payload(), parsed.delivery(), fast,
                    parsed.outbox());
        } catch (ConfigurationError e) {
            throw new IllegalArgumentException("test configuration rejected: " + e.statusDescription(), e);
        }
    }
}
