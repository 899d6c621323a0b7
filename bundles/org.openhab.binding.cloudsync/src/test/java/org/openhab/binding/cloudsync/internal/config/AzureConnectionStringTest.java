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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cloudsync.internal.cloud.AzureIdentity;
import org.openhab.binding.cloudsync.internal.cloud.SasToken;

/**
 * Specifies how a device connection string of Azure IoT Hub is read: what Azure writes is taken, everything the
 * add-on cannot use is refused with its own reason, and the key never shows in a text.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class AzureConnectionStringTest {

    /** 32 bytes 0..31: a base64 key with one = of padding, like the keys Azure generates. */
    private static final byte[] KEY_BYTES = bytes(32);
    private static final String KEY = Base64.getEncoder().encodeToString(KEY_BYTES);
    /** 16 bytes: two = of padding. */
    private static final String SHORT_KEY = Base64.getEncoder().encodeToString(bytes(16));
    private static final String VALID = "HostName=myhub.azure-devices.net;DeviceId=device1;SharedAccessKey=" + KEY;

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        IntStream.range(0, count).forEach(i -> bytes[i] = (byte) (i * 7 + 3));
        return bytes;
    }

    @Test
    void readsTheStringTheAzurePortalShows() throws InvalidConfigurationException {
        AzureConnectionString parsed = AzureConnectionString.parse(VALID);

        assertEquals("myhub.azure-devices.net", parsed.hostName());
        assertEquals("device1", parsed.deviceId());
        assertArrayEquals(KEY_BYTES, parsed.key().bytes());
        assertTrue(KEY.endsWith("="), "the test key must carry base64 padding");
    }

    @Test
    void givesTheIdentityTheDeviceConnectsWith() throws InvalidConfigurationException {
        AzureIdentity identity = AzureConnectionString.parse(VALID).identity();
        Instant expiry = Instant.ofEpochSecond(1_800_000_000L);

        assertEquals("device1", identity.clientId());
        assertEquals("myhub.azure-devices.net/device1/?api-version=2021-04-12", identity.userName());
        assertEquals(SasToken.create("myhub.azure-devices.net", "device1", KEY_BYTES, expiry).value(),
                identity.token(expiry).value());
    }

    @Test
    void toleratesSpacesAroundSeparatorsATrailingSemicolonAndAnyOrder() throws InvalidConfigurationException {
        AzureConnectionString parsed = AzureConnectionString
                .parse("  SharedAccessKey = " + KEY + " ;DeviceId= device1 ;  HostName=myhub.azure-devices.net ; ");

        assertEquals("myhub.azure-devices.net", parsed.hostName());
        assertEquals("device1", parsed.deviceId());
        assertArrayEquals(KEY_BYTES, parsed.key().bytes());
    }

    @Test
    void aValueRunsToTheEndOfItsPartEqualsSignsIncluded() throws InvalidConfigurationException {
        // a device ID may contain = (Azure allows it), a key ends in = or ==
        AzureConnectionString parsed = AzureConnectionString
                .parse("HostName=myhub.azure-devices.net;DeviceId=room=kitchen;SharedAccessKey=" + SHORT_KEY + ";");

        assertEquals("room=kitchen", parsed.deviceId());
        assertTrue(SHORT_KEY.endsWith("=="));
        assertArrayEquals(bytes(16), parsed.key().bytes());
    }

    @Test
    void keepsTheCaseOfTheDeviceId() throws InvalidConfigurationException {
        assertEquals("MyDevice01", AzureConnectionString
                .parse("HostName=contoso.azure-devices.net;DeviceId=MyDevice01;SharedAccessKey=" + KEY).deviceId());
    }

    static Stream<Arguments> refused() {
        return Stream.of( //
                Arguments.of("empty", "  ", "offline.conf-error-azure-connection-string-empty", List.of()),
                Arguments.of("hub policy",
                        "HostName=myhub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=" + KEY,
                        "offline.conf-error-azure-connection-string-policy", List.of()),
                Arguments.of("policy on behalf of a device", VALID + ";SharedAccessKeyName=device",
                        "offline.conf-error-azure-connection-string-policy", List.of()),
                Arguments.of("module", VALID + ";ModuleId=filter", "offline.conf-error-azure-connection-string-module",
                        List.of()),
                Arguments.of("gateway", VALID + ";GatewayHostName=edge.local",
                        "offline.conf-error-azure-connection-string-gateway", List.of()),
                Arguments.of("ready-made token",
                        "HostName=myhub.azure-devices.net;DeviceId=device1;"
                                + "SharedAccessSignature=SharedAccessSignature sr=x&sig=y&se=1",
                        "offline.conf-error-azure-connection-string-sas-token", List.of()),
                Arguments.of("x509 device", "HostName=myhub.azure-devices.net;DeviceId=device1;x509=true",
                        "offline.conf-error-azure-connection-string-x509", List.of()),
                Arguments.of("no host", "DeviceId=device1;SharedAccessKey=" + KEY,
                        "offline.conf-error-azure-connection-string-missing", List.of("HostName")),
                Arguments.of("no device", "HostName=myhub.azure-devices.net;SharedAccessKey=" + KEY,
                        "offline.conf-error-azure-connection-string-missing", List.of("DeviceId")),
                Arguments.of("empty device", "HostName=myhub.azure-devices.net;DeviceId= ;SharedAccessKey=" + KEY,
                        "offline.conf-error-azure-connection-string-missing", List.of("DeviceId")),
                Arguments.of("no key", "HostName=myhub.azure-devices.net;DeviceId=device1",
                        "offline.conf-error-azure-connection-string-missing", List.of("SharedAccessKey")),
                Arguments.of("key not base64",
                        "HostName=myhub.azure-devices.net;DeviceId=device1;SharedAccessKey=secret*key!",
                        "offline.conf-error-azure-connection-string-key", List.of()),
                Arguments.of("key url-safe base64",
                        "HostName=myhub.azure-devices.net;DeviceId=device1;SharedAccessKey="
                                + "q-DKVojmMz014RjAwpNGZbAkdOocSVWMKPOccLfUmLE_",
                        "offline.conf-error-azure-connection-string-key", List.of()),
                Arguments.of("name in the wrong case", VALID.replace("HostName", "hostname"),
                        "offline.conf-error-azure-connection-string-name-case", List.of("hostname", "HostName")),
                Arguments.of("unknown name", VALID + ";Endpoint=sb://x",
                        "offline.conf-error-azure-connection-string-unknown", List.of("Endpoint")),
                Arguments.of("repeated name", VALID + ";DeviceId=device2",
                        "offline.conf-error-azure-connection-string-duplicate", List.of("DeviceId")),
                Arguments.of("part without =", "HostName=myhub.azure-devices.net;device1;SharedAccessKey=" + KEY,
                        "offline.conf-error-azure-connection-string-syntax", List.of("2")),
                Arguments.of("bad host", "HostName=my hub;DeviceId=device1;SharedAccessKey=" + KEY,
                        "offline.conf-error-azure-connection-string-host", List.of("my hub")),
                Arguments.of("device id with a character Azure refuses",
                        "HostName=myhub.azure-devices.net;DeviceId=room#1;SharedAccessKey=" + KEY,
                        "offline.conf-error-rule-client-id-characters", List.of("Azure IoT Hub", "room#1", "#")),
                Arguments.of("device id too long",
                        "HostName=myhub.azure-devices.net;DeviceId=" + "d".repeat(129) + ";SharedAccessKey=" + KEY,
                        "offline.conf-error-rule-client-id-length", List.of("Azure IoT Hub", "129", "128")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithItsReasonAndNeverRepeatsTheKey(String what, String text, String textKey, List<String> arguments) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AzureConnectionString.parse(text));

        assertEquals(textKey, e.textKey(), what);
        assertEquals(arguments, e.arguments(), what);
        assertNoSecret(e, text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "key alone", "key alone, two = of padding", "key after a good string" })
    void aKeyPastedOnItsOwnIsNotRepeatedAsAnUnknownName(String what) {
        String text = switch (what) {
            case "key alone" -> KEY;
            case "key alone, two = of padding" -> SHORT_KEY;
            default -> "HostName=myhub.azure-devices.net;DeviceId=device1;" + SHORT_KEY;
        };

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AzureConnectionString.parse(text));

        assertEquals("offline.conf-error-azure-connection-string-syntax", e.textKey(), what);
        assertNoSecret(e, text);
    }

    @Test
    void toStringShowsWhereItConnectsButNeverTheKey() throws InvalidConfigurationException {
        String shown = AzureConnectionString.parse(VALID).toString();

        assertTrue(shown.contains("myhub.azure-devices.net") && shown.contains("device1"), shown);
        assertFalse(shown.contains(KEY) || shown.contains(KEY.substring(0, 16)), shown);
        assertFalse(AzureConnectionString.parse(VALID).key().toString().contains(KEY.substring(0, 16)));
    }

    /** Neither the key, nor its first characters, nor the whole string appear in any text of the exception. */
    private static void assertNoSecret(InvalidConfigurationException e, String text) {
        List<String> secrets = new ArrayList<>(List.of(KEY.substring(0, 8), SHORT_KEY.substring(0, 8)));
        Matcher given = Pattern.compile("SharedAccessKey=([^;]{8})").matcher(text);
        while (given.find()) {
            secrets.add(given.group(1));
        }
        for (String shown : List.of(String.valueOf(e.getMessage()), e.textKey(), e.arguments().toString())) {
            for (String secret : secrets) {
                assertFalse(shown.contains(secret), () -> "a text shows (part of) the key: " + shown);
            }
            if (text.length() > 20) {
                assertFalse(shown.contains(text.strip()), () -> "a text repeats the whole string: " + shown);
            }
        }
    }
}
