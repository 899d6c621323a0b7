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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.mqtt.PemException.Problem;

/**
 * The {@link PrivateKeyDecoder} is responsible for turning the DER content of a PEM private key block into a
 * JDK {@link PrivateKey}. The JDK reads only PKCS#8, so PKCS#1 RSA keys and SEC1 EC keys are wrapped into a
 * PKCS#8 {@code PrivateKeyInfo} here (a few bytes of DER), and encrypted PKCS#8 is decrypted with the JDK's
 * PBE ciphers. No crypto library is needed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class PrivateKeyDecoder {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int NULL = 0x05;
    private static final int EC_PARAMETERS_TAG = 0xA0;
    /** OID 1.2.840.113549.1.1.1 (rsaEncryption), as a complete DER element. */
    private static final byte[] RSA_ENCRYPTION = { 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D,
            0x01, 0x01, 0x01 };
    /** OID 1.2.840.10045.2.1 (id-ecPublicKey), as a complete DER element. */
    private static final byte[] EC_PUBLIC_KEY = { 0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01 };
    private static final byte[] VERSION_ZERO = { INTEGER, 0x01, 0x00 };
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "EdDSA", "RSASSA-PSS");

    private PrivateKeyDecoder() {
    }

    static PrivateKey decode(String type, byte[] der, @Nullable String password) throws PemException {
        switch (type) {
            case "PRIVATE KEY":
                return fromPkcs8(der);
            case "RSA PRIVATE KEY":
                return fromPkcs8(element(SEQUENCE, VERSION_ZERO,
                        element(SEQUENCE, RSA_ENCRYPTION, new byte[] { NULL, 0 }), element(OCTET_STRING, der)));
            case "EC PRIVATE KEY":
                return fromPkcs8(element(SEQUENCE, VERSION_ZERO, element(SEQUENCE, EC_PUBLIC_KEY, curveOf(der)),
                        element(OCTET_STRING, der)));
            case "ENCRYPTED PRIVATE KEY":
                if (password == null || password.isEmpty()) {
                    throw new PemException(Problem.PASSWORD_NEEDED, "");
                }
                return fromPkcs8(decrypt(der, password));
            default:
                throw new PemException(Problem.UNSUPPORTED_KEY, type);
        }
    }

    private static PrivateKey fromPkcs8(byte[] pkcs8) throws PemException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(pkcs8);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not a key of this algorithm; try the next
            }
        }
        throw new PemException(Problem.BAD_KEY, "");
    }

    private static byte[] decrypt(byte[] der, String password) throws PemException {
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (IOException e) {
            throw new PemException(Problem.BAD_KEY, "");
        }
        // for PBES2 (what OpenSSL writes) the JDK names the cipher only in the parameters
        AlgorithmParameters parameters = info.getAlgParameters();
        String algorithm = "PBES2".equals(info.getAlgName()) && parameters != null ? parameters.toString()
                : info.getAlgName();
        char[] passwordChars = password.toCharArray();
        PBEKeySpec keySpec = new PBEKeySpec(passwordChars);
        try {
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(algorithm).generateSecret(keySpec),
                    parameters);
            return info.getKeySpec(cipher).getEncoded();
        } catch (InvalidKeySpecException e) {
            throw new PemException(Problem.WRONG_PASSWORD, "");
        } catch (GeneralSecurityException e) {
            throw new PemException(Problem.UNSUPPORTED_KEY, "ENCRYPTED PRIVATE KEY (" + algorithm + ")");
        } finally {
            keySpec.clearPassword();
            Arrays.fill(passwordChars, '\0');
        }
    }

    /** The named-curve OID of a SEC1 {@code ECPrivateKey}, taken from its {@code [0] parameters} field. */
    private static byte[] curveOf(byte[] sec1) throws PemException {
        try {
            Element key = Element.read(sec1, 0);
            if (key.tag() != SEQUENCE) {
                throw new PemException(Problem.BAD_KEY, "");
            }
            int offset = key.contentStart();
            while (offset < key.end()) {
                Element field = Element.read(sec1, offset);
                if (field.tag() == EC_PARAMETERS_TAG) {
                    return Arrays.copyOfRange(sec1, field.contentStart(), field.end());
                }
                offset = field.end();
            }
        } catch (IndexOutOfBoundsException e) {
            // truncated DER
        }
        throw new PemException(Problem.BAD_KEY, "");
    }

    /** Encodes one DER element with the given tag around the concatenated parts. */
    static byte[] element(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    /** Where one DER element sits in a byte array. */
    record Element(int tag, int contentStart, int end) {

        static Element read(byte[] der, int offset) {
            int tag = der[offset] & 0xFF;
            int first = der[offset + 1] & 0xFF;
            int position = offset + 2;
            int length;
            if (first < 0x80) {
                length = first;
            } else {
                int count = first & 0x7F;
                if (count == 0 || count > 4) {
                    throw new IndexOutOfBoundsException("unsupported DER length");
                }
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (der[position++] & 0xFF);
                }
            }
            int end = position + length;
            if (length < 0 || end > der.length) {
                throw new IndexOutOfBoundsException("DER element beyond its container");
            }
            return new Element(tag, position, end);
        }
    }
}
