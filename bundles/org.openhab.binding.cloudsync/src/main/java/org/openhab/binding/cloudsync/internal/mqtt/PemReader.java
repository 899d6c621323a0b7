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

import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.PemException.Problem;

/**
 * The {@link PemReader} is responsible for reading X.509 certificates and private keys from PEM text with
 * the JDK alone. It is lenient about layout, because text pasted into a one-line UI field loses its line
 * breaks: whitespace inside a block, or none at all, is accepted.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PemReader {

    private static final String BEGIN = "-----BEGIN ";
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----",
            Pattern.DOTALL);
    private static final String CERTIFICATE = "CERTIFICATE";

    /** One PEM block: its type (the text after BEGIN) and its decoded content. */
    record Block(String type, byte[] der, boolean legacyEncrypted) {
    }

    private PemReader() {
    }

    /** Whether the text looks like PEM rather than the path of a PEM file. */
    public static boolean isPem(String text) {
        return text.contains(BEGIN);
    }

    /**
     * Reads every certificate of the text, in order.
     *
     * @throws PemException when there is no certificate or one is not valid
     */
    public static List<X509Certificate> certificates(String text) throws PemException {
        List<Block> blocks = blocks(text);
        List<X509Certificate> certificates = new ArrayList<>();
        CertificateFactory factory = certificateFactory();
        for (Block block : blocks) {
            if (CERTIFICATE.equals(block.type())) {
                try {
                    certificates
                            .add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                } catch (CertificateException e) {
                    throw new PemException(Problem.BAD_CERTIFICATE, String.valueOf(e.getMessage()));
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new PemException(Problem.WRONG_BLOCK, typesOf(blocks));
        }
        return certificates;
    }

    /**
     * Reads the first private key of the text: PKCS#8 ({@code PRIVATE KEY}), encrypted PKCS#8
     * ({@code ENCRYPTED PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}).
     *
     * @param password the password of an encrypted key, or null
     * @throws PemException when there is no readable key
     */
    public static PrivateKey privateKey(String text, @Nullable String password) throws PemException {
        List<Block> blocks = blocks(text);
        for (Block block : blocks) {
            if (block.type().endsWith("PRIVATE KEY")) {
                if (block.legacyEncrypted()) {
                    throw new PemException(Problem.LEGACY_ENCRYPTION, block.type());
                }
                return PrivateKeyDecoder.decode(block.type(), block.der(), password);
            }
        }
        throw new PemException(Problem.WRONG_BLOCK, typesOf(blocks));
    }

    /** Splits the text into its PEM blocks; text outside the blocks (comments, bag attributes) is ignored. */
    static List<Block> blocks(String text) throws PemException {
        if (!isPem(text)) {
            throw new PemException(Problem.NO_PEM, "");
        }
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            String type = matcher.group(1);
            String body = matcher.group(2);
            boolean legacyEncrypted = body.contains("Proc-Type:") && body.contains("ENCRYPTED");
            byte[] der = new byte[0];
            if (!legacyEncrypted) {
                try {
                    der = Base64.getDecoder().decode(body.replaceAll("\\s", ""));
                } catch (IllegalArgumentException e) {
                    throw new PemException(Problem.DAMAGED, type);
                }
                if (der.length == 0) {
                    throw new PemException(Problem.DAMAGED, type);
                }
            }
            blocks.add(new Block(type, der, legacyEncrypted));
        }
        if (blocks.isEmpty()) {
            // a BEGIN line without its END line
            throw new PemException(Problem.DAMAGED, "");
        }
        return blocks;
    }

    private static String typesOf(List<Block> blocks) {
        Set<String> types = new LinkedHashSet<>();
        blocks.forEach(block -> types.add(block.type()));
        return String.join(", ", types);
    }

    private static CertificateFactory certificateFactory() throws PemException {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            // every JDK has X.509
            throw new PemException(Problem.BAD_CERTIFICATE, String.valueOf(e.getMessage()));
        }
    }
}
