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
package org.openhab.binding.cloudsync.internal.mqtt;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.util.List;
import java.util.stream.Stream;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specifies how a failed connect attempt is sorted into the Thing status: what the user must fix, and which
 * network or TLS cause is named. The exceptions are built the way Paho and the JDK report them; the broker
 * tests check the same against real brokers.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ConnectFailureTest {

    private static final String URI = "ssl://broker.example.com:8883";

    private static Throwable chain(Throwable outer, Throwable... causes) {
        Throwable current = outer;
        for (Throwable cause : causes) {
            current.initCause(cause);
            current = cause;
        }
        return outer;
    }

    private static MqttException paho(int reason, Throwable cause) {
        return new MqttException(reason, cause);
    }

    static Stream<Arguments> failures() {
        return Stream.of( //
                Arguments.of("bad user name or password", new MqttSecurityException(4), true,
                        "offline.conf-error-not-authorized", List.of()),
                Arguments.of("not authorized", new MqttSecurityException(5), true, "offline.conf-error-not-authorized",
                        List.of()),
                Arguments.of("client id rejected", new MqttException(2), true, "offline.conf-error-client-id-rejected",
                        List.of()),
                Arguments.of("broker unavailable", new MqttException(3), false, "offline.comm-error-broker-unavailable",
                        List.of(URI)),
                Arguments.of("connection refused",
                        paho(MqttException.REASON_CODE_SERVER_CONNECT_ERROR,
                                new ConnectException("Connection refused")),
                        false, "offline.comm-error-connect-refused", List.of(URI)),
                Arguments.of("unknown host",
                        paho(MqttException.REASON_CODE_SERVER_CONNECT_ERROR, new UnknownHostException("broker")), false,
                        "offline.comm-error-connect-unknown-host", List.of("broker.example.com")),
                Arguments.of("timeout", new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT), false,
                        "offline.comm-error-connect-timeout", List.of(URI)),
                Arguments.of("closed during connect", new MqttException(MqttException.REASON_CODE_CONNECTION_LOST),
                        false, "offline.comm-error-connect-closed", List.of(URI)),
                Arguments.of("broken pipe: the broker closed the connection (client certificate refused)",
                        new MqttException(new SocketException("Broken pipe")), false,
                        "offline.comm-error-connect-closed", List.of(URI)),
                Arguments.of("unknown CA",
                        new MqttException(chain(new SSLHandshakeException("PKIX path building failed"),
                                new CertPathBuilderException("unable to find valid certification path"))),
                        false, "offline.comm-error-tls-untrusted", List.of(URI)),
                Arguments.of("chain does not reach a trust anchor",
                        new MqttException(chain(new SSLHandshakeException("PKIX path validation failed"),
                                new CertPathValidatorException("Path does not chain with any of the trust anchors"))),
                        false, "offline.comm-error-tls-untrusted", List.of(URI)),
                Arguments.of("expired certificate",
                        new MqttException(chain(new SSLHandshakeException("PKIX path validation failed"),
                                new CertPathValidatorException("validity check failed",
                                        new CertificateExpiredException("NotAfter: Mon Jan 01 00:00:00 UTC 2024"), null,
                                        -1, BasicReason.EXPIRED))),
                        false, "offline.comm-error-tls-expired",
                        List.of(URI, "NotAfter: Mon Jan 01 00:00:00 UTC 2024")),
                Arguments.of("host name mismatch",
                        new MqttException(chain(new SSLHandshakeException("No name matching broker.example.com found"),
                                new CertificateException("No name matching broker.example.com found"))),
                        false, "offline.comm-error-tls-hostname", List.of("broker.example.com")),
                Arguments.of("client certificate required",
                        new MqttException(new SSLHandshakeException("Received fatal alert: certificate_required")),
                        false, "offline.comm-error-tls-client-rejected", List.of(URI, "certificate_required")),
                Arguments.of("other TLS alert",
                        new MqttException(new SSLHandshakeException("Received fatal alert: protocol_version")), false,
                        "offline.comm-error-tls", List.of(URI, "Received fatal alert: protocol_version")),
                Arguments.of("plain text answer to TLS",
                        new MqttException(new SSLException("Unsupported or unrecognized SSL message")), false,
                        "offline.comm-error-tls", List.of(URI, "Unsupported or unrecognized SSL message")),
                Arguments.of("anything else", new IllegalStateException("odd"), false, "offline.comm-error-connect",
                        List.of("odd")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failureIsSortedAndNamed(String name, Throwable error, boolean configurationProblem, String textKey,
            List<String> arguments) {
        ConnectFailure failure = ConnectFailure.of(error, URI);

        assertEquals(configurationProblem, failure.configurationProblem(), "user must fix it? (" + name + ")");
        assertEquals(textKey, failure.textKey(), "status text of " + name);
        assertEquals(arguments, failure.arguments(), "status arguments of " + name);
        assertFalse(failure.reason().isBlank(), "a reason for the debug log");
    }
}
