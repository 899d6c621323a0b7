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

import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link AlpnSocket} is a TLS socket that keeps offering its application protocols (ALPN): they are set when it
 * is made and set again after every {@link #setSSLParameters(SSLParameters)}, because a caller's fresh
 * {@link SSLParameters} would replace them with none (see {@link AlpnSocketFactory}). Everything else the caller
 * sets, such as SNI and endpoint identification, reaches the wrapped socket unchanged.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class AlpnSocket extends DelegatingSslSocket {

    private final String[] protocols;

    AlpnSocket(SSLSocket delegate, List<String> protocols) {
        super(delegate);
        this.protocols = protocols.toArray(new String[0]);
        applyProtocols();
    }

    /** Sets the parameters, then puts our application protocols back if they were replaced. */
    @Override
    public void setSSLParameters(@Nullable SSLParameters parameters) {
        delegate.setSSLParameters(parameters);
        applyProtocols();
    }

    /**
     * Sets our application protocols through a copy of the socket's current parameters, so the caller's
     * {@link SSLParameters} object is never changed and nothing else the socket holds is lost.
     */
    private void applyProtocols() {
        SSLParameters current = delegate.getSSLParameters();
        if (!Arrays.equals(current.getApplicationProtocols(), protocols)) {
            current.setApplicationProtocols(protocols.clone());
            delegate.setSSLParameters(current);
        }
    }

    @Override
    public String toString() {
        return "AlpnSocket" + Arrays.toString(protocols) + "[" + delegate + "]";
    }
}
