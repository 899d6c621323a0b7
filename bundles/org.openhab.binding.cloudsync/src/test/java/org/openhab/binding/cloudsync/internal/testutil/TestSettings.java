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

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.config.EndpointConfigParser;
import org.openhab.binding.cloudsync.internal.config.EndpointIdentity;
import org.openhab.binding.cloudsync.internal.config.InvalidConfigurationException;
import org.openhab.binding.cloudsync.internal.config.MqttEndpointConfiguration;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointServices;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PahoTransport;
import org.openhab.binding.cloudsync.internal.mqtt.TransportFactory;

/**
 * The {@link TestSettings} make configurations and endpoint settings the way a user's configuration does: a
 * configuration with only a host filled in, changed by the test, and settings pointed at a local test broker with
 * a short reconnect backoff so that tests do not wait.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TestSettings {

    /** The Thing {@code cloudsync:mqtt:home} of an openHAB installation whose instance id is {@code test}. */
    public static final EndpointIdentity HOME = EndpointIdentity.of("test", "cloudsync:mqtt:home");
    /** The Thing {@code cloudsync:mqtt:test}, whose endpoint's batch topic is {@code openhab/test/batch}. */
    public static final EndpointIdentity TEST = EndpointIdentity.of("test", "cloudsync:mqtt:test");

    private TestSettings() {
    }

    /** A configuration with only {@code host=broker.example.com}, then changed as the test says. */
    public static MqttEndpointConfiguration config(Consumer<MqttEndpointConfiguration> change) {
        MqttEndpointConfiguration config = new MqttEndpointConfiguration();
        config.host = "broker.example.com";
        change.accept(config);
        return config;
    }

    /**
     * The settings of a configuration for a broker on 127.0.0.1, reconnecting after 0.1 to 0.5 s, without a status
     * topic (so that a subscriber sees only the changes).
     */
    public static EndpointSettings endpoint(int port, Consumer<? super MqttEndpointConfiguration> configure) {
        MqttEndpointConfiguration config = config(c -> {
            c.host = "127.0.0.1";
            c.port = port;
        });
        configure.accept(config);
        try {
            EndpointSettings parsed = EndpointConfigParser.parse(config, TEST).settings();
            ConnectionSettings connection = parsed.connection();
            ConnectionSettings fast = new ConnectionSettings(connection.serverUris(), connection.clientId(),
                    connection.username(), connection.password(), 30, connection.inFlightWindow(), 100, 500,
                    connection.cleanSession(), connection.connectTimeoutSeconds(), null, connection.tls());
            return new EndpointSettings(parsed.selection(), parsed.payload(), parsed.delivery(), fast, parsed.outbox(),
                    parsed.rules());
        } catch (InvalidConfigurationException e) {
            throw new IllegalArgumentException("test configuration rejected: " + e.getMessage(), e);
        }
    }

    /** What an endpoint uses around it, with no items known and a Paho link to the broker. */
    public static EndpointServices services(ScheduledExecutorService scheduler) {
        return services(scheduler, PahoTransport::new);
    }

    public static EndpointServices services(ScheduledExecutorService scheduler, TransportFactory transports) {
        return new EndpointServices(scheduler, new MapItemDirectory(), which -> List.of(), transports);
    }
}
