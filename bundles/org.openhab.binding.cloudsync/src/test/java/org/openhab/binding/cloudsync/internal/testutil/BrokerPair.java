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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link BrokerPair} is two independent embedded brokers (Moquette) in one JVM, each on 127.0.0.1 and its
 * own free port, for failover tests: each can be stopped and started again on its port without touching the
 * other. Moquette 0.17 keeps no state in static fields that two servers would share.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class BrokerPair implements AutoCloseable {

    private final EmbeddedBroker first;
    private final EmbeddedBroker second;

    private BrokerPair(EmbeddedBroker first, EmbeddedBroker second) {
        this.first = first;
        this.second = second;
    }

    /** Starts both brokers. */
    public static BrokerPair start() {
        EmbeddedBroker first = EmbeddedBroker.start();
        try {
            return new BrokerPair(first, EmbeddedBroker.start());
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    /** The primary, the first of the server URIs. */
    public EmbeddedBroker first() {
        return first;
    }

    /** The standby, the second of the server URIs. */
    public EmbeddedBroker second() {
        return second;
    }

    /** Both URIs, primary first, as Paho's {@code MqttConnectOptions.setServerURIs} takes them. */
    public String[] serverUris() {
        return new String[] { first.uri(), second.uri() };
    }

    @Override
    public void close() {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
