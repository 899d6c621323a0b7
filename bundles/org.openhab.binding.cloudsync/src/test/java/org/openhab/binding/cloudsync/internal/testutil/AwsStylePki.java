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
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link AwsStylePki} issues certificates shaped like those of AWS IoT Core, all RSA 2048 with SHA-256:
 * <ul>
 * <li>the server side: a root CA named like "Amazon Root CA 1", an intermediate like "Amazon RSA 2048 M01",
 * and a server certificate for the wildcard {@code *.iot.<region>.amazonaws.com} and the account's endpoint
 * {@code <prefix>-ats.iot.<region>.amazonaws.com}, plus {@code localhost} and {@code 127.0.0.1} so that tests
 * can connect on 127.0.0.1; the server sends the certificate and the intermediate, the client trusts the
 * root;</li>
 * <li>the device side: a separate device CA named like the one AWS signs device certificates with
 * ({@code OU=Amazon Web Services O=Amazon.com Inc. L=Seattle ST=Washington C=US}) and a device certificate
 * with the subject {@code CN=AWS IoT Certificate}, valid until the end of 2049 like AWS's.</li>
 * </ul>
 * Every name carries "Test" so that none of these can be mistaken for a real Amazon certificate.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AwsStylePki {

    /** AWS device certificates are valid until 2049-12-31 23:59:59 UTC. */
    private static final Instant DEVICE_NOT_AFTER = Instant.parse("2049-12-31T23:59:59Z");
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final String endpointHost;
    private final TestPki.Issued rootCa;
    private final TestPki.Issued serverIntermediate;
    private final TestPki.Issued server;
    private final TestPki.Issued deviceCa;
    private final TestPki.Issued device;

    private AwsStylePki(String endpointPrefix, String region) {
        this.endpointHost = endpointPrefix + "-ats.iot." + region + ".amazonaws.com";
        X500Name rootName = new X500Name("CN=Test Amazon Root CA 1, O=Test Amazon, C=US");
        rootCa = issue(rootName, null, true, List.of(), null, TestPki.validUntil());
        X500Name intermediateName = new X500Name("CN=Test Amazon RSA 2048 M01, O=Test Amazon, C=US");
        serverIntermediate = issue(intermediateName, rootCa, true, List.of(), null, TestPki.validUntil());
        String wildcard = "*.iot." + region + ".amazonaws.com";
        server = issue(new X500Name("CN=" + wildcard), serverIntermediate, false,
                List.of(wildcard, endpointHost, "localhost", "127.0.0.1"), KeyPurposeId.id_kp_serverAuth,
                TestPki.validUntil());
        X500Name deviceCaName = new X500Name(
                "OU=Test Amazon Web Services, O=Test Amazon.com Inc., L=Seattle, ST=Washington, C=US");
        deviceCa = issue(deviceCaName, null, true, List.of(), null, DEVICE_NOT_AFTER);
        device = issue(new X500Name("CN=AWS IoT Certificate"), deviceCa, false, List.of(),
                KeyPurposeId.id_kp_clientAuth, DEVICE_NOT_AFTER);
    }

    /**
     * @param endpointPrefix the account's endpoint prefix, for example {@code a1b2c3d4e5f6g7}
     * @param region the AWS region, for example {@code eu-central-1}
     */
    public static AwsStylePki create(String endpointPrefix, String region) {
        return new AwsStylePki(endpointPrefix, region);
    }

    /** The account's endpoint, {@code <prefix>-ats.iot.<region>.amazonaws.com}; the server certificate names it. */
    public String endpointHost() {
        return endpointHost;
    }

    /** What a client trusts, like "Amazon Root CA 1". */
    public TestPki.Issued rootCa() {
        return rootCa;
    }

    public TestPki.Issued serverIntermediate() {
        return serverIntermediate;
    }

    public TestPki.Issued server() {
        return server;
    }

    /** What the server sends: its certificate, then the intermediate. */
    public List<X509Certificate> serverChain() {
        return List.of(server.certificate(), serverIntermediate.certificate());
    }

    /** The CA that signs device certificates; the server trusts it for client certificates. */
    public TestPki.Issued deviceCa() {
        return deviceCa;
    }

    /** A device certificate with its key, {@code CN=AWS IoT Certificate}. */
    public TestPki.Issued device() {
        return device;
    }

    /** Issues a certificate, signed by the signer or, when that is null, by its own key (a root). */
    private static TestPki.Issued issue(X500Name subject, TestPki.@Nullable Issued signer, boolean isCa,
            List<String> names, @Nullable KeyPurposeId purpose, Instant notAfter) {
        KeyPair keys = rsa2048();
        try {
            X500Name issuer = signer == null ? subject
                    : X500Name.getInstance(signer.certificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(TestPki.validFrom()), Date.from(notAfter),
                    subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    signer == null ? extensions.createAuthorityKeyIdentifier(keys.getPublic())
                            : extensions.createAuthorityKeyIdentifier(signer.certificate()));
            // the intermediate may sign end certificates only, like Amazon's (path length 0)
            builder.addExtension(Extension.basicConstraints, true,
                    isCa ? (signer == null ? new BasicConstraints(true) : new BasicConstraints(0))
                            : new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (purpose != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            if (!names.isEmpty()) {
                List<GeneralName> generalNames = new ArrayList<>();
                for (String name : names) {
                    boolean ipAddress = name.chars().allMatch(c -> Character.isDigit(c) || c == '.');
                    generalNames.add(new GeneralName(ipAddress ? GeneralName.iPAddress : GeneralName.dNSName, name));
                }
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(generalNames.toArray(new GeneralName[0])));
            }
            PrivateKey signingKey = signer == null ? keys.getPrivate() : signer.privateKey();
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
            return new TestPki.Issued(keys, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
