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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

import io.moquette.broker.ClientDescriptor;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/**
 * The {@link EmbeddedBroker} is a real MQTT broker (Moquette) on 127.0.0.1 and a free port, in memory, for
 * tests. It can be stopped and started again on the same port to simulate an outage.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class EmbeddedBroker implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private Server server = new Server();
    private boolean running;

    private EmbeddedBroker(int port) {
        this.port = port;
        try {
            // Moquette writes a broker id file even without persistence; keep it out of the work tree
            this.dataDir = Files.createTempDirectory("moquette");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a broker on a free port. */
    public static EmbeddedBroker start() {
        EmbeddedBroker broker = new EmbeddedBroker(freePort());
        broker.up();
        return broker;
    }

    /** Picks a port nobody listens on, without starting anything. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public synchronized void up() {
        if (running) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", String.valueOf(port));
        properties.setProperty("websocket_port", "disabled");
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("persistence_enabled", "false");
        properties.setProperty("data_path", dataDir.toString());
        properties.setProperty("netty.mqtt.message_size", String.valueOf(1024 * 1024));
        // Moquette 0.17 otherwise sends usage data over the internet when it starts
        properties.setProperty("telemetry_enabled", "false");
        server = new Server();
        try {
            server.startServer(new MemoryConfig(properties), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Moquette did not start on port " + port, e);
        }
        running = true;
    }

    /** The client ids connected right now. */
    public synchronized Set<String> connectedClientIds() {
        return running
                ? server.listConnectedClients().stream().map(ClientDescriptor::getClientID).collect(Collectors.toSet())
                : Set.of();
    }

    public synchronized void down() {
        if (running) {
            server.stopServer();
            running = false;
        }
    }

    @Override
    public void close() {
        down();
    }

    /**
     * Closes the broker on a thread of its own, for a test that is done with it: Moquette waits about two seconds
     * for its network threads to go quiet, which the next test need not wait for (it starts a broker on another
     * port). Only for the end of a test, whose clients are closed by then; an outage within a test uses
     * {@link #down()}, which returns when the broker is gone.
     */
    public void closeInBackground() {
        Thread closer = new Thread(this::close, "moquette-close-" + port);
        closer.setDaemon(true);
        closer.start();
    }
}
