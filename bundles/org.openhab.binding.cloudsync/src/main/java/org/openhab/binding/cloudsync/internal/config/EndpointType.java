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
package org.openhab.binding.cloudsync.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link EndpointType} is one Thing type of the add-on with the configuration class openHAB maps its parameters
 * onto. All types share one engine: they differ only in how their configuration is parsed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum EndpointType {

    /** Any MQTT 3.1.1 broker. */
    MQTT("mqtt", MqttEndpointConfiguration.class),
    /** One AWS IoT Core thing. */
    AWS_IOT("aws-iot", AwsIotConfiguration.class),
    /** One Azure IoT Hub device. */
    AZURE_IOT_HUB("azure-iot-hub", AzureIotHubConfiguration.class);

    private final String thingTypeId;
    private final Class<? extends EndpointConfiguration> configurationClass;

    EndpointType(String thingTypeId, Class<? extends EndpointConfiguration> configurationClass) {
        this.thingTypeId = thingTypeId;
        this.configurationClass = configurationClass;
    }

    /** The id of the Thing type, the middle part of a Thing UID such as {@code cloudsync:aws-iot:home}. */
    public String thingTypeId() {
        return thingTypeId;
    }

    /** The class openHAB's {@code getConfigAs} fills for this type. */
    public Class<? extends EndpointConfiguration> configurationClass() {
        return configurationClass;
    }

    /** The type of a Thing type id, or null for an id that is not the add-on's. */
    public static @Nullable EndpointType ofThingTypeId(String thingTypeId) {
        for (EndpointType type : values()) {
            if (type.thingTypeId.equals(thingTypeId)) {
                return type;
            }
        }
        return null;
    }
}
