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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.mqtt.PahoTransport;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.Conditions;
import org.openhab.binding.cloudsync.internal.testutil.HandlerHarness;
import org.openhab.binding.cloudsync.internal.testutil.SecureEmbeddedBroker;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.slf4j.LoggerFactory;

/**
 * Specifies that no secret ever reaches a log, the console or a Thing status: a full cycle of connect,
 * publish, connection loss, failed reconnects, a refused login and TLS configuration errors runs with
 * credentials in the URL, in the password field, an encrypted private key and its password, while
 * everything is captured: all SLF4J output at TRACE (the {@code secret-logs} surefire execution sends it to a
 * file), all java.util.logging output at ALL (Paho logs there), standard output and error, and every status
 * description.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SecretLoggingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String URL_PASSWORD = "urlS3cret!";
    private static final String FIELD_PASSWORD = "f1eldPa55";
    private static final String KEY_PASSWORD = "k3yPa55w0rd";

    @Test
    void noSecretAppearsInAnyLogConsoleOrStatusOutput() throws Exception {
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        assertTrue(LoggerFactory.getLogger(PahoTransport.class).isTraceEnabled() && logFile != null,
                "run this test in the secret-logs surefire execution (SLF4J at TRACE into a file)");
        TestPki pki = TestPki.create("Secret Test CA");
        Issued client = pki.client(KeyType.EC, "home1");
        String encryptedKey = client.encryptedPkcs8Pem(KEY_PASSWORD);
        List<String> secrets = new ArrayList<>(List.of(URL_PASSWORD, "urlS3cret%21", FIELD_PASSWORD, KEY_PASSWORD));
        for (String password : List.of(URL_PASSWORD, FIELD_PASSWORD, KEY_PASSWORD)) {
            // as a printed byte or char array would show them
            secrets.add(Arrays.toString(password.getBytes(StandardCharsets.UTF_8)).replaceAll("[\\[\\]]", ""));
            secrets.add(Arrays.toString(password.toCharArray()).replaceAll("[\\[\\]]", ""));
        }
        // every line of key material, and of the unencrypted key too
        encryptedKey.lines().filter(line -> !line.startsWith("-----")).forEach(secrets::add);
        client.pkcs8Pem().lines().filter(line -> !line.startsWith("-----")).forEach(secrets::add);

        List<String> statusTexts = new ArrayList<>();
        Capture capture = Capture.start();
        try {
            // proves below that TRACE lines of the add-on's loggers land in the captured file
            LoggerFactory.getLogger(PahoTransport.class).trace("secret-log probe at TRACE");
            runFullCycle(pki, client, encryptedKey, statusTexts);
        } finally {
            capture.stop();
        }

        String slf4j = Files.readString(Path.of(logFile), StandardCharsets.UTF_8);
        assertTrue(slf4j.contains("Connected to tcp://127.0.0.1"), "the capture must hold our debug lines: " + slf4j);
        assertTrue(slf4j.contains("secret-log probe at TRACE"), "the capture must hold TRACE lines");
        assertFalse(capture.julText().isEmpty(), "the java.util.logging capture (Paho) must not be empty");
        Map<String, String> outputs = Map.of("SLF4J log", slf4j, "java.util.logging (Paho)", capture.julText(),
                "standard output", capture.out(), "standard error", capture.err(), "Thing status texts",
                String.join("\n", statusTexts));
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            for (String secret : secrets) {
                int at = output.getValue().indexOf(secret);
                assertEquals(-1, at, "a secret leaked into the " + output.getKey() + ": ..."
                        + (at < 0 ? "" : output.getValue().substring(Math.max(0, at - 80), at)) + "[SECRET]");
            }
        }
    }

    private static void runFullCycle(TestPki pki, Issued client, String encryptedKey, List<String> statusTexts)
            throws InterruptedException {
        Map<String, String> logins = Map.of("alice", URL_PASSWORD, "bob", FIELD_PASSWORD);
        SecureEmbeddedBroker broker = SecureEmbeddedBroker.startWithLogins(pki, pki.server(), logins);
        try (SecureEmbeddedBroker mutual = SecureEmbeddedBroker.startMutual(pki, pki.server())) {
            // credentials in the URL (percent-encoded): connect, publish, lose the broker, fail to reconnect
            String url = "mqtt://alice:urlS3cret%21@127.0.0.1:" + broker.tcpPort();
            try (HandlerHarness urlLogin = start("host", url)) {
                urlLogin.awaitOnline(TIMEOUT);
                urlLogin.deliverChange(Changes.number("Kitchen_Temperature", "21.5"));
                awaitSent(urlLogin);
                broker.close();
                urlLogin.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-connection-lost",
                        TIMEOUT);
                urlLogin.awaitOffline(ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error-connect-refused",
                        TIMEOUT);
                statusTexts.addAll(texts(urlLogin));
            }
            // the password field, refused by the broker
            SecureEmbeddedBroker second = SecureEmbeddedBroker.startWithLogins(pki, pki.server(), logins);
            try (second;
                    HandlerHarness field = start("host", "127.0.0.1", "port", second.tcpPort(), "username", "bob",
                            "password", FIELD_PASSWORD + "-wrong")) {
                field.awaitOffline(ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error-not-authorized", TIMEOUT);
                statusTexts.addAll(texts(field));
            }
            // mutual TLS with an encrypted key over secure websockets, then the same with a wrong key password
            try (HandlerHarness tls = start("host", "wss://127.0.0.1:" + mutual.wssPort() + "/mqtt", "caCertificate",
                    pki.caPem(), "clientCertificate", client.certificatePem(), "privateKey", encryptedKey,
                    "privateKeyPassword", KEY_PASSWORD)) {
                tls.awaitOnline(TIMEOUT);
                statusTexts.addAll(texts(tls));
            }
            try (HandlerHarness wrongKeyPassword = start("host", "mqtts://127.0.0.1:" + mutual.sslPort(),
                    "caCertificate", pki.caPem(), "clientCertificate", client.certificatePem(), "privateKey",
                    encryptedKey, "privateKeyPassword", KEY_PASSWORD + "x")) {
                statusTexts.addAll(texts(wrongKeyPassword));
            }
        } finally {
            broker.close();
        }
    }

    private static HandlerHarness start(Object... keyValues) {
        Map<String, Object> config = new HashMap<>(
                Map.of("interval", 0, "reconnectDelayMin", 1, "reconnectDelayMax", 1));
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return HandlerHarness.initialize(config);
    }

    private static void awaitSent(HandlerHarness harness) throws InterruptedException {
        SyncEndpoint endpoint = harness.handler().getEndpoint();
        assertNotNull(endpoint);
        assertTrue(Conditions.await(() -> endpoint.statistics().sent() == 1, TIMEOUT),
                "the change must be published and acknowledged: " + endpoint.statistics());
    }

    private static List<String> texts(HandlerHarness harness) {
        return harness.statuses().stream().map(ThingStatusInfo::getDescription).map(String::valueOf).toList();
    }

    /** Captures standard output and error and all java.util.logging records while a test runs. */
    private static final class Capture extends Handler {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final StringBuilder jul = new StringBuilder();
        private final SimpleFormatter formatter = new SimpleFormatter();
        private final PrintStream originalOut = System.out;
        private final PrintStream originalErr = System.err;
        private final java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        private @Nullable Level originalLevel;

        static Capture start() {
            Capture capture = new Capture();
            capture.originalLevel = capture.root.getLevel();
            capture.setLevel(Level.ALL);
            capture.root.setLevel(Level.ALL);
            capture.root.addHandler(capture);
            System.setOut(new PrintStream(new Tee(capture.originalOut, capture.out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(capture.originalErr, capture.err), true, StandardCharsets.UTF_8));
            return capture;
        }

        void stop() {
            System.setOut(originalOut);
            System.setErr(originalErr);
            root.removeHandler(this);
            root.setLevel(originalLevel);
        }

        @Override
        public synchronized void publish(@Nullable LogRecord record) {
            if (record != null) {
                jul.append(record.getLoggerName()).append(' ').append(formatter.formatMessage(record)).append('\n');
                Throwable thrown = record.getThrown();
                if (thrown != null) {
                    jul.append(thrown).append('\n');
                }
            }
        }

        synchronized String julText() {
            return jul.toString();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Writes to the original stream and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final OutputStream copy;

        Tee(OutputStream original, OutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            original.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            original.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }
    }
}
