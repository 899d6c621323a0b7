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
package org.openhab.binding.cloudsync.internal.testutil;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.testutil.AzureIotHubBroker.Refusal;

/**
 * The {@link SasTokenCheck} checks an Azure IoT Hub SAS token as the hub does for a device key, written from
 * Azure's documentation and independent of the add-on's token code, so the tests compare two implementations.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SasTokenCheck {

    private SasTokenCheck() {
    }

    /**
     * Checks a SAS token the way the hub does for a device key, independently of the add-on's code.
     *
     * @return null if the token is valid at {@code now}, otherwise why not
     */
    public static @Nullable Refusal verify(String token, String hostName, String deviceId, byte[] key, Instant now) {
        String prefix = "SharedAccessSignature ";
        if (!token.startsWith(prefix)) {
            return Refusal.MALFORMED_TOKEN;
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : token.substring(prefix.length()).split("&")) {
            int equals = field.indexOf('=');
            if (equals <= 0 || fields.put(field.substring(0, equals), field.substring(equals + 1)) != null) {
                return Refusal.MALFORMED_TOKEN;
            }
        }
        String sr = fields.get("sr");
        String sig = fields.get("sig");
        String se = fields.get("se");
        if (sr == null || sig == null || se == null || !se.matches("\\d{1,12}")) {
            return Refusal.MALFORMED_TOKEN;
        }
        if (fields.containsKey("skn")) {
            return Refusal.POLICY_TOKEN; // this stand-in knows device keys only
        }
        String resource = URLDecoder.decode(sr, StandardCharsets.UTF_8);
        int devicesAt = resource.indexOf("/devices/");
        if (devicesAt < 0 || !resource.substring(0, devicesAt).equalsIgnoreCase(hostName)
                || !resource.substring(devicesAt + "/devices/".length()).equals(deviceId)) {
            return Refusal.WRONG_RESOURCE;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(URLDecoder.decode(sig, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Refusal.MALFORMED_TOKEN;
        }
        byte[] expected = hmacSha256(key, (sr + "\n" + se).getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected, given)) {
            return Refusal.BAD_SIGNATURE;
        }
        if (now.getEpochSecond() >= Long.parseLong(se)) {
            return Refusal.EXPIRED;
        }
        return null;
    }

    private static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expiry in a token, for the cut; null if it has none. */
    static @Nullable Instant expiryOf(byte @Nullable [] password) {
        if (password == null) {
            return null;
        }
        for (String field : new String(password, StandardCharsets.UTF_8).split("[ &]")) {
            if (field.startsWith("se=") && field.substring(3).matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(field.substring(3)));
            }
        }
        return null;
    }
}
