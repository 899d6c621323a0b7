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
package org.openhab.binding.cloudsync.internal.cloud;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link AzureIdentity} is how one Azure IoT Hub device presents itself over MQTT 3.1.1 without an SDK, as
 * Azure's "Communicate with an IoT hub using the MQTT protocol" describes it:
 * <ul>
 * <li>client ID: the device ID;</li>
 * <li>user name: {@code {HostName}/{DeviceId}/?api-version=2021-04-12};</li>
 * <li>password: a {@link SasToken} signed with the device key;</li>
 * <li>telemetry topic: {@code devices/{DeviceId}/messages/events/}, optionally followed by a {@link PropertyBag}.</li>
 * </ul>
 * It holds the device key to sign tokens; {@link #toString()} never shows it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AzureIdentity {

    /** The API version Azure's MQTT documentation names for devices. */
    public static final String API_VERSION = "2021-04-12";
    /** MQTT over TLS; Azure IoT Hub has no plain port. */
    public static final int MQTT_PORT = 8883;

    private final String hostName;
    private final String deviceId;
    private final DeviceKey key;

    public AzureIdentity(String hostName, String deviceId, DeviceKey key) {
        if (hostName.isEmpty() || deviceId.isEmpty()) {
            throw new IllegalArgumentException("host name and device ID must not be empty");
        }
        this.hostName = hostName;
        this.deviceId = deviceId;
        this.key = key;
    }

    public String hostName() {
        return hostName;
    }

    public String deviceId() {
        return deviceId;
    }

    /** The MQTT client ID: the device ID. */
    public String clientId() {
        return deviceId;
    }

    /** The MQTT user name, {@code {HostName}/{DeviceId}/?api-version=2021-04-12}. */
    public String userName() {
        return userName(hostName, deviceId);
    }

    /**
     * The MQTT user name of a device, {@code {HostName}/{DeviceId}/?api-version=2021-04-12}; a device with an X.509
     * certificate sends it too, without a password.
     */
    public static String userName(String hostName, String deviceId) {
        return hostName + "/" + deviceId + "/?api-version=" + API_VERSION;
    }

    /** The broker URI for Paho, {@code ssl://{HostName}:8883}. */
    public String serverUri() {
        return "ssl://" + hostName + ":" + MQTT_PORT;
    }

    /** The telemetry topic without properties, {@code devices/{DeviceId}/messages/events/}. */
    public String telemetryTopic() {
        return telemetryTopic(deviceId);
    }

    /** The telemetry topic of a device without properties, {@code devices/{DeviceId}/messages/events/}. */
    public static String telemetryTopic(String deviceId) {
        return "devices/" + deviceId + "/messages/events/";
    }

    /** The telemetry topic followed by the property bag. */
    public String telemetryTopic(PropertyBag properties) {
        return telemetryTopic() + properties.encoded();
    }

    /** A SAS token, the MQTT password, that the hub accepts until {@code expiry}. */
    public SasToken token(Instant expiry) {
        return SasToken.create(hostName, deviceId, key, expiry);
    }

    @Override
    public String toString() {
        return "AzureIdentity[" + userName() + ", key=<hidden>]";
    }
}
