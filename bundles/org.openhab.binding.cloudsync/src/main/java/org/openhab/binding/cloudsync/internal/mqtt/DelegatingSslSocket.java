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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import javax.net.ssl.HandshakeCompletedEvent;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link DelegatingSslSocket} is a TLS socket that forwards everything to the socket it wraps, for subclasses
 * that change one thing: the TLS methods here, the plain socket's in {@link ForwardingSocket}. Handshake events
 * name this socket, not the wrapped one.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
abstract class DelegatingSslSocket extends ForwardingSocket {

    /** Our listeners to the adapters registered with the wrapped socket, so that events name this socket. */
    private final Map<HandshakeCompletedListener, HandshakeCompletedListener> listeners = new HashMap<>();

    DelegatingSslSocket(SSLSocket delegate) {
        super(delegate);
    }

    @Override
    public void setSSLParameters(@Nullable SSLParameters parameters) {
        delegate.setSSLParameters(parameters);
    }

    @Override
    public SSLParameters getSSLParameters() {
        return delegate.getSSLParameters();
    }

    // TLS

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public String[] getEnabledCipherSuites() {
        return delegate.getEnabledCipherSuites();
    }

    @Override
    public void setEnabledCipherSuites(String @Nullable [] suites) {
        delegate.setEnabledCipherSuites(suites);
    }

    @Override
    public String[] getSupportedProtocols() {
        return delegate.getSupportedProtocols();
    }

    @Override
    public String[] getEnabledProtocols() {
        return delegate.getEnabledProtocols();
    }

    @Override
    public void setEnabledProtocols(String @Nullable [] protocolVersions) {
        delegate.setEnabledProtocols(protocolVersions);
    }

    @Override
    public SSLSession getSession() {
        return delegate.getSession();
    }

    @Override
    public @Nullable SSLSession getHandshakeSession() {
        return delegate.getHandshakeSession();
    }

    @Override
    public void addHandshakeCompletedListener(@Nullable HandshakeCompletedListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        HandshakeCompletedListener adapter = event -> listener
                .handshakeCompleted(new HandshakeCompletedEvent(this, event.getSession()));
        synchronized (listeners) {
            HandshakeCompletedListener previous = listeners.put(listener, adapter);
            if (previous != null) {
                delegate.removeHandshakeCompletedListener(previous);
            }
        }
        delegate.addHandshakeCompletedListener(adapter);
    }

    @Override
    public void removeHandshakeCompletedListener(@Nullable HandshakeCompletedListener listener) {
        HandshakeCompletedListener adapter;
        synchronized (listeners) {
            adapter = listeners.remove(listener);
        }
        if (adapter == null) {
            throw new IllegalArgumentException("listener not registered");
        }
        delegate.removeHandshakeCompletedListener(adapter);
    }

    @Override
    public void startHandshake() throws IOException {
        delegate.startHandshake();
    }

    @Override
    public void setUseClientMode(boolean mode) {
        delegate.setUseClientMode(mode);
    }

    @Override
    public boolean getUseClientMode() {
        return delegate.getUseClientMode();
    }

    @Override
    public void setNeedClientAuth(boolean need) {
        delegate.setNeedClientAuth(need);
    }

    @Override
    public boolean getNeedClientAuth() {
        return delegate.getNeedClientAuth();
    }

    @Override
    public void setWantClientAuth(boolean want) {
        delegate.setWantClientAuth(want);
    }

    @Override
    public boolean getWantClientAuth() {
        return delegate.getWantClientAuth();
    }

    @Override
    public void setEnableSessionCreation(boolean flag) {
        delegate.setEnableSessionCreation(flag);
    }

    @Override
    public boolean getEnableSessionCreation() {
        return delegate.getEnableSessionCreation();
    }

    @Override
    public @Nullable String getApplicationProtocol() {
        return delegate.getApplicationProtocol();
    }

    @Override
    public @Nullable String getHandshakeApplicationProtocol() {
        return delegate.getHandshakeApplicationProtocol();
    }

    @Override
    public void setHandshakeApplicationProtocolSelector(
            @Nullable BiFunction<SSLSocket, List<String>, String> selector) {
        delegate.setHandshakeApplicationProtocolSelector(selector);
    }

    @Override
    public @Nullable BiFunction<SSLSocket, List<String>, String> getHandshakeApplicationProtocolSelector() {
        return delegate.getHandshakeApplicationProtocolSelector();
    }
}
