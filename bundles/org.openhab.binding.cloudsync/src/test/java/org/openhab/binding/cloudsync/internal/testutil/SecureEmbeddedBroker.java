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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/**
 * The {@link SecureEmbeddedBroker} is an embedded Moquette broker on 127.0.0.1 with four listeners: plain
 * TCP (for observers), TLS, WebSocket and secure WebSocket, the TLS ones with a certificate of a
 * {@link TestPki}. It can require client certificates (mutual TLS) and logins. It lets the default suite,
 * which needs only a JDK, cover TLS and WebSocket connections; the Mosquitto suite covers them again
 * against the broker cloud users run.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SecureEmbeddedBroker implements AutoCloseable {

    private static final String KEY_STORE_PASSWORD = "moquette";

    private final Server server = new Server();
    private final Path directory;
    private final int tcpPort = EmbeddedBroker.freePort();
    private final int sslPort = EmbeddedBroker.freePort();
    private final int wsPort = EmbeddedBroker.freePort();
    private final int wssPort = EmbeddedBroker.freePort();
    private boolean closed;

    private SecureEmbeddedBroker(TestPki pki, TestPki.Issued serverCertificate, boolean needClientAuth,
            @Nullable Map<String, String> logins) {
        try {
            directory = Files.createTempDirectory("moquette-tls");
            Path keyStore = pki.keyStore(directory.resolve("broker.jks"), serverCertificate, KEY_STORE_PASSWORD);
            Properties properties = new Properties();
            properties.setProperty("host", "127.0.0.1");
            properties.setProperty("port", String.valueOf(tcpPort));
            properties.setProperty("ssl_port", String.valueOf(sslPort));
            properties.setProperty("websocket_port", String.valueOf(wsPort));
            properties.setProperty("secure_websocket_port", String.valueOf(wssPort));
            properties.setProperty("jks_path", keyStore.toString());
            properties.setProperty("key_store_password", KEY_STORE_PASSWORD);
            properties.setProperty("key_manager_password", KEY_STORE_PASSWORD);
            properties.setProperty("need_client_auth", String.valueOf(needClientAuth));
            properties.setProperty("persistence_enabled", "false");
            // Moquette 0.17 otherwise sends usage data over the internet when it starts
            properties.setProperty("telemetry_enabled", "false");
            properties.setProperty("data_path", directory.toString());
            if (logins == null) {
                properties.setProperty("allow_anonymous", "true");
            } else {
                properties.setProperty("allow_anonymous", "false");
                properties.setProperty("password_file", passwordFile(logins).toString());
            }
            server.startServer(new MemoryConfig(properties), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Moquette did not start", e);
        }
    }

    /** A broker whose TLS listeners present the given server certificate. */
    public static SecureEmbeddedBroker start(TestPki pki, TestPki.Issued serverCertificate) {
        return new SecureEmbeddedBroker(pki, serverCertificate, false, null);
    }

    /** A broker whose TLS listeners require a client certificate signed by the PKI's CA. */
    public static SecureEmbeddedBroker startMutual(TestPki pki, TestPki.Issued serverCertificate) {
        return new SecureEmbeddedBroker(pki, serverCertificate, true, null);
    }

    /** A broker that takes only the given logins (user name to password). */
    public static SecureEmbeddedBroker startWithLogins(TestPki pki, TestPki.Issued serverCertificate,
            Map<String, String> logins) {
        return new SecureEmbeddedBroker(pki, serverCertificate, false, logins);
    }

    /** Moquette's password file: one {@code user:sha256-hex-of-password} per line. */
    private Path passwordFile(Map<String, String> logins) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, String> login : logins.entrySet()) {
            lines.append(login.getKey()).append(':').append(sha256(login.getValue())).append('\n');
        }
        return Files.writeString(directory.resolve("passwords.conf"), lines, StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int tcpPort() {
        return tcpPort;
    }

    public int sslPort() {
        return sslPort;
    }

    public int wsPort() {
        return wsPort;
    }

    public int wssPort() {
        return wssPort;
    }

    /** The plain listener, for observers. */
    public String tcpUri() {
        return "tcp://127.0.0.1:" + tcpPort;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stopServer();
        }
    }
}
