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
package org.openhab.binding.cloudsync.internal.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link AlpnSocketFactory} is responsible for TLS sockets that offer the given application protocols
 * (ALPN, RFC 7301) in their handshake, for example {@code x-amzn-mqtt-ca}, which AWS IoT Core needs for MQTT
 * with a client certificate on port 443.
 * <p>
 * Setting the protocols once on a new socket is not enough with Paho 1.2.5: its {@code SSLNetworkModule}
 * calls {@code setSSLParameters} with a fresh {@code SSLParameters} for SNI, and again for host name
 * verification, and a fresh {@code SSLParameters} carries an empty protocol list, which replaces ours (Paho
 * issues #858 and #941). The sockets made here are {@link AlpnSocket}s, which put the protocols back after
 * every {@code setSSLParameters}; what the caller set (SNI, endpoint identification, cipher suites) stays.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AlpnSocketFactory extends SSLSocketFactory {

    /** AWS IoT Core: MQTT with a client certificate on port 443. */
    public static final String AWS_MQTT_MUTUAL_TLS = "x-amzn-mqtt-ca";
    /** AWS IoT Core: MQTT with a custom authorizer on port 443; also the registered name of MQTT. */
    public static final String MQTT = "mqtt";

    /** RFC 7301: a protocol name is 1 to 255 bytes. */
    private static final int MAX_PROTOCOL_NAME_BYTES = 255;

    private final SSLSocketFactory delegate;
    private final List<String> protocols;

    /**
     * @param delegate makes the TLS sockets (trust, client key); see {@link TlsSocketFactoryBuilder}
     * @param protocols the application protocols to offer, most preferred first
     * @throws IllegalArgumentException if there is no protocol or a name is empty or longer than 255 bytes
     */
    public AlpnSocketFactory(SSLSocketFactory delegate, List<String> protocols) {
        if (protocols.isEmpty()) {
            throw new IllegalArgumentException("at least one application protocol is needed");
        }
        for (String protocol : protocols) {
            int length = protocol.getBytes(StandardCharsets.UTF_8).length;
            if (length == 0 || length > MAX_PROTOCOL_NAME_BYTES) {
                throw new IllegalArgumentException("an application protocol name has 1 to 255 bytes: " + protocol);
            }
        }
        this.delegate = delegate;
        this.protocols = List.copyOf(protocols);
    }

    /** The application protocols the sockets offer, most preferred first. */
    public List<String> protocols() {
        return protocols;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    /** The one Paho uses: an unconnected socket, which Paho connects, configures and then shakes hands on. */
    @Override
    public Socket createSocket() throws IOException {
        return wrap(delegate.createSocket());
    }

    @Override
    public Socket createSocket(@Nullable String host, int port) throws IOException {
        return wrap(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(@Nullable String host, int port, @Nullable InetAddress localHost, int localPort)
            throws IOException {
        return wrap(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(@Nullable InetAddress host, int port) throws IOException {
        return wrap(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(@Nullable InetAddress address, int port, @Nullable InetAddress localAddress,
            int localPort) throws IOException {
        return wrap(delegate.createSocket(address, port, localAddress, localPort));
    }

    /** TLS over an existing connection, for example through a proxy. */
    @Override
    public Socket createSocket(@Nullable Socket socket, @Nullable String host, int port, boolean autoClose)
            throws IOException {
        return wrap(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(@Nullable Socket socket, @Nullable InputStream consumed, boolean autoClose)
            throws IOException {
        return wrap(delegate.createSocket(socket, consumed, autoClose));
    }

    private Socket wrap(Socket socket) throws IOException {
        if (socket instanceof SSLSocket tls) {
            return new AlpnSocket(tls, protocols);
        }
        socket.close();
        throw new SocketException("the wrapped factory made a socket without TLS: " + socket.getClass().getName());
    }

    @Override
    public String toString() {
        return "AlpnSocketFactory" + protocols;
    }
}
