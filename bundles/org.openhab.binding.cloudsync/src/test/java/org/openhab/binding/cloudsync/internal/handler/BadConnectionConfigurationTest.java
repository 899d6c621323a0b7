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
package org.openhab.binding.cloudsync.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cloudsync.internal.handler.BadConfigurationCases.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.cloudsync.internal.testutil.ClosedAfterTest;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;

/**
 * Specifies the Thing status of every wrong connection or security setting of the {@code mqtt} Thing type: OFFLINE,
 * CONFIGURATION_ERROR, and
 * an i18n text naming the setting and the problem, set by {@code initialize()} itself. No case may repeat a
 * secret in the status text. An argument {@code *} stands for a text the JDK words (a certificate parser's
 * reason). {@link BadCloudConfigurationTest} has the cloud Thing types.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class BadConnectionConfigurationTest {

    @RegisterExtension
    final ClosedAfterTest closed = new ClosedAfterTest();

    static Stream<Arguments> badConfigurations() {
        TestPki pki = TestPki.create("Bad Config CA");
        Issued client = pki.client(KeyType.EC, "home1");
        Issued other = pki.client(KeyType.EC, "other");
        Issued rsa = pki.client(KeyType.RSA, "rsa");
        String clientPem = client.certificatePem();
        Path directory = tempDirectory();
        String missing = directory.resolve("missing.pem").toString();
        String ssl = "mqtts://broker.example.com";
        List<Arguments> cases = new ArrayList<>(List.of(
                // where the broker is
                bad("empty host", config("host", ""), "offline.conf-error-host-missing"),
                bad("blank host", config("host", "   "), "offline.conf-error-host-missing"),
                bad("host with a space", config("host", "my broker"), "offline.conf-error-host-invalid", "my broker"),
                bad("host with a path", config("host", "broker/x"), "offline.conf-error-host-invalid", "broker/x"),
                bad("host with credentials but no scheme", config("host", "user:s3cret@broker"),
                        "offline.conf-error-host-credentials"),
                bad("port 0", config("port", 0), "offline.conf-error-port", "0"),
                bad("port 65536", config("port", 65536), "offline.conf-error-port", "65536"),
                bad("negative port", config("port", -1), "offline.conf-error-port", "-1"),
                bad("port after the host not a number", config("host", "broker:abc"), "offline.conf-error-port", "abc"),
                bad("host port and Port parameter differ", config("host", "broker:1884", "port", 1883),
                        "offline.conf-error-port-conflict", "1884", "1883"),
                bad("unknown protocol", config("protocol", "http"), "offline.conf-error-protocol", "http"),
                bad("unknown URL scheme", config("host", "http://broker"), "offline.conf-error-url-scheme", "http"),
                bad("URL without host", config("host", "mqtt://"), "offline.conf-error-url-host", "mqtt://"),
                bad("URL host with a space", config("host", "mqtt://user:s3cret@bro ker"),
                        "offline.conf-error-url-host", "mqtt://***@bro ker"),
                bad("URL with a query", config("host", "mqtt://broker?x=1"), "offline.conf-error-url-host",
                        "mqtt://broker?x=1"),
                bad("URL port out of range", config("host", "mqtt://user:s3cret@broker:99999"),
                        "offline.conf-error-url-port", "mqtt://***@broker:99999"),
                bad("URL port not a number", config("host", "mqtts://user:s3cret@broker:88a3"),
                        "offline.conf-error-url-port", "mqtts://***@broker:88a3"),
                bad("broken percent escape in URL password", config("host", "mqtt://user:s3cr%zzet@broker"),
                        "offline.conf-error-url-encoding", "mqtt://***@broker"),
                bad("URL credentials and Username", config("host", "mqtt://user:s3cret@broker", "username", "u"),
                        "offline.conf-error-url-credentials"),
                bad("URL credentials and Password", config("host", "mqtt://user:s3cret@broker", "password", "pa55word"),
                        "offline.conf-error-url-credentials"),
                bad("URL port and Port parameter differ", config("host", "mqtt://broker:1884", "port", 1883),
                        "offline.conf-error-port-conflict", "1884", "1883"),
                bad("path in an mqtt URL", config("host", "mqtt://broker/path"),
                        "offline.conf-error-path-not-websocket", "/path", "tcp"),
                bad("path with protocol tcp", config("path", "/mqtt"), "offline.conf-error-path-not-websocket", "/mqtt",
                        "tcp"),
                bad("URL path and Path parameter differ", config("host", "ws://broker/a", "path", "/b"),
                        "offline.conf-error-path-conflict", "/a", "/b"),
                bad("path without leading slash", config("protocol", "ws", "path", "mqtt"), "offline.conf-error-path",
                        "mqtt"),
                bad("path with a space", config("protocol", "ws", "path", "/a b"), "offline.conf-error-path", "/a b"),
                // who we are
                bad("password without user name", config("password", "pa55word"),
                        "offline.conf-error-password-without-username"),
                bad("URL password without user name", config("host", "mqtt://:s3cret@broker"),
                        "offline.conf-error-password-without-username"),
                bad("client id too long", config("clientId", "x".repeat(70_000)), "offline.conf-error-client-id"),
                bad("negative keep-alive", config("keepAlive", -1), "offline.conf-error-keep-alive", "-1"),
                bad("keep-alive over 65535", config("keepAlive", 70_000), "offline.conf-error-keep-alive", "70000"),
                bad("connect timeout 0", config("connectTimeout", 0), "offline.conf-error-connect-timeout", "0"),
                bad("reconnect delay min 0", config("reconnectDelayMin", 0), "offline.conf-error-reconnect-delay", "0",
                        "60"),
                bad("reconnect delay max below min", config("reconnectDelayMin", 10, "reconnectDelayMax", 5),
                        "offline.conf-error-reconnect-delay", "10", "5"),
                bad("in-flight window 0", config("maxInFlight", 0), "offline.conf-error-max-in-flight", "0"),
                bad("wildcard in status topic", config("statusTopic", "a/+/status"), "offline.conf-error-status-topic",
                        "a/+/status"),
                bad("empty level in status topic", config("statusTopic", "a//status"),
                        "offline.conf-error-status-topic", "a//status"),
                bad("unknown placeholder in status topic", config("statusTopic", "a/{item}/status"),
                        "offline.conf-error-status-topic", "a/{item}/status"),
                // security
                bad("CA certificate with plain tcp", config("caCertificate", pki.caPem()),
                        "offline.conf-error-tls-not-used", "tcp"),
                bad("insecure with plain ws", config("protocol", "ws", "insecure", true),
                        "offline.conf-error-tls-not-used", "ws"),
                bad("host name check off with plain tcp", config("verifyHostname", false),
                        "offline.conf-error-tls-not-used", "tcp"),
                bad("CA certificate neither PEM nor file", config("host", ssl, "caCertificate", "not a pem"),
                        "offline.conf-error-pem-file", "caCertificate", "not a pem"),
                bad("CA certificate file missing", config("host", ssl, "caCertificate", missing),
                        "offline.conf-error-pem-file", "caCertificate", missing),
                bad("CA certificate holds a key", config("host", ssl, "caCertificate", client.pkcs8Pem()),
                        "offline.conf-error-pem-no-certificate", "caCertificate", "PRIVATE KEY"),
                bad("CA certificate not Base64", config("host", ssl, "caCertificate", pem("CERTIFICATE", "%%%")),
                        "offline.conf-error-pem-damaged", "caCertificate"),
                bad("CA certificate cut off", config("host", ssl, "caCertificate", clientPem.substring(0, 200)),
                        "offline.conf-error-pem-damaged", "caCertificate"),
                bad("CA certificate not a certificate",
                        config("host", ssl, "caCertificate", pem("CERTIFICATE", "AAAA")),
                        "offline.conf-error-pem-certificate", "caCertificate", "*"),
                bad("client certificate file missing",
                        config("host", ssl, "clientCertificate", missing, "privateKey", client.pkcs8Pem()),
                        "offline.conf-error-pem-file", "clientCertificate", missing),
                bad("client certificate without key", config("host", ssl, "clientCertificate", clientPem),
                        "offline.conf-error-key-missing"),
                bad("key without client certificate", config("host", ssl, "privateKey", client.pkcs8Pem()),
                        "offline.conf-error-certificate-missing"),
                bad("key password without key", config("host", ssl, "privateKeyPassword", KEY_PASSWORD),
                        "offline.conf-error-key-password-unused"),
                bad("encrypted key without password",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey",
                                client.encryptedPkcs8Pem(KEY_PASSWORD)),
                        "offline.conf-error-key-password-missing"),
                bad("encrypted key with wrong password",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey",
                                client.encryptedPkcs8Pem(KEY_PASSWORD), "privateKeyPassword", "pa55word"),
                        "offline.conf-error-key-password-wrong"),
                bad("key in OpenSSL legacy encryption",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey",
                                client.legacyEncryptedPem(KEY_PASSWORD), "privateKeyPassword", KEY_PASSWORD),
                        "offline.conf-error-key-legacy-encryption"),
                bad("key of another certificate",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey", other.pkcs8Pem()),
                        "offline.conf-error-key-mismatch"),
                bad("RSA key for an EC certificate",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey", rsa.traditionalPem()),
                        "offline.conf-error-key-mismatch"),
                bad("key field holds a certificate",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey", clientPem),
                        "offline.conf-error-pem-no-key", "privateKey", "CERTIFICATE"),
                bad("OpenSSH key",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey",
                                pem("OPENSSH PRIVATE KEY", "AAAA")),
                        "offline.conf-error-key-unsupported", "OPENSSH PRIVATE KEY"),
                bad("key pasted without PEM lines",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey",
                                client.pkcs8Pem().lines().filter(l -> !l.startsWith("-----"))
                                        .collect(Collectors.joining("\n"))),
                        "offline.conf-error-key-file"),
                bad("key that is no key",
                        config("host", ssl, "clientCertificate", clientPem, "privateKey", pem("PRIVATE KEY", "AAAA")),
                        "offline.conf-error-key-invalid")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void badSettingIsAConfigurationErrorNamingTheSettingAndTheProblem(String name, Map<String, Object> config,
            String key, List<String> arguments) {
        assertConfigurationError(closed.add(HandlerHarness.initialize(config)), name, key, arguments);
    }
}
