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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link ConnectionSettings} say how to reach and log in to one broker.
 *
 * @param serverUri the Paho server URI, for example {@code tcp://broker.example.com:1883}
 * @param clientId the MQTT client identifier
 * @param username the login name, or null for none
 * @param password the login password, or null for none; never printed
 * @param keepAliveSeconds the MQTT keep-alive
 * @param inFlightWindow the most unacknowledged publishes at once
 * @param minBackoffMillis the first reconnect delay
 * @param maxBackoffMillis the longest reconnect delay
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ConnectionSettings(String serverUri, String clientId, @Nullable String username,
        @Nullable String password, int keepAliveSeconds, int inFlightWindow, long minBackoffMillis,
        long maxBackoffMillis) {

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "ConnectionSettings[" + serverUri + ", clientId=" + clientId + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
