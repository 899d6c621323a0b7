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
package org.openhab.binding.cloudsync.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * The {@link CloudSyncBindingConstants} class defines the identifiers shared across the binding.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class CloudSyncBindingConstants {

    public static final String BINDING_ID = "cloudsync";

    /** Any MQTT 3.1.1 broker. */
    public static final ThingTypeUID THING_TYPE_MQTT = new ThingTypeUID(BINDING_ID, "mqtt");
    /** One AWS IoT Core thing. */
    public static final ThingTypeUID THING_TYPE_AWS_IOT = new ThingTypeUID(BINDING_ID, "aws-iot");
    /** One Azure IoT Hub device. */
    public static final ThingTypeUID THING_TYPE_AZURE_IOT_HUB = new ThingTypeUID(BINDING_ID, "azure-iot-hub");

    /** Every Thing type: one engine behind all of them, only their configuration differs. */
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_MQTT, THING_TYPE_AWS_IOT,
            THING_TYPE_AZURE_IOT_HUB);

    // status channels of an endpoint Thing
    public static final String CHANNEL_CONNECTED = "connected";
    public static final String CHANNEL_QUEUED = "queued";
    public static final String CHANNEL_SENT = "sent";
    public static final String CHANNEL_FAILED = "failed";
    public static final String CHANNEL_DROPPED = "dropped";
    public static final String CHANNEL_LAST_SUCCESS = "last-success";
    public static final String CHANNEL_LAST_ERROR = "last-error";

    /** Thing property: the MQTT client id in use (configured, or derived from the instance and the Thing UID). */
    public static final String PROPERTY_CLIENT_ID = "clientId";

    private CloudSyncBindingConstants() {
    }
}
