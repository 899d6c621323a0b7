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
package org.openhab.binding.cloudsync.internal.mqtt;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link TransportFactory} makes the {@link MqttTransport} of an endpoint. The handler hands openHAB's
 * endpoints the Paho-backed one; tests hand in transports of their own.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface TransportFactory {

    /**
     * @param settings where the broker is and how to log in
     * @param scheduler runs the connect loop
     * @param listener told when the link comes and goes
     * @throws TransportException when the client refuses the settings (for example a server URI or client id
     *             it cannot use)
     */
    MqttTransport create(ConnectionSettings settings, ScheduledExecutorService scheduler, TransportListener listener)
            throws TransportException;
}
