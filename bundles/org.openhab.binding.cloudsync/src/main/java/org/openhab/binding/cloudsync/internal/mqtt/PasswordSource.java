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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link PasswordSource} gives the password of each connect. Most brokers take the same password every time;
 * some take a token that expires (an Azure IoT Hub SAS token), so a new one is made for each connect and the
 * transport reconnects before the one in use expires. Implementations never print the password.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface PasswordSource {

    /** The password for the connect about to be made. */
    String next();

    /** How long a password from {@link #next()} is accepted; null when it does not expire. */
    default @Nullable Duration validity() {
        return null;
    }

    /** The same password for every connect. */
    static PasswordSource fixed(String password) {
        return new PasswordSource() {
            @Override
            public String next() {
                return password;
            }

            @Override
            public String toString() {
                return "***";
            }
        };
    }
}
