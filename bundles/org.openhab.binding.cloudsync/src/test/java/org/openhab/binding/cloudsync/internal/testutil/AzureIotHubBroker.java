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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.PermitAllAuthorizatorPolicy;

/**
 * The {@link AzureIotHubBroker} is a stand-in for Azure IoT Hub's MQTT endpoint in tests: an embedded Moquette broker
 * behind a small MQTT-aware TCP proxy, both on 127.0.0.1, that behaves as the hub does towards a device:
 * <ul>
 * <li>a CONNECT is accepted only if the client ID is a registered device ID, the user name is
 * {@code {host}/{deviceId}/?api-version=2021-04-12} and the password is a SAS token whose {@code sr} is the
 * device's resource, whose signature verifies with the device key over {@code sr + "\n" + se} exactly as sent, and
 * whose {@code se} is in the future; otherwise CONNACK 4 (bad user name or password; 5, not authorized, when there
 * is no user name at all);</li>
 * <li>the connection is cut when the token of its CONNECT expires: MQTT 3.1.1 cannot re-authenticate, so the real
 * hub disconnects then;</li>
 * <li>a PUBLISH with QoS 2 closes the connection before the broker sees it, as the hub does.</li>
 * </ul>
 * The token is verified here with this class's own code ({@code javax.crypto}, {@code URLDecoder}), independent
 * of the add-on's {@code SasToken}. Observers (a {@link MessageCollector}) connect to {@link #observerUri()}, the
 * broker itself, anonymously.
 * <p>
 * Why a proxy: Moquette 0.17's {@code Server.disconnectClient(clientId)} drops a session by client ID, so a cut
 * scheduled for an old token would also kill a newer connection of the same device; and Moquette routes a QoS 2
 * PUBLISH to subscribers as soon as it arrives, before any interceptor could close the connection. The proxy
 * knows which TCP connection carried which token, and drops a QoS 2 PUBLISH before forwarding it.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AzureIotHubBroker implements AutoCloseable {

    /** The user name's API version, as Azure's MQTT documentation gives it. */
    public static final String API_VERSION = "2021-04-12";

    /** One accepted connection: who, with a token valid until when, accepted when. */
    public record Connect(String clientId, String userName, Instant expiry, Instant connectedAt) {
    }

    /** Why a CONNECT was refused. */
    public enum Refusal {
        NO_USER_NAME,
        CLIENT_ID_NOT_A_DEVICE,
        WRONG_USER_NAME,
        NO_PASSWORD,
        MALFORMED_TOKEN,
        POLICY_TOKEN,
        WRONG_RESOURCE,
        BAD_SIGNATURE,
        EXPIRED
    }

    private final String hostName;
    private final Map<String, byte[]> devices = new ConcurrentHashMap<>();
    private final Path dataDir;
    private final Server server = new Server();
    private final int brokerPort = EmbeddedBroker.freePort();
    private final HubProxy proxy;
    private final ScheduledExecutorService timer;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final List<Connect> connects = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private final AtomicInteger expiryCuts = new AtomicInteger();
    private final AtomicInteger qos2Cuts = new AtomicInteger();
    private volatile boolean closed;

    private AzureIotHubBroker(String hostName) throws IOException {
        this.hostName = hostName;
        this.dataDir = Files.createTempDirectory("moquette-azure");
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", String.valueOf(brokerPort));
        properties.setProperty("websocket_port", "disabled");
        // anonymous: observers connect to the broker directly; devices come through the proxy, which requires a
        // user name, so every device CONNECT reaches the authenticator
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("persistence_enabled", "false");
        properties.setProperty("data_path", dataDir.toString());
        properties.setProperty("netty.mqtt.message_size", String.valueOf(1024 * 1024));
        // Moquette 0.17 otherwise sends usage data over the internet when it starts
        properties.setProperty("telemetry_enabled", "false");
        server.startServer(new MemoryConfig(properties), List.of(), null, new SasAuthenticator(),
                new PermitAllAuthorizatorPolicy());

        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "azure-hub-expiry-" + brokerPort);
            thread.setDaemon(true);
            return thread;
        });
        proxy = new HubProxy();
    }

    /** Starts a hub named {@code hostName} (for user names and tokens) with one device. */
    public static AzureIotHubBroker start(String hostName, String deviceId, byte[] deviceKey) {
        try {
            AzureIotHubBroker broker = new AzureIotHubBroker(hostName);
            broker.addDevice(deviceId, deviceKey);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("the Azure IoT Hub stand-in did not start", e);
        }
    }

    /** Registers another device with its raw (base64-decoded) key. */
    public void addDevice(String deviceId, byte[] deviceKey) {
        devices.put(deviceId, deviceKey.clone());
    }

    /**
     * Forgets what happened so far, for the next test on the same hub: cuts every device connection, clears the
     * records and counters. (Moquette 0.17 takes about two seconds to stop, so a test class may share one hub.)
     */
    public void reset() {
        for (Link link : links) {
            link.close();
        }
        connects.clear();
        refusals.clear();
        expiryCuts.set(0);
        qos2Cuts.set(0);
    }

    /** The port devices connect to. */
    public int port() {
        return proxy.port();
    }

    /** The URI devices connect to (plain TCP: the tests need no TLS to check the hub's rules). */
    public String uri() {
        return "tcp://127.0.0.1:" + port();
    }

    /** The broker itself, anonymous, for observers that subscribe to what devices publish. */
    public String observerUri() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    public String hostName() {
        return hostName;
    }

    /** The user name a device must give. */
    public String userName(String deviceId) {
        return hostName + "/" + deviceId + "/?api-version=" + API_VERSION;
    }

    /** Every accepted CONNECT, in order. */
    public List<Connect> connects() {
        return List.copyOf(connects);
    }

    /** Every refused CONNECT's reason, in order. */
    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** How many connections were cut because their token expired. */
    public int expiryCuts() {
        return expiryCuts.get();
    }

    /** How many connections were cut for publishing with QoS 2. */
    public int qos2Cuts() {
        return qos2Cuts.get();
    }

    /** Moquette's hook for CONNECTs that carry a user name. */
    private final class SasAuthenticator implements IAuthenticator {
        @Override
        public boolean checkValid(@Nullable String clientId, @Nullable String username, byte @Nullable [] password) {
            Refusal refusal = check(clientId, username, password);
            if (refusal != null) {
                refusals.add(refusal);
                return false;
            }
            return true;
        }

        private @Nullable Refusal check(@Nullable String clientId, @Nullable String username,
                byte @Nullable [] password) {
            byte[] key = clientId == null ? null : devices.get(clientId);
            if (clientId == null || key == null) {
                return Refusal.CLIENT_ID_NOT_A_DEVICE;
            }
            if (!userName(clientId).equals(username)) {
                return Refusal.WRONG_USER_NAME;
            }
            if (password == null) {
                return Refusal.NO_PASSWORD;
            }
            return SasTokenCheck.verify(new String(password, StandardCharsets.UTF_8), hostName, clientId, key,
                    Instant.now());
        }
    }

    /** The hub's front: devices connect here, and each connection is a {@link Link} to the broker. */
    private final class HubProxy extends LoopbackServer {

        HubProxy() {
            super("azure-hub-proxy");
            startAccepting();
        }

        @Override
        protected void serve(Socket device) throws IOException {
            Link link = new Link(device, connectTo(brokerPort));
            links.add(link);
            link.start();
        }
    }

    /** One device connection through the proxy. */
    private final class Link {
        private final Socket device;
        private final Socket broker;
        private volatile MqttPacket.@Nullable Connect connect;
        private volatile @Nullable ScheduledFuture<?> cut;
        private volatile boolean open = true;

        Link(Socket device, Socket broker) {
            this.device = device;
            this.broker = broker;
        }

        void start() {
            thread(this::upstream, "up");
            thread(this::downstream, "down");
        }

        private void thread(Runnable task, String direction) {
            proxy.spawn(task, direction);
        }

        /** Device to broker: look at the CONNECT, stop QoS 2 publishes. */
        private void upstream() {
            try {
                InputStream in = device.getInputStream();
                OutputStream out = broker.getOutputStream();
                MqttPacket first = MqttPacket.read(in);
                if (first == null) {
                    return;
                }
                MqttPacket.Connect hello = first.connect();
                if (hello.userName() == null) {
                    // the hub identifies devices by user name; Moquette would let an anonymous client in
                    refusals.add(Refusal.NO_USER_NAME);
                    device.getOutputStream().write(MqttPacket.connack(5));
                    device.getOutputStream().flush();
                    return;
                }
                connect = hello;
                out.write(first.raw());
                out.flush();
                MqttPacket packet;
                while ((packet = MqttPacket.read(in)) != null) {
                    if (packet.type() == MqttPacket.PUBLISH && packet.publishQos() >= 2) {
                        qos2Cuts.incrementAndGet();
                        return; // not forwarded: the broker never sees it
                    }
                    out.write(packet.raw());
                    out.flush();
                }
            } catch (IOException e) {
                // cut, closed, or not MQTT
            } finally {
                close();
            }
        }

        /** Broker to device: note an accepted CONNACK and schedule the cut, then copy. */
        private void downstream() {
            try {
                InputStream in = broker.getInputStream();
                OutputStream out = device.getOutputStream();
                MqttPacket connack = MqttPacket.read(in);
                if (connack == null) {
                    return;
                }
                MqttPacket.Connect hello = connect;
                if (connack.type() == MqttPacket.CONNACK && connack.connackReturnCode() == 0 && hello != null) {
                    // recorded before the device learns it is in, so a test that checks right after sees it
                    accepted(hello);
                }
                out.write(connack.raw());
                out.flush();
                // a socket's stream sends each write at once: no flush needed
                in.transferTo(out);
            } catch (IOException e) {
                // cut or closed
            } finally {
                close();
            }
        }

        private void accepted(MqttPacket.Connect hello) {
            Instant expiry = SasTokenCheck.expiryOf(hello.password());
            String userName = hello.userName();
            if (expiry == null || userName == null) {
                return; // the authenticator would not have let it in
            }
            connects.add(new Connect(hello.clientId(), userName, expiry, Instant.now()));
            long delay = expiry.toEpochMilli() - System.currentTimeMillis();
            cut = timer.schedule(() -> {
                if (open) {
                    expiryCuts.incrementAndGet();
                    close();
                }
            }, Math.max(0, delay), TimeUnit.MILLISECONDS);
        }

        synchronized void close() {
            if (!open) {
                return;
            }
            open = false;
            ScheduledFuture<?> pending = cut;
            if (pending != null) {
                pending.cancel(false);
            }
            proxy.closeQuietly(device);
            proxy.closeQuietly(broker);
            links.remove(this);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Link link : links) {
            link.close();
        }
        proxy.close();
        timer.shutdownNow();
        server.stopServer();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
