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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link EndpointIdentity} is who an endpoint Thing is: its Thing UID, the id that fills {@code {thing}} in
 * topics, and the MQTT client id it uses when none is configured. That client id is derived, never stored: from
 * the openHAB installation's instance id and the Thing UID, so it stays the same across restarts, and a Thing
 * duplicated in Main UI, or a {@code .things} file copied to a second openHAB, gets an id of its own (a broker
 * drops the older connection of a client id, so a shared one makes both endpoints flap).
 *
 * @param thingUid the Thing UID, for example {@code cloudsync:mqtt:home}
 * @param thingId the last part of the Thing UID, for example {@code home}
 * @param defaultClientId the client id used when the configuration names none
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record EndpointIdentity(String thingUid, String thingId, String defaultClientId) {

    /**
     * The identity of a Thing in an openHAB installation.
     *
     * @param instanceId openHAB's instance id, or null when it cannot be read (then only the Thing UID counts)
     * @param thingUid the Thing UID
     */
    public static EndpointIdentity of(@Nullable String instanceId, String thingUid) {
        String thingId = thingUid.substring(thingUid.lastIndexOf(':') + 1);
        return new EndpointIdentity(thingUid, thingId, derivedClientId(instanceId, thingUid));
    }

    /**
     * {@code openhab} and 16 hex digits of a SHA-256 over the instance id and the Thing UID: 23 characters of
     * letters and digits, which every MQTT 3.1.1 broker must accept.
     */
    static String derivedClientId(@Nullable String instanceId, String thingUid) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((instanceId + "/" + thingUid).getBytes(StandardCharsets.UTF_8));
            return "openhab" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            // every Java runtime has SHA-256
            throw new IllegalStateException(e);
        }
    }
}
