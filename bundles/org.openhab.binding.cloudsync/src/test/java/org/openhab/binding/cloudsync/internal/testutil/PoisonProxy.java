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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
public final class PoisonProxy extends LoopbackServer {

    private final int targetPort;
    private final byte[] marker;
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger passedPublishes = new AtomicInteger();

    /** A proxy in front of the broker's TCP port on 127.0.0.1 that cuts at payloads containing the marker. */
    public PoisonProxy(int targetPort, String marker) {
        this(targetPort, marker.getBytes(StandardCharsets.UTF_8));
    }

    public PoisonProxy(int targetPort, byte[] marker) {
        super("poison-proxy");
        if (marker.length == 0) {
            throw new IllegalArgumentException("an empty marker would poison every message");
        }
        this.targetPort = targetPort;
        this.marker = marker.clone();
        startAccepting();
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

    @Override
    protected void serve(Socket client) throws IOException {
        Socket broker = connectTo(targetPort);
        spawn(() -> forwardPackets(client, broker), "up");
        relay(broker, client);
    }

    /** Client to broker, a whole packet at a time, stopping at the first poisoned PUBLISH. */
    private void forwardPackets(Socket client, Socket broker) {
        try {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = broker.getOutputStream();
            MqttPacket packet;
            while ((packet = MqttPacket.read(in)) != null) {
                if (packet.type() == MqttPacket.PUBLISH) {
                    if (indexOf(packet.body(), packet.publishPayloadOffset(), marker) >= 0) {
                        cuts.incrementAndGet();
                        break;
                    }
                    passedPublishes.incrementAndGet();
                }
                out.write(packet.raw());
                out.flush();
            }
        } catch (IOException e) {
            // cut or closed, or the client went away in the middle of a packet
        } finally {
            end(client, broker);
        }
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

    /**
     * Ends a forwarded connection: the client's side with a reset, as when a cloud broker drops a connection; the
     * broker's side with an ordinary close, so that the test broker sees a client that went away (its last will
     * is published) rather than a network error it logs.
     */
    @Override
    protected void end(Socket client, Socket broker) {
        reset(client);
        closeQuietly(broker);
    }
}
