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
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link SilentServer} is a TCP listener on 127.0.0.1 that takes connections and never answers: a broker
 * that hangs, or a TLS port that never shakes hands. It can instead close each connection as soon as the client
 * has sent its first bytes (a broker that drops every client on its CONNECT). It counts the connections, so
 * tests can tell whether a client came at all.
 * <p>
 * It never closes a connection before the client has spoken: Paho 1.2.5 leaks its "MQTT Con" thread for good
 * when a connection ends while that thread still waits for the receiver thread to start (see
 * {@code CommsReceiver.start}), which would break thread-leak checks of other tests in the same JVM.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class SilentServer implements AutoCloseable {

    private static final int CLOSE_AFTER_SILENCE_MILLIS = 10_000;

    private final ServerSocket server;
    private final boolean closeOnFirstBytes;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private SilentServer(boolean closeOnFirstBytes) {
        this.closeOnFirstBytes = closeOnFirstBytes;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "silent-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Holds every connection open and never sends a byte. */
    public static SilentServer holding() {
        return new SilentServer(false);
    }

    /** Closes every connection once the client has sent something (or after ten seconds of silence). */
    public static SilentServer closing() {
        return new SilentServer(true);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String uri(String scheme) {
        return scheme + "://127.0.0.1:" + port();
    }

    /** How many connections were accepted. */
    public int accepted() {
        return accepted.get();
    }

    /** Closes the connections held so far; new ones are still taken. */
    public void dropConnections() {
        for (Socket socket : held) {
            closeQuietly(socket);
        }
        held.clear();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                held.add(socket);
                if (closeOnFirstBytes) {
                    Thread closer = new Thread(() -> closeAfterFirstBytes(socket), "silent-server-closer");
                    closer.setDaemon(true);
                    closer.start();
                }
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void closeAfterFirstBytes(Socket socket) {
        try {
            socket.setSoTimeout(CLOSE_AFTER_SILENCE_MILLIS);
            socket.getInputStream().read();
        } catch (IOException e) {
            // silence, or the client went away
        } finally {
            closeQuietly(socket);
            held.remove(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        dropConnections();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
