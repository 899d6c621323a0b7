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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link PemException} says why PEM text could not be turned into certificates or a private key. Its
 * message and detail never contain key material or passwords: only block types and the JDK's reason for a
 * rejected certificate.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PemException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong; each has its own status text. */
    public enum Problem {
        /** No {@code -----BEGIN ...-----} / {@code -----END ...-----} block at all. */
        NO_PEM,
        /** A block whose content is not Base64. */
        DAMAGED,
        /** Blocks, but none of the wanted kind; the detail names the kinds found. */
        WRONG_BLOCK,
        /** A certificate block the JDK does not accept; the detail is the JDK's reason. */
        BAD_CERTIFICATE,
        /** A private key block that is not a valid RSA, EC or EdDSA key. */
        BAD_KEY,
        /** A private key kind we cannot read (for example DSA or OpenSSH); the detail is the block type. */
        UNSUPPORTED_KEY,
        /** An encrypted private key without a password. */
        PASSWORD_NEEDED,
        /** An encrypted private key that the password does not decrypt. */
        WRONG_PASSWORD,
        /** OpenSSL's old {@code Proc-Type: 4,ENCRYPTED} key encryption, which the JDK cannot decrypt. */
        LEGACY_ENCRYPTION
    }

    private final Problem problem;
    private final String detail;

    public PemException(Problem problem, String detail) {
        super(problem + (detail.isEmpty() ? "" : ": " + detail));
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** A secret-free detail for the status text; may be empty. */
    public String detail() {
        return detail;
    }
}
