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
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemGenerationException;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link TestPki} is a throw-away certificate authority for TLS tests: it issues server and client
 * certificates (RSA or EC, valid, expired, or for other host names) and writes keys in every PEM form the
 * add-on reads. BouncyCastle is used here only; the add-on itself reads PEM with the JDK.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class TestPki {

    /** Which kind of key to generate. */
    public enum KeyType {
        RSA,
        EC
    }

    /** A key pair with its certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {

        public PrivateKey privateKey() {
            return keys.getPrivate();
        }

        public String certificatePem() {
            return TestPki.certificatePem(certificate);
        }

        /** PKCS#8, {@code -----BEGIN PRIVATE KEY-----}. */
        public String pkcs8Pem() {
            return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        }

        /**
         * OpenSSL's traditional form: {@code RSA PRIVATE KEY} (PKCS#1) or {@code EC PRIVATE KEY} (SEC1 with the
         * named curve, as {@code openssl ecparam -genkey} writes it).
         */
        public String traditionalPem() {
            if (keys.getPrivate() instanceof java.security.interfaces.ECPrivateKey ec) {
                ASN1Encodable curve = PrivateKeyInfo.getInstance(ec.getEncoded()).getPrivateKeyAlgorithm()
                        .getParameters();
                try {
                    return pem("EC PRIVATE KEY", new ECPrivateKey(256, ec.getS(), curve).getEncoded());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return write(keys.getPrivate(), null);
        }

        /** Encrypted PKCS#8 (PBES2 with AES-256, as {@code openssl pkcs8 -topk8} writes it). */
        public String encryptedPkcs8Pem(String password) {
            try {
                return write(new JcaPKCS8Generator(keys.getPrivate(),
                        new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(BC)
                                .setPassword(password.toCharArray()).build()),
                        null);
            } catch (OperatorCreationException | PemGenerationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** OpenSSL's old {@code Proc-Type: 4,ENCRYPTED} form, which the add-on must refuse with advice. */
        public String legacyEncryptedPem(String password) {
            return write(keys.getPrivate(), password);
        }
    }

    /** Used for writing encrypted keys only; not registered, so the code under test sees the JDK's providers. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final Issued ca;
    private final String name;

    private TestPki(String name, Issued ca) {
        this.name = name;
        this.ca = ca;
    }

    /** A new CA with an EC key, valid from yesterday for a year. */
    public static TestPki create(String name) {
        KeyPair keys = generate(KeyType.EC);
        X500Name subject = new X500Name("CN=" + name);
        return new TestPki(name,
                new Issued(keys, sign(subject, keys, subject, true, List.of(), null, validFrom(), validUntil(), null)));
    }

    public Issued ca() {
        return ca;
    }

    public String caPem() {
        return ca.certificatePem();
    }

    /** A server certificate for {@code localhost} and {@code 127.0.0.1}. */
    public Issued server() {
        return server(KeyType.EC, List.of("localhost", "127.0.0.1"), validFrom(), validUntil());
    }

    /**
     * A server certificate.
     *
     * @param names DNS names and IP addresses the certificate is for
     */
    public Issued server(KeyType type, List<String> names, Instant notBefore, Instant notAfter) {
        KeyPair keys = generate(type);
        return new Issued(keys, sign(new X500Name("CN=" + names.get(0)), keys, new X500Name("CN=" + name), false, names,
                KeyPurposeId.id_kp_serverAuth, notBefore, notAfter, ca));
    }

    /** A client certificate for mutual TLS. */
    public Issued client(KeyType type, String commonName) {
        KeyPair keys = generate(type);
        return new Issued(keys, sign(new X500Name("CN=" + commonName), keys, new X500Name("CN=" + name), false,
                List.of(), KeyPurposeId.id_kp_clientAuth, validFrom(), validUntil(), ca));
    }

    public static Instant validFrom() {
        return Instant.now().minus(Duration.ofDays(1));
    }

    public static Instant validUntil() {
        return Instant.now().plus(Duration.ofDays(365));
    }

    /** Writes text to a new file in the directory and returns its path. */
    public static Path write(Path directory, String fileName, String text) {
        try {
            return Files.writeString(directory.resolve(fileName), text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a Java key store holding the issued key and certificate, and this CA as a trusted certificate (for
     * brokers that check client certificates against their key store, like Moquette).
     */
    public Path keyStore(Path file, Issued issued, String password) {
        try {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            store.setKeyEntry("server", issued.privateKey(), password.toCharArray(),
                    new X509Certificate[] { issued.certificate(), ca.certificate() });
            store.setCertificateEntry("ca", ca.certificate());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String certificatePem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String write(Object object, @Nullable String password) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (password == null) {
                writer.writeObject(object);
            } else {
                writer.writeObject(object,
                        new JcePEMEncryptorBuilder("AES-128-CBC").setProvider(BC).build(password.toCharArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static KeyPair generate(KeyType type) {
        try {
            if (type == KeyType.RSA) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Issues a certificate, signed by the signer or, when that is null, by the subject's own key. */
    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, boolean isCa,
            List<String> names, @Nullable KeyPurposeId purpose, Instant notBefore, Instant notAfter,
            @Nullable Issued signer) {
        PrivateKey signingKey = signer == null ? subjectKeys.getPrivate() : signer.privateKey();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    signer == null ? extensions.createAuthorityKeyIdentifier(subjectKeys.getPublic())
                            : extensions.createAuthorityKeyIdentifier(signer.certificate()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (purpose != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            if (!names.isEmpty()) {
                List<GeneralName> generalNames = new ArrayList<>();
                for (String entry : names) {
                    generalNames.add(isIpAddress(entry) ? new GeneralName(GeneralName.iPAddress, entry)
                            : new GeneralName(GeneralName.dNSName, entry));
                }
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(generalNames.toArray(new GeneralName[0])));
            }
            String algorithm = "RSA".equals(signingKey.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(signingKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isIpAddress(String name) {
        if (!name.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')) {
            return false;
        }
        try {
            InetAddress.getByName(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
