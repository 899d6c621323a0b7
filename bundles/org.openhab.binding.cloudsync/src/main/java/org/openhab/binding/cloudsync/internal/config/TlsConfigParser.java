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
package org.openhab.binding.cloudsync.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.PemException;
import org.openhab.binding.cloudsync.internal.mqtt.PemReader;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSocketFactoryBuilder;

/**
 * The {@link TlsConfigParser} is responsible for the {@code security} parameters: it reads the CA
 * certificate, the client certificate and the private key (each PEM text or the path of a PEM file), checks
 * that key and certificate belong together, and builds the {@link TlsSettings}. Every problem becomes a
 * {@link InvalidConfigurationException} naming the parameter; none repeats the private key or its password.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class TlsConfigParser {

    static final String CA_CERTIFICATE = "caCertificate";
    static final String CLIENT_CERTIFICATE = "clientCertificate";
    static final String PRIVATE_KEY = "privateKey";
    /** Longer than any path; such text is not shown as a path in an error. */
    private static final int MAX_PATH_LENGTH = 1024;

    private TlsConfigParser() {
    }

    /**
     * The TLS parameters of a Thing: PEM text or file paths, the key's password and the two checks of the broker.
     *
     * @param caCertificate the CAs to trust instead of the Java runtime's; empty for those
     * @param clientCertificate our certificate for mutual TLS, or empty
     * @param privateKey its private key, or empty
     * @param privateKeyPassword the password of an encrypted key, or empty
     * @param verifyHostname whether the broker's certificate must name the host
     * @param insecure whether every check of the broker is off
     */
    record TlsParameters(String caCertificate, String clientCertificate, String privateKey, String privateKeyPassword,
            boolean verifyHostname, boolean insecure) {

        @Override
        public String toString() {
            return "TlsParameters[ca=" + !caCertificate.isEmpty() + ", certificate=" + !clientCertificate.isEmpty()
                    + ", key=" + (privateKey.isEmpty() ? "none" : SecretMasking.MASK) + "]";
        }
    }

    /** The TLS settings for ssl:// and wss://, or null for tcp:// and ws:// (where none may be set). */
    static @Nullable TlsSettings parse(MqttEndpointConfiguration config, BrokerAddress address)
            throws InvalidConfigurationException {
        TlsParameters parameters = new TlsParameters(config.caCertificate, config.clientCertificate, config.privateKey,
                config.privateKeyPassword, config.verifyHostname, config.insecure);
        if (!address.usesTls()) {
            if (!parameters.caCertificate().isBlank() || !parameters.clientCertificate().isBlank()
                    || !parameters.privateKey().isBlank() || !parameters.privateKeyPassword().isEmpty()
                    || config.insecure || !config.verifyHostname) {
                throw new InvalidConfigurationException("offline.conf-error-tls-not-used", address.protocol());
            }
            return null;
        }
        return parse(parameters, List.of());
    }

    /**
     * The TLS settings of a connection that always uses TLS.
     *
     * @param applicationProtocols the ALPN protocols to offer, for example {@code x-amzn-mqtt-ca}; empty for none
     */
    static TlsSettings parse(TlsParameters parameters, List<String> applicationProtocols)
            throws InvalidConfigurationException {
        String caText = parameters.caCertificate().trim();
        String certificateText = parameters.clientCertificate().trim();
        String keyText = parameters.privateKey().trim();
        String keyPassword = parameters.privateKeyPassword();
        List<X509Certificate> trusted = caText.isEmpty() ? List.of()
                : certificates(CA_CERTIFICATE, read(CA_CERTIFICATE, caText));
        List<X509Certificate> clientChain = List.of();
        PrivateKey key = null;
        if (certificateText.isEmpty() != keyText.isEmpty()) {
            throw new InvalidConfigurationException(
                    keyText.isEmpty() ? "offline.conf-error-key-missing" : "offline.conf-error-certificate-missing");
        } else if (!keyText.isEmpty()) {
            clientChain = certificates(CLIENT_CERTIFICATE, read(CLIENT_CERTIFICATE, certificateText));
            key = privateKey(readKey(keyText), keyPassword);
            if (!TlsSocketFactoryBuilder.keyMatches(key, clientChain.get(0))) {
                throw new InvalidConfigurationException("offline.conf-error-key-mismatch");
            }
        } else if (!keyPassword.isEmpty()) {
            throw new InvalidConfigurationException("offline.conf-error-key-password-unused");
        }
        SSLSocketFactory factory;
        try {
            factory = TlsSocketFactoryBuilder.build(trusted, clientChain, key, parameters.insecure());
        } catch (GeneralSecurityException e) {
            throw new InvalidConfigurationException("offline.conf-error-tls-setup", String.valueOf(e.getMessage()));
        }
        String summary = (trusted.isEmpty() ? "JVM trust store" : "CA from " + CA_CERTIFICATE)
                + (clientChain.isEmpty() ? ""
                        : ", client certificate " + clientChain.get(0).getSubjectX500Principal().getName());
        return new TlsSettings(factory, parameters.verifyHostname(), parameters.insecure(), applicationProtocols,
                summary);
    }

    private static List<X509Certificate> certificates(String parameter, String pem)
            throws InvalidConfigurationException {
        try {
            return PemReader.certificates(pem);
        } catch (PemException e) {
            throw switch (e.problem()) {
                case NO_PEM -> new InvalidConfigurationException("offline.conf-error-pem-none", parameter);
                case WRONG_BLOCK ->
                    new InvalidConfigurationException("offline.conf-error-pem-no-certificate", parameter, e.detail());
                case BAD_CERTIFICATE ->
                    new InvalidConfigurationException("offline.conf-error-pem-certificate", parameter, e.detail());
                default -> new InvalidConfigurationException("offline.conf-error-pem-damaged", parameter);
            };
        }
    }

    private static PrivateKey privateKey(String pem, String password) throws InvalidConfigurationException {
        try {
            return PemReader.privateKey(pem, password.isEmpty() ? null : password);
        } catch (PemException e) {
            throw switch (e.problem()) {
                case NO_PEM -> new InvalidConfigurationException("offline.conf-error-pem-none", PRIVATE_KEY);
                case DAMAGED -> new InvalidConfigurationException("offline.conf-error-pem-damaged", PRIVATE_KEY);
                case WRONG_BLOCK ->
                    new InvalidConfigurationException("offline.conf-error-pem-no-key", PRIVATE_KEY, e.detail());
                case UNSUPPORTED_KEY ->
                    new InvalidConfigurationException("offline.conf-error-key-unsupported", e.detail());
                case PASSWORD_NEEDED -> new InvalidConfigurationException("offline.conf-error-key-password-missing");
                case WRONG_PASSWORD -> new InvalidConfigurationException("offline.conf-error-key-password-wrong");
                case LEGACY_ENCRYPTION -> new InvalidConfigurationException("offline.conf-error-key-legacy-encryption");
                default -> new InvalidConfigurationException("offline.conf-error-key-invalid");
            };
        }
    }

    /** PEM text as given, or the content of the file it names. */
    private static String read(String parameter, String value) throws InvalidConfigurationException {
        if (PemReader.isPem(value)) {
            return value;
        }
        String content = readFile(value);
        if (content == null) {
            throw looksLikePath(value)
                    ? new InvalidConfigurationException("offline.conf-error-pem-file", parameter, value)
                    : new InvalidConfigurationException("offline.conf-error-pem-none", parameter);
        }
        return content;
    }

    /** Like {@link #read}, but an error never repeats the value: it may be key material pasted without PEM lines. */
    private static String readKey(String value) throws InvalidConfigurationException {
        if (PemReader.isPem(value)) {
            return value;
        }
        String content = readFile(value);
        if (content == null) {
            throw new InvalidConfigurationException("offline.conf-error-key-file");
        }
        return content;
    }

    private static boolean looksLikePath(String value) {
        return value.length() <= MAX_PATH_LENGTH && value.indexOf('\n') < 0;
    }

    private static @Nullable String readFile(String value) {
        if (!looksLikePath(value)) {
            return null;
        }
        try {
            // PEM is ASCII; ISO-8859-1 never fails to decode, so a stray byte shows up as a PEM error instead
            return Files.readString(Path.of(value), StandardCharsets.ISO_8859_1);
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }
}
