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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.cloud.AzureIdentity;
import org.openhab.binding.cloudsync.internal.cloud.DeviceKey;
import org.openhab.binding.cloudsync.internal.cloud.RuleViolation;
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;

/**
 * The {@link AzureConnectionString} is a parsed Azure IoT Hub <em>device</em> connection string,
 * {@code HostName=<hub>.azure-devices.net;DeviceId=<id>;SharedAccessKey=<base64>}, as the Azure portal shows it
 * for a device with symmetric-key authentication.
 * <p>
 * Parsing follows what Azure writes: the part names are case-sensitive ({@code HostName}, not {@code hostname}),
 * parts are separated by {@code ;} with optional spaces around it and an optional trailing {@code ;}, and a value
 * runs to the end of its part, so the {@code =} padding of a base64 key belongs to the value. It refuses what this
 * add-on cannot use, each with its own reason: a hub policy string ({@code SharedAccessKeyName}), a module
 * ({@code ModuleId}), a gateway ({@code GatewayHostName}), a ready-made token ({@code SharedAccessSignature}), an
 * X.509 device ({@code x509=true}), missing or repeated parts, a key that is not base64, a host or device ID Azure
 * would not accept.
 * <p>
 * Neither {@link #toString()} nor any {@link InvalidConfigurationException} it throws shows the key or the whole
 * string. Reading the string is configuration parsing; what the device does with it is {@link AzureIdentity}'s.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AzureConnectionString {

    public static final String HOST_NAME = "HostName";
    public static final String DEVICE_ID = "DeviceId";
    public static final String SHARED_ACCESS_KEY = "SharedAccessKey";
    public static final String SHARED_ACCESS_KEY_NAME = "SharedAccessKeyName";
    public static final String MODULE_ID = "ModuleId";
    public static final String GATEWAY_HOST_NAME = "GatewayHostName";
    public static final String SHARED_ACCESS_SIGNATURE = "SharedAccessSignature";
    public static final String X509 = "x509";

    private static final List<String> KNOWN = List.of(HOST_NAME, DEVICE_ID, SHARED_ACCESS_KEY, SHARED_ACCESS_KEY_NAME,
            MODULE_ID, GATEWAY_HOST_NAME, SHARED_ACCESS_SIGNATURE, X509);
    /**
     * A part name that is safe to repeat in a message: a short word of letters, as Azure's names are. A base64 key
     * pasted on its own also has a "name" before its {@code =} padding, but it has digits or {@code + /} and no
     * value after the {@code =}.
     */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z]{1,30}");
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)" + LABEL + "(\\." + LABEL + ")*");

    private final String hostName;
    private final String deviceId;
    private final DeviceKey key;

    private AzureConnectionString(String hostName, String deviceId, DeviceKey key) {
        this.hostName = hostName;
        this.deviceId = deviceId;
        this.key = key;
    }

    /**
     * Parses a device connection string.
     *
     * @throws InvalidConfigurationException saying what is wrong; its text never repeats the key
     */
    public static AzureConnectionString parse(String text) throws InvalidConfigurationException {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-empty");
        }
        Map<String, String> parts = split(trimmed);

        // what the string is, before what is missing in it: a policy string lacks DeviceId, but "use a device
        // connection string" is the useful answer
        if (present(parts, SHARED_ACCESS_KEY_NAME)) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-policy");
        }
        if (present(parts, MODULE_ID)) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-module");
        }
        if (present(parts, GATEWAY_HOST_NAME)) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-gateway");
        }
        if (present(parts, SHARED_ACCESS_SIGNATURE)) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-sas-token");
        }
        if (present(parts, X509)) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-x509");
        }
        for (String required : List.of(HOST_NAME, DEVICE_ID, SHARED_ACCESS_KEY)) {
            if (!present(parts, required)) {
                throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-missing", required);
            }
        }

        String hostName = parts.getOrDefault(HOST_NAME, "");
        if (!HOST.matcher(hostName).matches()) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-host", hostName);
        }
        String deviceId = parts.getOrDefault(DEVICE_ID, "");
        Optional<RuleViolation> badId = ServiceRules.AZURE_IOT_HUB.checkClientId(deviceId);
        if (badId.isPresent()) {
            RuleViolation violation = badId.get();
            throw new InvalidConfigurationException(violation.textKey(), violation.arguments().toArray(String[]::new));
        }
        DeviceKey key;
        try {
            key = DeviceKey.fromBase64(parts.getOrDefault(SHARED_ACCESS_KEY, ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-key");
        }
        return new AzureConnectionString(hostName, deviceId, key);
    }

    /** Whether the text is a DNS host name (labels of letters, digits and hyphens), as a hub's host name is. */
    static boolean isHostName(String text) {
        return HOST.matcher(text).matches();
    }

    /** The parts by name; an empty value counts as given but empty. */
    private static Map<String, String> split(String text) throws InvalidConfigurationException {
        Map<String, String> parts = new HashMap<>();
        String[] pieces = text.split(";", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            if (piece.isEmpty()) {
                continue; // a trailing ; or ;;
            }
            String position = String.valueOf(i + 1);
            int equals = piece.indexOf('=');
            if (equals <= 0) {
                // no name: never show the piece, it may be the key itself
                throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-syntax", position);
            }
            String name = piece.substring(0, equals).strip();
            String value = piece.substring(equals + 1).strip();
            if (!KNOWN.contains(name)) {
                throw unknown(name, value, position);
            }
            if (parts.putIfAbsent(name, value) != null) {
                throw new InvalidConfigurationException("offline.conf-error-azure-connection-string-duplicate", name);
            }
        }
        return parts;
    }

    private static InvalidConfigurationException unknown(String name, String value, String position) {
        for (String known : KNOWN) {
            if (known.equalsIgnoreCase(name)) {
                return new InvalidConfigurationException("offline.conf-error-azure-connection-string-name-case", name,
                        known);
            }
        }
        if (SAFE_NAME.matcher(name).matches() && !value.replace("=", "").isEmpty()) {
            return new InvalidConfigurationException("offline.conf-error-azure-connection-string-unknown", name);
        }
        return new InvalidConfigurationException("offline.conf-error-azure-connection-string-syntax", position);
    }

    private static boolean present(Map<String, String> parts, String name) {
        String value = parts.get(name);
        return value != null && !value.isEmpty();
    }

    /** The hub's host name, for example {@code myhub.azure-devices.net}. */
    public String hostName() {
        return hostName;
    }

    /** The device ID, case-sensitive as registered in the hub. */
    public String deviceId() {
        return deviceId;
    }

    /** The device's symmetric key. */
    public DeviceKey key() {
        return key;
    }

    /** The device's identity on the hub: client ID, user name and the SAS tokens signed with the key. */
    public AzureIdentity identity() {
        return new AzureIdentity(hostName, deviceId, key);
    }

    @Override
    public String toString() {
        return HOST_NAME + "=" + hostName + ";" + DEVICE_ID + "=" + deviceId + ";" + SHARED_ACCESS_KEY + "=<hidden>";
    }
}
