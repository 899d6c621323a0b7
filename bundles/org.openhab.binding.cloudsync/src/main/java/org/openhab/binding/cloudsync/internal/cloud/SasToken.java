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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link SasToken} is an Azure IoT Hub shared access signature for one device, the password of its MQTT
 * CONNECT, computed as Azure's "Control access to IoT Hub with shared access signatures" describes for a device
 * key:
 * <ol>
 * <li>resource URI {@code {HostName}/devices/{DeviceId}}, URL-encoded with lower-case escapes
 * ({@code myhub.azure-devices.net%2fdevices%2fdevice1}), host name and device ID as given;</li>
 * <li>string to sign: the encoded resource URI, {@code \n}, the expiry in seconds since the epoch;</li>
 * <li>signature: HMAC-SHA256 of its UTF-8 bytes with the base64-<em>decoded</em> device key, base64-encoded, then
 * URL-encoded;</li>
 * <li>token: {@code SharedAccessSignature sr={encoded URI}&sig={encoded signature}&se={expiry}}, without
 * {@code skn}, which names hub policies only.</li>
 * </ol>
 * The SDKs differ in the case of the escapes ({@code %2f} in the C SDK's {@code URL_Encode} and the docs' samples,
 * {@code %2F} in the embedded C SDK and {@link java.net.URLEncoder}) and the Java device SDK even signs the
 * unencoded URI; the hub accepts all of them because it checks the signature over the {@code sr} exactly as sent.
 * What matters is that the {@code sr} in the token is the very text that was signed, which this class guarantees.
 * <p>
 * An expiry with a fraction of a second is cut to the whole second before it, so the token never outlives the
 * requested instant. A token is a credential until it expires: {@link #toString()} hides the signature.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SasToken {

    private static final String PREFIX = "SharedAccessSignature ";

    private final String encodedResourceUri;
    private final String encodedSignature;
    private final Instant expiry;

    private SasToken(String encodedResourceUri, String encodedSignature, Instant expiry) {
        this.encodedResourceUri = encodedResourceUri;
        this.encodedSignature = encodedSignature;
        this.expiry = expiry;
    }

    /** A token for a device, signed with the raw (base64-decoded) device key. */
    public static SasToken create(String hostName, String deviceId, byte[] key, Instant expiry) {
        return create(hostName, deviceId, DeviceKey.of(key), expiry);
    }

    /**
     * A token for a device.
     *
     * @throws IllegalArgumentException if the host name or device ID is empty or the expiry is before 1970
     */
    public static SasToken create(String hostName, String deviceId, DeviceKey key, Instant expiry) {
        if (hostName.isEmpty() || deviceId.isEmpty()) {
            throw new IllegalArgumentException("host name and device ID must not be empty");
        }
        long seconds = expiry.getEpochSecond();
        if (seconds < 0) {
            throw new IllegalArgumentException("the expiry is before 1970");
        }
        String encodedUri = PercentEncoding.lowerCase(resourceUri(hostName, deviceId));
        String signature = sign(encodedUri, seconds, key);
        return new SasToken(encodedUri, PercentEncoding.lowerCase(signature), Instant.ofEpochSecond(seconds));
    }

    /** The resource URI of a device, not encoded: {@code {HostName}/devices/{DeviceId}}. */
    public static String resourceUri(String hostName, String deviceId) {
        return hostName + "/devices/" + deviceId;
    }

    /**
     * The base64 signature (not URL-encoded) of a signed resource and expiry: base64 of HMAC-SHA256 over the UTF-8
     * bytes of {@code signedResource + "\n" + expirySeconds}.
     */
    public static String sign(String signedResource, long expirySeconds, DeviceKey key) {
        byte[] toSign = (signedResource + "\n" + expirySeconds).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(key.hmacSha256(toSign));
    }

    /** The whole token, {@code SharedAccessSignature sr=...&sig=...&se=...}: the MQTT password. */
    public String value() {
        return PREFIX + "sr=" + encodedResourceUri + "&sig=" + encodedSignature + "&se=" + expiry.getEpochSecond();
    }

    /** The token as Paho takes a password. */
    public char[] password() {
        return value().toCharArray();
    }

    /** The URL-encoded resource URI, the {@code sr} field. */
    public String encodedResourceUri() {
        return encodedResourceUri;
    }

    /** When the hub stops accepting the token and cuts a connection made with it (whole seconds). */
    public Instant expiry() {
        return expiry;
    }

    /** Whether the token has expired at the given instant (it is valid up to, not including, its expiry). */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiry);
    }

    @Override
    public String toString() {
        return "SasToken[sr=" + encodedResourceUri + ", se=" + expiry.getEpochSecond() + ", sig=<hidden>]";
    }
}
