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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.cloudsync.internal.mqtt.PemException.Problem;
import org.openhab.binding.cloudsync.internal.testutil.TestPki;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.Issued;
import org.openhab.binding.cloudsync.internal.testutil.TestPki.KeyType;

/**
 * Specifies which PEM forms of certificates and private keys are read with the JDK alone, and what a wrong
 * one is told: PKCS#8, encrypted PKCS#8, PKCS#1 RSA and SEC1 EC keys, with or without line breaks.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class PemReaderTest {

    private static final String PASSWORD = "k3y-pa55";
    private static TestPki pki = TestPki.create("unset");

    @BeforeAll
    static void createCa() {
        pki = TestPki.create("PEM Test CA");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void pkcs8KeyIsReadAsTheSameKey(KeyType type) throws PemException {
        Issued client = pki.client(type, "pkcs8");

        PrivateKey key = PemReader.privateKey(client.pkcs8Pem(), null);

        assertArrayEquals(client.privateKey().getEncoded(), key.getEncoded(), "PKCS#8 " + type + " key changed");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void traditionalPkcs1AndSec1KeysAreWrappedIntoTheSameKey(KeyType type) throws PemException {
        Issued client = pki.client(type, "traditional");
        String pem = client.traditionalPem();
        assertTrue(pem.contains("BEGIN " + type + " PRIVATE KEY"), "test data must be PKCS#1 or SEC1: " + type);

        PrivateKey key = PemReader.privateKey(pem, null);

        assertEquals(type.name(), key.getAlgorithm());
        assertTrue(TlsSocketFactoryBuilder.keyMatches(key, client.certificate()),
                "the wrapped " + type + " key must still belong to its certificate");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void encryptedPkcs8KeyIsDecryptedWithItsPassword(KeyType type) throws PemException {
        Issued client = pki.client(type, "encrypted");

        PrivateKey key = PemReader.privateKey(client.encryptedPkcs8Pem(PASSWORD), PASSWORD);

        assertArrayEquals(client.privateKey().getEncoded(), key.getEncoded());
    }

    /** Keys and certificates written by OpenSSL 3 (src/test/resources/pem, throw-away, password openssl-test). */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({ "openssl-ec-sec1.key, openssl-ec.crt, ", "openssl-ec-pkcs8.key, openssl-ec.crt, ",
            "openssl-ec-pkcs8-encrypted.key, openssl-ec.crt, openssl-test", "openssl-rsa-pkcs1.key, openssl-rsa.crt, ",
            "openssl-rsa-pkcs8-encrypted.key, openssl-rsa.crt, openssl-test" })
    void keysWrittenByOpenSslAreReadAndMatchTheirCertificate(String keyFile, String certificateFile,
            @Nullable String password) throws Exception {
        PrivateKey key = PemReader.privateKey(resource(keyFile), password);
        X509Certificate certificate = PemReader.certificates(resource(certificateFile)).get(0);

        assertTrue(TlsSocketFactoryBuilder.keyMatches(key, certificate), keyFile + " must match " + certificateFile);
    }

    @Test
    void legacyEncryptedKeyWrittenByOpenSslIsRefusedWithAdvice() throws Exception {
        String pem = resource("openssl-rsa-legacy-encrypted.key");

        assertProblem(Problem.LEGACY_ENCRYPTION, () -> PemReader.privateKey(pem, "openssl-test"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PemReaderTest.class.getResourceAsStream("/pem/" + name)) {
            assertNotNull(in, "test resource /pem/" + name);
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void ed25519KeyIsRead() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        PrivateKey original = generator.generateKeyPair().getPrivate();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(original.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        assertArrayEquals(original.getEncoded(), PemReader.privateKey(pem, null).getEncoded());
    }

    @Test
    void encryptedKeyWithoutPasswordAsksForIt() {
        String pem = pki.client(KeyType.EC, "x").encryptedPkcs8Pem(PASSWORD);

        assertProblem(Problem.PASSWORD_NEEDED, () -> PemReader.privateKey(pem, null));
    }

    @Test
    void encryptedKeyWithWrongPasswordSaysSo() {
        String pem = pki.client(KeyType.RSA, "x").encryptedPkcs8Pem(PASSWORD);

        assertProblem(Problem.WRONG_PASSWORD, () -> PemReader.privateKey(pem, "wrong"));
    }

    @Test
    void legacyOpenSslEncryptionIsRefusedWithAdvice() {
        String pem = pki.client(KeyType.RSA, "x").legacyEncryptedPem(PASSWORD);
        assertTrue(pem.contains("Proc-Type: 4,ENCRYPTED"), "test data must use the legacy encryption");

        assertProblem(Problem.LEGACY_ENCRYPTION, () -> PemReader.privateKey(pem, PASSWORD));
    }

    @Test
    void pemWithoutLineBreaksOrWithSpacesInsteadIsRead() throws PemException {
        Issued server = pki.server();
        String oneLine = server.certificatePem().replace("\n", "");
        String spaces = server.certificatePem().replace('\n', ' ');

        assertEquals(server.certificate(), PemReader.certificates(oneLine).get(0));
        assertEquals(server.certificate(), PemReader.certificates(spaces).get(0));
        assertArrayEquals(server.privateKey().getEncoded(),
                PemReader.privateKey(server.pkcs8Pem().replace('\n', ' '), null).getEncoded());
    }

    @Test
    void chainIsReadInOrderAndTextAroundBlocksIsIgnored() throws PemException {
        Issued server = pki.server();
        String bundle = "Bag Attributes\n    friendlyName: server\n" + server.certificatePem() + "subject=CN=CA\n"
                + pki.caPem();

        List<X509Certificate> chain = PemReader.certificates(bundle);

        assertEquals(List.of(server.certificate(), pki.ca().certificate()), chain);
    }

    @Test
    void keyIsFoundInACombinedCertificateAndKeyFile() throws PemException {
        Issued client = pki.client(KeyType.EC, "combined");

        PrivateKey key = PemReader.privateKey(client.certificatePem() + client.pkcs8Pem(), null);

        assertArrayEquals(client.privateKey().getEncoded(), key.getEncoded());
    }

    @Test
    void wrongInputsNameTheirProblemWithoutRepeatingTheText() {
        Issued client = pki.client(KeyType.EC, "x");
        String keyBody = client.pkcs8Pem().split("\n")[1];

        assertProblem(Problem.NO_PEM, () -> PemReader.certificates("just text"));
        assertProblem(Problem.DAMAGED, () -> PemReader.certificates("-----BEGIN CERTIFICATE-----\nAAAA"));
        assertProblem(Problem.DAMAGED, () -> PemReader.certificates(pem("CERTIFICATE", "!!!")));
        assertProblem(Problem.BAD_CERTIFICATE, () -> PemReader.certificates(pem("CERTIFICATE", "AAAA")));
        PemException wrongBlock = assertProblem(Problem.WRONG_BLOCK, () -> PemReader.certificates(client.pkcs8Pem()));
        assertEquals("PRIVATE KEY", wrongBlock.detail());
        assertFalse(wrongBlock.getMessage().contains(keyBody), "no key material in the message");
        assertProblem(Problem.WRONG_BLOCK, () -> PemReader.privateKey(client.certificatePem(), null));
        assertProblem(Problem.UNSUPPORTED_KEY, () -> PemReader.privateKey(pem("OPENSSH PRIVATE KEY", "AAAA"), null));
        assertProblem(Problem.BAD_KEY, () -> PemReader.privateKey(pem("PRIVATE KEY", "AAAA"), null));
        assertProblem(Problem.BAD_KEY, () -> PemReader.privateKey(pem("EC PRIVATE KEY", "MAA="), null));
    }

    @Test
    void keyOfAnotherCertificateDoesNotMatch() {
        Issued first = pki.client(KeyType.EC, "first");
        Issued second = pki.client(KeyType.EC, "second");
        Issued rsa = pki.client(KeyType.RSA, "rsa");

        assertTrue(TlsSocketFactoryBuilder.keyMatches(first.privateKey(), first.certificate()));
        assertFalse(TlsSocketFactoryBuilder.keyMatches(second.privateKey(), first.certificate()));
        assertFalse(TlsSocketFactoryBuilder.keyMatches(rsa.privateKey(), first.certificate()));
    }

    private static String pem(String type, String body) {
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----";
    }

    private interface PemCall {
        Object call() throws PemException;
    }

    private static PemException assertProblem(Problem expected, PemCall call) {
        PemException error = assertThrows(PemException.class, call::call, "expected " + expected);
        assertEquals(expected, error.problem(), "problem reported: " + error.getMessage());
        return error;
    }
}
