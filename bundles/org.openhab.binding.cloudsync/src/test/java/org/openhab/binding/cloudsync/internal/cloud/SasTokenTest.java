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

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Specifies the SAS token of an Azure IoT Hub device: against an independent computation with
 * {@code javax.crypto} written out here, against vectors published with Azure's own SDK, and that the token and
 * its key never show in a {@code toString()}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SasTokenTest {

    private static final String HOST = "myhub.azure-devices.net";
    /** A fixed 32-byte key, as Azure generates them. */
    private static final byte[] KEY = Base64.getDecoder().decode("8Hxmq0JD3nC7l9v1zF4q2sWk6pTg5rYb0Ue3Ia7Lc1M=");
    private static final Instant EXPIRY = Instant.ofEpochSecond(1_735_689_600L); // 2025-01-01T00:00:00Z

    /**
     * The token written out from Azure's description, independently of {@link SasToken}: URL-encode with the JDK,
     * turn the escapes to lower case as the docs ask, sign with {@code javax.crypto} directly.
     */
    private static String independentToken(String host, String deviceId, byte[] key, long expiry) throws Exception {
        String encodedUri = lowerEscapes(URLEncoder.encode(host + "/devices/" + deviceId, StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signature = Base64.getEncoder()
                .encodeToString(mac.doFinal((encodedUri + "\n" + expiry).getBytes(StandardCharsets.UTF_8)));
        return "SharedAccessSignature sr=" + encodedUri + "&sig="
                + lowerEscapes(URLEncoder.encode(signature, StandardCharsets.UTF_8)) + "&se=" + expiry;
    }

    private static String lowerEscapes(String encoded) {
        Matcher escape = Pattern.compile("%[0-9A-F]{2}").matcher(encoded);
        return escape.replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }

    @Test
    void matchesAnIndependentComputationOfAzuresRecipe() throws Exception {
        SasToken token = SasToken.create(HOST, "device1", KEY, EXPIRY);

        assertEquals(independentToken(HOST, "device1", KEY, EXPIRY.getEpochSecond()), token.value());
        String start = "SharedAccessSignature sr=myhub.azure-devices.net%2fdevices%2fdevice1&sig=";
        assertTrue(token.value().startsWith(start), token.value());
        assertTrue(token.value().endsWith("%3d&se=1735689600"), "a 32-byte signature ends in = and is encoded");
        assertFalse(token.value().contains("skn="), "a device token names no policy");
    }

    @ParameterizedTest
    @CsvSource({ "dev:1@home$, myhub.azure-devices.net%2fdevices%2fdev%3a1%40home%24",
            "Room(1)!, myhub.azure-devices.net%2fdevices%2fRoom%281%29%21",
            "a%b=c, myhub.azure-devices.net%2fdevices%2fa%25b%3dc" })
    void encodesTheSpecialCharactersOfDeviceIdsWithLowerCaseEscapes(String deviceId, String encodedUri)
            throws Exception {
        SasToken token = SasToken.create(HOST, deviceId, KEY, EXPIRY);

        assertEquals(encodedUri, token.encodedResourceUri());
        assertEquals(independentToken(HOST, deviceId, KEY, EXPIRY.getEpochSecond()), token.value());
    }

    @Test
    void theSignatureChangesWithEveryInput() {
        String base = SasToken.create(HOST, "device1", KEY, EXPIRY).value();
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;

        assertNotEquals(base, SasToken.create(HOST, "device2", KEY, EXPIRY).value());
        assertNotEquals(base, SasToken.create(HOST, "device1", KEY, EXPIRY.plusSeconds(1)).value());
        assertNotEquals(base, SasToken.create(HOST, "device1", otherKey, EXPIRY).value());
        assertNotEquals(base, SasToken.create("other.azure-devices.net", "device1", KEY, EXPIRY).value());
    }

    /**
     * Vector published with the Azure IoT device SDK for Java: {@code Azure/azure-iot-sdk-java}, file
     * {@code device/iot-device-client/src/test/java/tests/integration/com/microsoft/azure/sdk/iot/device/net/}
     * {@code SignatureIT.java}
     * (resource {@code sdktesthub.private.azure-devices-int.net/devices/test8}, key
     * {@code q+DKVojmMz014RjAwpNGZbAkdOocSVWMKPOccLfUmLE=}, expiry 1462333672, signature
     * {@code ZrTYgp6uRmbDl4lzzewxFD9FoaNKIK7G2bdivDbtc9A%3D}, either case accepted). That SDK signs the resource
     * as given, so the vector checks the HMAC step: key base64-decoded, {@code resource \n expiry}, base64.
     */
    @Test
    void signsAzureSdkVectorWithARandomKey() {
        String signature = SasToken.sign("sdktesthub.private.azure-devices-int.net/devices/test8", 1462333672L,
                DeviceKey.fromBase64("q+DKVojmMz014RjAwpNGZbAkdOocSVWMKPOccLfUmLE="));

        assertEquals("ZrTYgp6uRmbDl4lzzewxFD9FoaNKIK7G2bdivDbtc9A=", signature);
        assertEquals("ZrTYgp6uRmbDl4lzzewxFD9FoaNKIK7G2bdivDbtc9A%3d", PercentEncoding.lowerCase(signature));
    }

    /**
     * Second vector of the same SDK (its end-to-end {@code SignatureTests}, package
     * {@code tests.integration.com.microsoft.azure.sdk.iot.iothub}): key base64("someKey"), same resource and
     * expiry; the SDK compares the URL-encoded signature {@code muQ9Ny9BYertoUY%2BtyisIG16b67p8QHrDefXA4V1qLM%3D}.
     * Its {@code +} must be escaped, or the hub would read a space.
     */
    @Test
    void signsAzureSdkVectorWithAPlusInTheSignature() {
        String signature = SasToken.sign("sdktesthub.private.azure-devices-int.net/devices/test8", 1462333672L,
                DeviceKey.of("someKey".getBytes(StandardCharsets.US_ASCII)));

        assertEquals("muQ9Ny9BYertoUY+tyisIG16b67p8QHrDefXA4V1qLM=", signature);
        assertTrue("muQ9Ny9BYertoUY%2BtyisIG16b67p8QHrDefXA4V1qLM%3D"
                .equalsIgnoreCase(PercentEncoding.lowerCase(signature)));
        assertEquals("muQ9Ny9BYertoUY%2btyisIG16b67p8QHrDefXA4V1qLM%3d", PercentEncoding.lowerCase(signature));
    }

    /**
     * The token format of Azure's "Control access to IoT Hub with shared access signatures": the example
     * {@code SharedAccessSignature sr=myhub.azure-devices.net%2fdevices%2fdevice1&sig=...%3D&se=1456971697}; its key
     * is not published, so only the layout and the resource part can be compared.
     */
    @Test
    void hasTheLayoutOfTheDocumentedExample() {
        String value = SasToken.create(HOST, "device1", KEY, Instant.ofEpochSecond(1456971697)).value();

        assertTrue(value.matches("SharedAccessSignature sr=myhub\\.azure-devices\\.net%2fdevices%2fdevice1"
                + "&sig=[A-Za-z0-9%]{44,}&se=1456971697"), value);
    }

    @Test
    void cutsAFractionOfASecondSoTheTokenNeverOutlivesTheRequestedInstant() {
        SasToken token = SasToken.create(HOST, "device1", KEY, EXPIRY.plusMillis(999));

        assertEquals(EXPIRY, token.expiry());
        assertTrue(token.value().endsWith("&se=" + EXPIRY.getEpochSecond()));
        assertFalse(token.isExpiredAt(EXPIRY.minusMillis(1)));
        assertTrue(token.isExpiredAt(EXPIRY));
    }

    @Test
    void thePasswordIsTheWholeToken() {
        SasToken token = SasToken.create(HOST, "device1", KEY, EXPIRY);

        assertEquals(token.value(), new String(token.password()));
    }

    @Test
    void neitherTokenNorKeyHolderShowsASecret() {
        SasToken token = SasToken.create(HOST, "device1", KEY, EXPIRY);
        String sig = token.value().replaceAll(".*&sig=([^&]+)&.*", "$1");
        DeviceKey key = DeviceKey.of(KEY);
        String keyText = Base64.getEncoder().encodeToString(KEY);
        AzureIdentity identity = new AzureIdentity(HOST, "device1", key);

        for (String shown : new String[] { token.toString(), key.toString(), identity.toString() }) {
            assertFalse(shown.contains(sig) || shown.contains(sig.substring(0, 10)), shown);
            assertFalse(shown.contains(keyText.substring(0, 10)), shown);
        }
        assertTrue(token.toString().contains("se=1735689600"), "what is not secret stays visible");
    }

    @Test
    void refusesWhatCannotBeAToken() {
        assertThrows(IllegalArgumentException.class, () -> SasToken.create("", "device1", KEY, EXPIRY));
        assertThrows(IllegalArgumentException.class, () -> SasToken.create(HOST, "", KEY, EXPIRY));
        assertThrows(IllegalArgumentException.class, () -> SasToken.create(HOST, "d", new byte[0], EXPIRY));
        assertThrows(IllegalArgumentException.class,
                () -> SasToken.create(HOST, "device1", KEY, Instant.ofEpochSecond(-1)));
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class,
                () -> DeviceKey.fromBase64("abc*secret"));
        assertFalse(String.valueOf(notBase64.getMessage()).contains("secret"));
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharacters() {
        assertEquals("AZaz09-._~", PercentEncoding.lowerCase("AZaz09-._~"));
        assertEquals("%2f%2b%3d%20%26%c3%a4", PercentEncoding.lowerCase("/+= &ä"));
        assertEquals("%2F%2B%3D%20%26%C3%A4", PercentEncoding.upperCase("/+= &ä"));
    }
}
