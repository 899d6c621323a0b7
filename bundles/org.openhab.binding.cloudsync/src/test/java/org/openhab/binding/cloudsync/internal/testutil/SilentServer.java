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
import java.net.Socket;

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
public final class SilentServer extends LoopbackServer {

    private static final int CLOSE_AFTER_SILENCE_MILLIS = 10_000;

    private final boolean closeOnFirstBytes;

    private SilentServer(boolean closeOnFirstBytes) {
        super("silent-server");
        this.closeOnFirstBytes = closeOnFirstBytes;
        startAccepting();
    }

    /** Holds every connection open and never sends a byte. */
    public static SilentServer holding() {
        return new SilentServer(false);
    }

    /** Closes every connection once the client has sent something (or after ten seconds of silence). */
    public static SilentServer closing() {
        return new SilentServer(true);
    }

    public String uri(String scheme) {
        return scheme + "://127.0.0.1:" + port();
    }

    @Override
    protected void serve(Socket client) {
        if (closeOnFirstBytes) {
            spawn(() -> closeAfterFirstBytes(client), "closer");
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
        }
    }
}
