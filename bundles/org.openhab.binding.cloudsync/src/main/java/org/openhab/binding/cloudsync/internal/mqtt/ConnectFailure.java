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
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The {@link ConnectFailure} is why a connect attempt failed, sorted into what the user must fix (the
 * configuration) and what may pass (the network or the broker).
 *
 * @param notAuthorized the broker refused the credentials or the client id
 * @param reason a readable reason without secrets
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ConnectFailure(boolean notAuthorized, String reason) {

    static ConnectFailure of(Throwable error) {
        if (error instanceof MqttException mqtt) {
            int code = mqtt.getReasonCode();
            if (code == MqttException.REASON_CODE_FAILED_AUTHENTICATION
                    || code == MqttException.REASON_CODE_NOT_AUTHORIZED
                    || code == MqttException.REASON_CODE_INVALID_CLIENT_ID) {
                return new ConnectFailure(true, describe(mqtt));
            }
            return new ConnectFailure(false, describe(mqtt));
        }
        return new ConnectFailure(false, String.valueOf(error.getMessage()));
    }

    /** Paho's message plus the root cause (for example "Connection refused"), which is what a user can act on. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(error.getMessage());
        if (root != error && root.getMessage() != null) {
            return message + " (" + root.getMessage() + ")";
        }
        return message;
    }
}
