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

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link PoisonProxy} forwards MQTT 3.1.1 connections from a local port to a broker, reading the client's
 * packets one by one. When a PUBLISH whose payload contains the marker bytes comes along, it closes both
 * connections abruptly instead of forwarding it: the broker never sees (and never acknowledges) that message,
 * the client sees its connection lost. It does so every time the message is sent again, so it stands for a
 * message a cloud broker drops the connection for (too large, a forbidden topic, QoS 2 at AWS). Everything
 * else passes unchanged, and new connections are forwarded as before.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PoisonProxy implements AutoCloseable {

    private static final int PUBLISH = 3;
    /** MQTT 3.1.1: the remaining length has at most four bytes. */
    private static final int MAX_LENGTH_BYTES = 4;

    private final ServerSocket server;
    private final int targetPort;
    private final byte[] marker;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger passedPublishes = new AtomicInteger();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    /** A proxy in front of the broker's TCP port on 127.0.0.1 that cuts at payloads containing the marker. */
    public PoisonProxy(int targetPort, String marker) {
        this(targetPort, marker.getBytes(StandardCharsets.UTF_8));
    }

    public PoisonProxy(int targetPort, byte[] marker) {
        if (marker.length == 0) {
            throw new IllegalArgumentException("an empty marker would poison every message");
        }
        this.targetPort = targetPort;
        this.marker = marker.clone();
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "poison-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port();
    }

    /** How often a poisoned PUBLISH cut the connection. */
    public int cuts() {
        return cuts.get();
    }

    /** How many PUBLISH packets were forwarded to the broker. */
    public int passedPublishes() {
        return passedPublishes.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Socket broker;
                try {
                    broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException e) {
                    // the broker is down: the client sees its connection fail
                    reset(client);
                    continue;
                }
                sockets.add(broker);
                start(() -> forwardPackets(client, broker), "poison-proxy-up");
                start(() -> forwardBytes(broker, client), "poison-proxy-down");
            } catch (IOException e) {
                // closed
            }
        }
    }

    /** Client to broker, a whole packet at a time, stopping at the first poisoned PUBLISH. */
    private void forwardPackets(Socket client, Socket broker) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
            OutputStream out = broker.getOutputStream();
            while (true) {
                int first = in.read();
                if (first < 0) {
                    break;
                }
                byte[] length = new byte[MAX_LENGTH_BYTES];
                int lengthBytes = 0;
                int remaining = 0;
                int digit;
                do {
                    if (lengthBytes == MAX_LENGTH_BYTES) {
                        throw new IOException("malformed remaining length");
                    }
                    digit = in.readUnsignedByte();
                    length[lengthBytes] = (byte) digit;
                    remaining |= (digit & 0x7F) << (7 * lengthBytes);
                    lengthBytes++;
                } while ((digit & 0x80) != 0);
                byte[] body = new byte[remaining];
                in.readFully(body);
                if ((first >> 4) == PUBLISH) {
                    if (isPoisoned(first, body)) {
                        cuts.incrementAndGet();
                        break;
                    }
                    passedPublishes.incrementAndGet();
                }
                byte[] packet = new byte[1 + lengthBytes + remaining];
                packet[0] = (byte) first;
                System.arraycopy(length, 0, packet, 1, lengthBytes);
                System.arraycopy(body, 0, packet, 1 + lengthBytes, remaining);
                out.write(packet);
                out.flush();
            }
        } catch (EOFException e) {
            // the client went away in the middle of a packet
        } catch (IOException e) {
            // cut or closed
        } finally {
            cut(client, broker);
        }
    }

    /** Whether the payload of the PUBLISH (topic and packet id skipped) contains the marker. */
    private boolean isPoisoned(int first, byte[] body) throws IOException {
        int qos = (first >> 1) & 0x03;
        if (body.length < 2) {
            throw new IOException("PUBLISH without a topic");
        }
        int topicLength = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
        int payloadStart = 2 + topicLength + (qos > 0 ? 2 : 0);
        if (payloadStart > body.length) {
            throw new IOException("PUBLISH shorter than its topic");
        }
        return indexOf(body, payloadStart, marker) >= 0;
    }

    private static int indexOf(byte[] data, int from, byte[] wanted) {
        outer: for (int i = from; i <= data.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Broker to client, unchanged. */
    private void forwardBytes(Socket broker, Socket client) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = broker.getInputStream();
            OutputStream out = client.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // cut or closed
        } finally {
            cut(client, broker);
        }
    }

    private void start(Runnable task, String name) {
        Thread thread = new Thread(task, name + "-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Ends a forwarded connection: the client's side with a reset, as when a cloud broker drops a connection; the
     * broker's side with an ordinary close, so that the test broker sees a client that went away (its last will
     * is published) rather than a network error it logs.
     */
    private void cut(Socket client, Socket broker) {
        reset(client);
        close(broker);
    }

    private void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        close(socket);
    }

    private void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        sockets.remove(socket);
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket socket : sockets) {
            reset(socket);
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
