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
package org.openhab.binding.cloudsync.itests.driver.internal;

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@link BundledPahoProbe} uses the Paho bundle as the add-on will: its classes come through this bundle's
 * {@code Import-Package}, and Paho finds its TCP network module through {@code META-INF/services} with its own
 * bundle class loader. If that lookup failed in OSGi, {@code new MqttClient("tcp://...")} would throw
 * "no NetworkModule installed for scheme tcp".
 */
@NonNullByDefault
final class BundledPahoProbe {

    private BundledPahoProbe() {
    }

    static String publish(String brokerUri, String clientId, String topic, String payload) {
        Bundle pahoBundle = FrameworkUtil.getBundle(MqttClient.class);
        if (pahoBundle == null) {
            throw new IllegalStateException("MqttClient was not loaded by a bundle but by "
                    + MqttClient.class.getClassLoader() + ": the driver does not use the Paho bundle");
        }
        try {
            MqttClient client = new MqttClient(brokerUri, clientId, new MemoryPersistence());
            try {
                MqttConnectOptions options = new MqttConnectOptions();
                options.setCleanSession(true);
                options.setConnectionTimeout(5);
                client.connect(options);
                client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
                client.disconnect(2_000);
            } finally {
                client.close();
            }
        } catch (MqttException | IllegalArgumentException e) {
            throw new IllegalStateException("Paho from bundle " + pahoBundle.getSymbolicName() + " "
                    + pahoBundle.getVersion() + " could not publish to " + brokerUri + ": " + e, e);
        }
        return pahoBundle.getSymbolicName() + " " + pahoBundle.getVersion();
    }
}
