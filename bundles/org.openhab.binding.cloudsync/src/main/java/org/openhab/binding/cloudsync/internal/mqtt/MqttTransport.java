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

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link MqttTransport} is one endpoint's link to its broker, whatever MQTT client is behind it: it connects
 * and keeps reconnecting on its own once started, tells its {@link TransportListener} when the link comes and
 * goes, and publishes messages whose completion says when the broker has them. The rest of the add-on knows
 * only this interface; {@link PahoTransport} implements it with Eclipse Paho.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface MqttTransport {

    /** Starts connecting in the background and keeps the link up until {@link #stop()}; returns at once. */
    void start();

    /** Says goodbye to the broker and releases the client; waits a few seconds at most. Started once, stopped once. */
    void stop();

    boolean isConnected();

    /**
     * Ends the link cleanly and connects again at once, with a fresh password: for a password that expires (a SAS
     * token), before it does. The listener hears no loss, only the new connect (or its failure); nothing happens
     * while the link is down.
     */
    void reconnect();

    /** The broker in use (never with credentials), or the first configured one while not connected. */
    String server();

    /**
     * Publishes one message.
     *
     * @return completes when the broker acknowledged the message (PUBACK or PUBCOMP; for QoS 0 when it was
     *         written to the network), or exceptionally with a {@link TransportException} saying why it failed
     * @throws TransportException when the message is not taken at all (not connected, too many in flight)
     */
    CompletableFuture<@Nullable Void> publish(String topic, byte[] payload, int qos, boolean retain)
            throws TransportException;
}
