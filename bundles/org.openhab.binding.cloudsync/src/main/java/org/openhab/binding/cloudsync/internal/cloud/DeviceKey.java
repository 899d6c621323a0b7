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

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link DeviceKey} is the symmetric key of an Azure IoT Hub device identity: the bytes of the base64
 * {@code SharedAccessKey} of its connection string. It signs with HMAC-SHA256 and never shows itself:
 * {@link #toString()} hides the bytes, and it has no {@code equals} that could be used to probe it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class DeviceKey {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final byte[] bytes;

    private DeviceKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A key from its raw bytes (copied).
     *
     * @throws IllegalArgumentException if there are no bytes
     */
    public static DeviceKey of(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a device key has at least one byte");
        }
        return new DeviceKey(bytes.clone());
    }

    /**
     * A key from the base64 text Azure shows (standard alphabet, padding optional).
     *
     * @throws IllegalArgumentException if the text is not base64 or empty; the message never repeats the text
     */
    public static DeviceKey fromBase64(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // the decoder's message names the offending character: do not pass it on
            throw new IllegalArgumentException("the device key is not base64");
        }
        if (decoded.length == 0) {
            throw new IllegalArgumentException("the device key is empty");
        }
        return new DeviceKey(decoded);
    }

    /** The number of key bytes. */
    public int length() {
        return bytes.length;
    }

    /** A copy of the key bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** HMAC-SHA256 of the data with this key. */
    public byte[] hmacSha256(byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(bytes, HMAC_SHA256));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java runtime has HmacSHA256, and any non-empty key is valid for it
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceKey[hidden]";
    }
}
