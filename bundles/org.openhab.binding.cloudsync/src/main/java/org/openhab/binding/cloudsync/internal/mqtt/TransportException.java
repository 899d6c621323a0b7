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

/**
 * The {@link TransportException} says why an {@link MqttTransport} did not take or deliver a message, or could
 * not be made, in words fit for a log or a status text (never with a secret).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    public TransportException(String reason) {
        super(reason);
    }

    public TransportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
