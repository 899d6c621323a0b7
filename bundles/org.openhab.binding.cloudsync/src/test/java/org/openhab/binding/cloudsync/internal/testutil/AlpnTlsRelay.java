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
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link AlpnTlsRelay} is a TLS endpoint on 127.0.0.1 that behaves like AWS IoT Core's port 443: it takes
 * only handshakes that offer a required application protocol (ALPN), for example {@code x-amzn-mqtt-ca}, and
 * can require a client certificate (mutual TLS). A handshake that offers other protocols is refused with the
 * {@code no_application_protocol} alert; one that offers none at all (the JDK then does not ask the server's
 * selector) completes, but the connection is closed as soon as the client sends its first bytes, as AWS would
 * not speak MQTT on it. Accepted connections are relayed as plain bytes to a broker's TCP port.
 * <p>
 * Every handshake is recorded (SNI names, offered and negotiated protocols, client certificate, failure), so
 * tests can check what a client really sent.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AlpnTlsRelay extends LoopbackServer {

    /**
     * What one connection's handshake showed.
     *
     * @param serverNames the SNI host names the client sent
     * @param offeredProtocols the application protocols the client offered; empty when it offered none
     * @param negotiatedProtocol the application protocol agreed on; empty when none
     * @param clientSubject the subject of the client certificate; empty when there was none
     * @param failure why the connection was refused; empty when it was relayed
     */
    public record Handshake(List<String> serverNames, List<String> offeredProtocols, String negotiatedProtocol,
            String clientSubject, String failure) {

        public boolean relayed() {
            return failure.isEmpty();
        }
    }

    private static final char[] KEY_STORE_PASSWORD = "relay".toCharArray();
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;

    private final String requiredProtocol;
    private final int targetPort;
    private final boolean needClientAuth;
    private final List<Handshake> handshakes = new CopyOnWriteArrayList<>();

    /** A relay presenting a {@link TestPki} server certificate, without client certificates. */
    public AlpnTlsRelay(String requiredProtocol, TestPki.Issued serverCertificate, int targetPort) {
        this(requiredProtocol, serverCertificate.privateKey(), List.of(serverCertificate.certificate()), targetPort,
                List.of());
    }

    /**
     * @param requiredProtocol the application protocol a client must offer
     * @param serverKey the private key of the server certificate
     * @param serverChain the server certificate followed by its intermediates, as the relay sends them
     * @param targetPort the broker's plain TCP port on 127.0.0.1
     * @param trustedClientCas the CAs whose client certificates are accepted; empty for no client certificates,
     *            otherwise one is required
     */
    public AlpnTlsRelay(String requiredProtocol, PrivateKey serverKey, List<X509Certificate> serverChain,
            int targetPort, List<X509Certificate> trustedClientCas) {
        this(requiredProtocol, serverKey, serverChain, targetPort, trustedClientCas, List.of());
    }

    /**
     * @param requiredProtocol the application protocol a client must offer
     * @param serverKey the private key of the server certificate
     * @param serverChain the server certificate followed by its intermediates, as the relay sends them
     * @param targetPort the broker's plain TCP port on 127.0.0.1
     * @param trustedClientCas the CAs whose client certificates are accepted; empty for no client certificates,
     *            otherwise one is required
     * @param tlsVersions the TLS versions to speak, for example {@code TLSv1.2}; empty for the JDK's. With TLS 1.2
     *            a refused client certificate fails the client's handshake; with TLS 1.3 the client's handshake
     *            completes first and it learns of the refusal when it reads.
     */
    public AlpnTlsRelay(String requiredProtocol, PrivateKey serverKey, List<X509Certificate> serverChain,
            int targetPort, List<X509Certificate> trustedClientCas, List<String> tlsVersions) {
        super(serverSocket(serverKey, serverChain, trustedClientCas, tlsVersions), "alpn-relay");
        this.requiredProtocol = requiredProtocol;
        this.targetPort = targetPort;
        this.needClientAuth = !trustedClientCas.isEmpty();
        startAccepting();
    }

    private static SSLServerSocket serverSocket(PrivateKey serverKey, List<X509Certificate> serverChain,
            List<X509Certificate> trustedClientCas, List<String> tlsVersions) {
        try {
            SSLServerSocket server = (SSLServerSocket) context(serverKey, serverChain, trustedClientCas)
                    .getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            server.setNeedClientAuth(!trustedClientCas.isEmpty());
            if (!tlsVersions.isEmpty()) {
                server.setEnabledProtocols(tlsVersions.toArray(new String[0]));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext context(PrivateKey serverKey, List<X509Certificate> serverChain,
            List<X509Certificate> trustedClientCas) throws GeneralSecurityException, IOException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("server", serverKey, KEY_STORE_PASSWORD, serverChain.toArray(new Certificate[0]));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, KEY_STORE_PASSWORD);
        TrustManagerFactory trustManagers = null;
        if (!trustedClientCas.isEmpty()) {
            KeyStore trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            for (int i = 0; i < trustedClientCas.size(); i++) {
                trustStore.setCertificateEntry("client-ca-" + i, trustedClientCas.get(i));
            }
            trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trustStore);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers == null ? null : trustManagers.getTrustManagers(),
                null);
        return context;
    }

    /** The handshakes so far, oldest first, each once it succeeded or failed. */
    public List<Handshake> handshakes() {
        return List.copyOf(handshakes);
    }

    /** How many connections were relayed to the broker. */
    public long relayed() {
        return handshakes.stream().filter(Handshake::relayed).count();
    }

    @Override
    protected void serve(Socket client) {
        spawn(() -> handshakeAndRelay((SSLSocket) client), "connection");
    }

    /** One connection: the handshake with the client, then the relay to the broker. */
    private void handshakeAndRelay(SSLSocket client) {
        List<String> serverNames = new CopyOnWriteArrayList<>();
        List<String> offered = new CopyOnWriteArrayList<>();
        String negotiated = "";
        String clientSubject = "";
        try {
            client.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
            SSLParameters parameters = client.getSSLParameters();
            parameters.setSNIMatchers(List.of(new RecordingSniMatcher(serverNames)));
            parameters.setNeedClientAuth(needClientAuth);
            client.setSSLParameters(parameters);
            client.setHandshakeApplicationProtocolSelector((socket, protocols) -> {
                offered.addAll(protocols);
                // null refuses the handshake with the no_application_protocol alert
                return protocols.contains(requiredProtocol) ? requiredProtocol : null;
            });
            client.startHandshake();
            SSLSession session = client.getSession();
            if (session instanceof ExtendedSSLSession extended) {
                // what the session kept; the same as what the matcher saw
                serverNames.clear();
                serverNames.addAll(hostNames(extended.getRequestedServerNames()));
            }
            String protocol = client.getApplicationProtocol();
            negotiated = protocol == null ? "" : protocol;
            clientSubject = clientSubject(session);
            if (!requiredProtocol.equals(negotiated)) {
                handshakes.add(new Handshake(List.copyOf(serverNames), List.copyOf(offered), negotiated, clientSubject,
                        "no application protocol " + requiredProtocol + " offered"));
                // like AWS, which would read an HTTP request here: close once the client has sent its first bytes
                // (closing earlier may leak Paho 1.2.5's connect thread, see SilentServer)
                try {
                    client.getInputStream().read();
                } catch (IOException e) {
                    // silence, or the client went away
                }
                closeQuietly(client);
                return;
            }
            client.setSoTimeout(0);
            Socket broker = connectTo(targetPort);
            handshakes
                    .add(new Handshake(List.copyOf(serverNames), List.copyOf(offered), negotiated, clientSubject, ""));
            relay(client, broker);
            relay(broker, client);
        } catch (IOException e) {
            // a refused handshake (SSLException), or the client or the broker went away before the relay began
            handshakes.add(new Handshake(List.copyOf(serverNames), List.copyOf(offered), negotiated, clientSubject,
                    describe(e)));
            closeQuietly(client);
        }
    }

    private static List<String> hostNames(List<SNIServerName> names) {
        List<String> hostNames = new ArrayList<>();
        for (SNIServerName name : names) {
            if (name instanceof SNIHostName hostName) {
                hostNames.add(hostName.getAsciiName());
            }
        }
        return hostNames;
    }

    private static String clientSubject(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
                return certificate.getSubjectX500Principal().getName();
            }
        } catch (SSLPeerUnverifiedException e) {
            // no client certificate
        }
        return "";
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    /** Ends a relayed connection with ordinary closes on both sides. */
    @Override
    protected void end(Socket client, Socket broker) {
        closeQuietly(client);
        closeQuietly(broker);
    }

    /** Accepts every SNI host name and records it, also for handshakes that fail later. */
    private static final class RecordingSniMatcher extends SNIMatcher {

        private final List<String> seen;

        RecordingSniMatcher(List<String> seen) {
            super(StandardConstants.SNI_HOST_NAME);
            this.seen = seen;
        }

        @Override
        public boolean matches(@Nullable SNIServerName serverName) {
            if (serverName instanceof SNIHostName hostName) {
                seen.add(hostName.getAsciiName());
            } else if (serverName != null) {
                // a name the JDK could not read as a host name
                seen.add(serverName.toString());
            }
            return true;
        }
    }
}
