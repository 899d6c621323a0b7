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
 * The {@link TransportListener} learns what happens to the link of an {@link MqttTransport}. Calls come from Paho's
 * and the scheduler's threads; implementations must not block.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface TransportListener {

    void connected();

    /** A connect attempt failed; another follows after a backoff. */
    void connectFailed(ConnectFailure failure);

    /** An established connection broke; reconnecting starts at once. */
    void connectionLost(String reason);
}
