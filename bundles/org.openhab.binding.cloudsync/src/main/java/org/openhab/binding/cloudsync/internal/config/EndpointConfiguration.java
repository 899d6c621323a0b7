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
package org.openhab.binding.cloudsync.internal.config;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link EndpointConfiguration} holds the configuration parameters every Cloud Sync Thing type has, as openHAB
 * maps them onto fields (inherited public fields included): the MQTT session options, which items are sent, what
 * the broker receives, how often, and how changes are kept. Each Thing type adds where and how it connects in a
 * subclass: {@link MqttEndpointConfiguration}, {@link AwsIotConfiguration}, {@link AzureIotHubConfiguration}.
 * Defaults match {@code thing-types.xml}; a subclass changes the defaults its service needs in its initializer.
 * No class of this hierarchy has a {@code toString()} of its own on purpose: they hold secrets.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public abstract class EndpointConfiguration {

    // --- connection: the MQTT session, the same for every type (checked by ConnectionConfigParser)
    public boolean cleanSession = true;
    public int keepAlive = 60;
    public int connectTimeout = 10;
    public int reconnectDelayMin = 1;
    public int reconnectDelayMax = 60;
    public int maxInFlight = 100;

    // --- items: which changes are sent
    public String trigger = "change";
    /** Item names picked in Main UI; added to the items {@link #include} selects. */
    public List<String> items = List.of();
    public List<String> include = List.of();
    public List<String> exclude = List.of();
    public boolean ignoreUndefined = true;
    public BigDecimal deadband = BigDecimal.ZERO;
    public int minInterval = 0;

    // --- data: what the broker receives (the topics are the type's)
    public String payloadFormat = "json";
    public List<String> staticFields = List.of();
    public int qos = 1;
    public boolean retain = false;
    /** {@code none} or {@code gzip}; gzip only with {@code json-batch}. */
    public String compression = "none";

    // --- delivery: how often and how fast
    public int interval = 5;
    public String mode = "coalesce";
    public int maxBatchItems = 500;
    public int maxMessageBytes = 131072;
    public String publishOnConnect = "none";
    /** Messages per second, 0 for no limit. */
    public int maxPublishRate = 0;
    /** Payload bytes per second, 0 for no limit. */
    public int maxBytesRate = 0;

    // --- reliability: the outbox and retries (checked by OutboxConfigParser)
    public boolean persistent = true;
    public int maxQueued = 100_000;
    public int maxQueuedMB = 100;
    public String overflowPolicy = "drop-oldest";
    public int maxAge = 0;
    public int retryInterval = 10;
    public int maxRetries = 10;
}
