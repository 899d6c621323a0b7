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
package org.openhab.binding.cloudsync.internal.endpoint;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link DeliverySettings} say how often and how an endpoint sends.
 *
 * @param qos the MQTT quality of service, 0 to 2
 * @param retain whether the broker keeps the last message per topic
 * @param intervalSeconds seconds between sends; 0 sends each change at once
 * @param coalesce in interval mode, whether only the latest waiting state per item is sent
 * @param publishOnConnect whether the current state of every selected item is sent each time the link comes up
 * @param maxPublishRate the most messages sent per second; 0 for no limit
 * @param maxBytesRate the most payload bytes sent per second; 0 for no limit
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record DeliverySettings(int qos, boolean retain, int intervalSeconds, boolean coalesce, boolean publishOnConnect,
        long maxPublishRate, long maxBytesRate) {

    /** Whether each change goes as soon as it is queued, instead of at the next interval tick. */
    public boolean sendsAtOnce() {
        return intervalSeconds == 0;
    }
}
