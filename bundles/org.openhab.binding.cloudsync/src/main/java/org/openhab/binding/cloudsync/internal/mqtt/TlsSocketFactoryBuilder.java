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
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link TlsSocketFactoryBuilder} is responsible for building the {@link SSLSocketFactory} of a TLS
 * connection from JDK parts: the JVM's trust store or the given CA certificates, and an in-memory key store
 * for a client certificate and key (mutual TLS). Host name checks are not made here: Paho makes them on
 * the socket (see {@link ConnectOptionsFactory}).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TlsSocketFactoryBuilder {

    /** The in-memory key store is never written anywhere; its password protects nothing. */
    private static final char[] KEY_STORE_PASSWORD = "cloudsync".toCharArray();

    private TlsSocketFactoryBuilder() {
    }

    /**
     * @param trustedCertificates the CA certificates to trust instead of the JVM's trust store; empty for the
     *            JVM's
     * @param clientChain the client certificate followed by its intermediates; empty for none
     * @param clientKey the private key of the client certificate, or null for none
     * @param insecure whether to accept any server certificate
     */
    public static SSLSocketFactory build(List<X509Certificate> trustedCertificates, List<X509Certificate> clientChain,
            @Nullable PrivateKey clientKey, boolean insecure) throws GeneralSecurityException {
        KeyManager[] keyManagers = null;
        if (clientKey != null && !clientChain.isEmpty()) {
            KeyStore keyStore = emptyKeyStore();
            keyStore.setKeyEntry("client", clientKey, KEY_STORE_PASSWORD, clientChain.toArray(new X509Certificate[0]));
            KeyManagerFactory keyManagerFactory = KeyManagerFactory
                    .getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagerFactory.init(keyStore, KEY_STORE_PASSWORD);
            keyManagers = keyManagerFactory.getKeyManagers();
        }
        TrustManager[] trustManagers = null;
        if (insecure) {
            trustManagers = new TrustManager[] { new TrustEverything() };
        } else if (!trustedCertificates.isEmpty()) {
            KeyStore trustStore = emptyKeyStore();
            for (int i = 0; i < trustedCertificates.size(); i++) {
                trustStore.setCertificateEntry("ca-" + i, trustedCertificates.get(i));
            }
            TrustManagerFactory trustManagerFactory = TrustManagerFactory
                    .getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagerFactory.init(trustStore);
            trustManagers = trustManagerFactory.getTrustManagers();
        }
        // With a client certificate, TLS 1.2: under TLS 1.3 a broker refuses the certificate only after the client's
        // handshake is done, and Paho 1.2.5 then leaks a thread on every such connect attempt (its receiver start
        // waits forever for a receiver that already ended); under TLS 1.2 the refusal fails the handshake itself.
        // AWS IoT Core and Azure IoT Hub take TLS 1.2.
        SSLContext context = SSLContext.getInstance(keyManagers == null ? "TLS" : "TLSv1.2");
        context.init(keyManagers, trustManagers, null);
        return context.getSocketFactory();
    }

    /**
     * Whether the private key belongs to the certificate: a test signature made with the key must verify with
     * the certificate's public key. Key kinds without a plain signature scheme are taken as matching.
     */
    public static boolean keyMatches(PrivateKey key, X509Certificate certificate) {
        String keyAlgorithm = key.getAlgorithm();
        String signatureAlgorithm = switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> "";
        };
        if (signatureAlgorithm.isEmpty()) {
            return true;
        }
        String certificateAlgorithm = certificate.getPublicKey().getAlgorithm();
        if (!keyAlgorithm.equals(certificateAlgorithm) && !(isEdDsa(keyAlgorithm) && isEdDsa(certificateAlgorithm))) {
            return false;
        }
        byte[] challenge = "cloudsync key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm);
            signer.initSign(key, new SecureRandom());
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // for example an EC key on another curve than the certificate's
            return false;
        }
    }

    private static boolean isEdDsa(String algorithm) {
        return algorithm.startsWith("Ed");
    }

    private static KeyStore emptyKeyStore() throws GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try {
            keyStore.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory key store", e);
        }
        return keyStore;
    }

    /** Accepts every server certificate: only for the explicit {@code insecure} setting. */
    private static final class TrustEverything extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
