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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link MosquittoBroker} is a real Mosquitto process on 127.0.0.1 for tests: it writes a configuration
 * file with the listeners asked for (each on its own free port), starts {@code mosquitto -c}, and can be
 * killed with SIGKILL and started again on the same ports, optionally with persistence. A plain anonymous
 * TCP listener is always there, so that a test can watch what arrives.
 * <p>
 * When the {@code mosquitto} binary is missing, {@link #start()} fails the test (never skips it): the
 * {@code broker-fault} profile that runs these tests must not pass without a broker.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MosquittoBroker implements AutoCloseable {

    /** The kinds of listener a broker can have. */
    public enum Listener {
        /** Plain MQTT, anonymous: for test observers. */
        TCP,
        /** Plain MQTT with a user name and password. */
        TCP_LOGIN,
        /** MQTT over TLS. */
        TLS,
        /** MQTT over TLS that requires a client certificate signed by the CA. */
        MUTUAL_TLS,
        /** MQTT over WebSocket. */
        WS,
        /** MQTT over WebSocket with TLS. */
        WSS
    }

    private static final String INSTALL_HINT = "mosquitto is not installed; the broker-fault tests need it: "
            + "apt-get install -y mosquitto (.ci/run does this)";
    private static final long START_TIMEOUT_MILLIS = 10_000;

    private final Path directory;
    private final Path configFile;
    private final Path logFile;
    private final Map<Listener, Integer> ports;
    private volatile @Nullable Process process;
    private @Nullable Thread shutdownHook;

    private MosquittoBroker(Path directory, Path configFile, Map<Listener, Integer> ports) {
        this.directory = directory;
        this.configFile = configFile;
        this.logFile = directory.resolve("mosquitto.log");
        this.ports = ports;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a broker: listeners, login, certificates, persistence. */
    public static final class Builder {
        private final Map<Listener, Integer> ports = new LinkedHashMap<>();
        private final List<String> extraLines = new ArrayList<>();
        private @Nullable String username;
        private @Nullable String password;
        private @Nullable TestPki pki;
        private TestPki.@Nullable Issued serverCertificate;
        private @Nullable Path persistenceDirectory;

        private Builder() {
            ports.put(Listener.TCP, EmbeddedBroker.freePort());
        }

        public Builder listener(Listener listener) {
            ports.putIfAbsent(listener, EmbeddedBroker.freePort());
            return this;
        }

        /** The login of the {@link Listener#TCP_LOGIN} listener. */
        public Builder login(String username, String password) {
            this.username = username;
            this.password = password;
            return listener(Listener.TCP_LOGIN);
        }

        /** The CA and server certificate of the TLS listeners; the CA also checks client certificates. */
        public Builder certificates(TestPki pki, TestPki.Issued server) {
            this.pki = pki;
            this.serverCertificate = server;
            return this;
        }

        /** Keeps sessions and retained messages in the directory, saved on every change so SIGKILL loses nothing. */
        public Builder persistence(Path directory) {
            this.persistenceDirectory = directory;
            return this;
        }

        /** Any further line of mosquitto.conf, placed before the listeners. */
        public Builder config(String line) {
            extraLines.add(line);
            return this;
        }

        /** Writes the configuration; the broker is not started yet. */
        public MosquittoBroker build() {
            try {
                Path directory = Files.createTempDirectory("mosquitto");
                List<String> lines = new ArrayList<>();
                lines.add("per_listener_settings true");
                // as root mosquitto would switch to the user "mosquitto", who cannot read our temp files
                lines.add("user " + System.getProperty("user.name"));
                lines.add("log_dest stderr");
                lines.add("log_type error");
                lines.add("log_type warning");
                lines.add("log_type notice");
                lines.add("log_type information");
                Path persistence = persistenceDirectory;
                if (persistence != null) {
                    lines.add("persistence true");
                    lines.add("persistence_location " + persistence.toAbsolutePath() + File.separator);
                    lines.add("autosave_on_changes true");
                    lines.add("autosave_interval 1");
                }
                lines.addAll(extraLines);
                for (Map.Entry<Listener, Integer> entry : ports.entrySet()) {
                    lines.addAll(listenerLines(directory, entry.getKey(), entry.getValue()));
                }
                Path configFile = directory.resolve("mosquitto.conf");
                Files.write(configFile, lines, StandardCharsets.UTF_8);
                return new MosquittoBroker(directory, configFile, Map.copyOf(ports));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> listenerLines(Path directory, Listener listener, int port) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add("");
            lines.add("listener " + port + " 127.0.0.1");
            switch (listener) {
                case TCP_LOGIN -> {
                    Path passwordFile = directory.resolve("passwd");
                    run(List.of(binary("mosquitto_passwd"), "-b", "-c", passwordFile.toString(),
                            String.valueOf(username), String.valueOf(password)));
                    lines.add("allow_anonymous false");
                    lines.add("password_file " + passwordFile);
                }
                case TLS, MUTUAL_TLS, WSS -> {
                    lines.add("allow_anonymous true");
                    lines.addAll(tlsLines(directory, listener == Listener.MUTUAL_TLS));
                    if (listener == Listener.WSS) {
                        lines.add("protocol websockets");
                    }
                }
                case WS -> {
                    lines.add("allow_anonymous true");
                    lines.add("protocol websockets");
                }
                default -> lines.add("allow_anonymous true");
            }
            return lines;
        }

        private List<String> tlsLines(Path directory, boolean requireCertificate) {
            TestPki currentPki = pki;
            TestPki.Issued server = serverCertificate;
            if (currentPki == null || server == null) {
                throw new IllegalStateException("a TLS listener needs certificates(pki, server)");
            }
            Path ca = TestPki.write(directory, "ca.pem", currentPki.caPem());
            Path certificate = TestPki.write(directory, "server.pem", server.certificatePem());
            Path key = TestPki.write(directory, "server.key", server.pkcs8Pem());
            return List.of("cafile " + ca, "certfile " + certificate, "keyfile " + key,
                    "require_certificate " + requireCertificate);
        }
    }

    /** Starts the broker and waits until every listener accepts connections. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(binary("mosquitto"), "-c", configFile.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new AssertionError("mosquitto did not start: " + e.getMessage(), e);
        }
        process = started;
        if (shutdownHook == null) {
            // no mosquitto outlives the test JVM, whichever process is current then
            Thread hook = new Thread(this::destroyNow, "mosquitto-reaper");
            Runtime.getRuntime().addShutdownHook(hook);
            shutdownHook = hook;
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        for (int port : ports.values()) {
            while (!accepts(port)) {
                if (!started.isAlive() || System.currentTimeMillis() > deadline) {
                    started.destroyForcibly();
                    throw new AssertionError("mosquitto did not open port " + port + "; its log:\n" + log());
                }
                sleep(20);
            }
        }
    }

    /** Kills the broker with SIGKILL: no clean shutdown, no last save, no goodbye to clients. */
    public synchronized void kill() {
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
            waitFor(current);
            process = null;
        }
    }

    private void destroyNow() {
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
        }
    }

    /** Stops the broker with SIGTERM: it saves its persistence and closes the connections. */
    public synchronized void stop() {
        Process current = process;
        if (current != null) {
            current.destroy();
            waitFor(current);
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    public int port(Listener listener) {
        Integer port = ports.get(listener);
        if (port == null) {
            throw new IllegalStateException("the broker has no " + listener + " listener");
        }
        return port;
    }

    /** The anonymous plain listener, for observers. */
    public String tcpUri() {
        return "tcp://127.0.0.1:" + port(Listener.TCP);
    }

    public Path directory() {
        return directory;
    }

    /** Everything mosquitto wrote, for failure messages. */
    public String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        stop();
        Thread hook = shutdownHook;
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
            shutdownHook = null;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }

    /** The path of a mosquitto program; fails the test when it is not installed. */
    static String binary(String name) {
        String found = find(name);
        if (found == null) {
            throw new AssertionError(INSTALL_HINT + " (" + name + " not found)");
        }
        return found;
    }

    /** The path of a program of the mosquitto package, on the PATH or where Debian installs it; null if missing. */
    public static @Nullable String find(String name) {
        List<String> directories = new ArrayList<>(
                List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin"));
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(0, List.of(path.split(File.pathSeparator)));
        }
        for (String directory : directories) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " failed: "
                        + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
