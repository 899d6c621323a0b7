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

import java.util.List;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link TlsSettings} say how a TLS connection (ssl:// or wss://) checks the broker and proves who we are.
 * The socket factory holds the trusted certificates and the client key; nothing here prints them.
 *
 * @param socketFactory creates the TLS sockets (see {@link TlsSocketFactoryBuilder})
 * @param verifyHostname whether the broker's certificate must name the host we connect to
 * @param insecure whether certificate checks are off altogether (then no host name check either)
 * @param applicationProtocols the TLS application protocols (ALPN) to offer, for example {@code x-amzn-mqtt-ca} for
 *            AWS IoT Core on port 443; empty for none
 * @param summary what is configured, without secrets, for logs and the console: for example
 *            {@code CA from caCertificate, client certificate CN=home1} or {@code JVM trust store}
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record TlsSettings(SSLSocketFactory socketFactory, boolean verifyHostname, boolean insecure,
        List<String> applicationProtocols, String summary) {

    public TlsSettings {
        applicationProtocols = List.copyOf(applicationProtocols);
    }

    @Override
    public String toString() {
        return "TlsSettings[" + summary + (applicationProtocols.isEmpty() ? "" : ", ALPN " + applicationProtocols)
                + (insecure ? ", INSECURE" : verifyHostname ? "" : ", no host name check") + "]";
    }
}
