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
 * The {@link LoopbackServer} is what the tests' own servers have in common: a server socket on 127.0.0.1 and a free
 * port, an accepting thread that hands each connection to {@link #serve(Socket)}, the connections it keeps track
 * of so that they can be dropped, helpers to relay bytes to a broker, and a close that ends all of it. Subclasses
 * call {@link #startAccepting()} once their own fields are set.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public abstract class LoopbackServer implements AutoCloseable {

    private final ServerSocket server;
    private final String name;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    /** A plain TCP server. */
    protected LoopbackServer(String name) {
        this(plainServerSocket(), name);
    }

    /** A server on a socket made elsewhere (for example a TLS server socket), bound to 127.0.0.1. */
    protected LoopbackServer(ServerSocket server, String name) {
        this.server = server;
        this.name = name;
        this.acceptor = new Thread(this::accept, name + "-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    private static ServerSocket plainServerSocket() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts taking connections; called by the subclass at the end of its constructor. */
    protected final void startAccepting() {
        acceptor.start();
    }

    /** Serves one accepted connection; must not block the accepting thread for long (spawn what lasts). */
    protected abstract void serve(Socket client) throws IOException;

    public int port() {
        return server.getLocalPort();
    }

    /** How many connections were accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                // closed
                continue;
            }
            accepted.incrementAndGet();
            track(client);
            try {
                serve(client);
            } catch (IOException e) {
                // for example the broker behind is down: the client sees its connection fail
                reset(client);
            }
        }
    }

    /** Keeps the socket for {@link #dropConnections()} and {@link #close()}. */
    protected final Socket track(Socket socket) {
        connections.add(socket);
        return socket;
    }

    /** A connection to a port on 127.0.0.1, tracked. */
    protected final Socket connectTo(int port) throws IOException {
        return track(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** Runs a task on a daemon thread of its own, named after this server. */
    protected final void spawn(Runnable task, String what) {
        Thread thread = new Thread(task, name + "-" + what + "-" + threads.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Copies bytes from one socket to the other until either ends; then ends both, as {@link #end} does. */
    protected final void relay(Socket from, Socket to) {
        spawn(() -> {
            try {
                // a socket's stream sends each write at once: no flush needed
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException e) {
                // cut or closed
            } finally {
                end(from, to);
            }
        }, "relay");
    }

    /** Ends a relayed connection; by default both sides with a reset, as when a network link dies. */
    protected void end(Socket client, Socket broker) {
        reset(client);
        reset(broker);
    }

    /** Closes with a reset (RST, not FIN): nothing is flushed or said. */
    protected final void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        closeQuietly(socket);
    }

    /** Closes with an ordinary FIN. */
    protected final void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        connections.remove(socket);
    }

    /** Resets every connection open now; new ones are still taken. */
    public void dropConnections() {
        for (Socket socket : connections) {
            reset(socket);
        }
        connections.clear();
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
