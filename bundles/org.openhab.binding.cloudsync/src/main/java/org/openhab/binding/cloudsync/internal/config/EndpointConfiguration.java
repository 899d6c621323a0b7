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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link EndpointConfiguration} holds the configuration parameters of a {@code cloudsync:mqtt} Thing, as
 * openHAB maps them onto fields. Defaults match {@code thing-types.xml}. It has no {@code toString()} of its
 * own on purpose: it holds secrets.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class EndpointConfiguration {

    // --- connection: where the broker is and who we are (checked by ConnectionConfigParser)
    /** A host name or IP address, or a URL such as mqtts://user:pass@host:8883. */
    public String host = "";
    /** Null: the port of the URL, else the default of the protocol (1883, 8883, 80, 443). */
    public @Nullable Integer port;
    public String protocol = "tcp";
    public String path = "";
    public String clientId = "";
    public String username = "";
    public String password = "";
    public boolean cleanSession = true;
    public int keepAlive = 60;
    public int connectTimeout = 10;
    public String statusTopic = "openhab/cloudsync/{thing}/status";
    public int reconnectDelayMin = 1;
    public int reconnectDelayMax = 60;
    public int maxInFlight = 100;

    // --- security: TLS for ssl:// and wss:// (checked by TlsConfigParser)
    public String caCertificate = "";
    public String clientCertificate = "";
    public String privateKey = "";
    public String privateKeyPassword = "";
    public boolean verifyHostname = true;
    public boolean insecure = false;

    // --- items: which changes are sent
    public String trigger = "change";
    public List<String> include = List.of();
    public List<String> exclude = List.of();
    public boolean ignoreUndefined = true;
    public BigDecimal deadband = BigDecimal.ZERO;
    public int minInterval = 0;

    // --- data: what the broker receives
    public String topic = "openhab/{item}/state";
    public String payloadFormat = "json";
    public String batchTopic = "openhab/{thing}/batch";
    public List<String> staticFields = List.of();
    public int qos = 1;
    public boolean retain = false;

    // --- delivery: how often
    public int interval = 5;
    public String mode = "coalesce";
    public int maxBatchItems = 500;
    public int maxMessageBytes = 131072;
    public String publishOnConnect = "none";

    // --- reliability: the outbox and retries (checked by OutboxConfigParser)
    public boolean persistent = true;
    public int maxQueued = 100_000;
    public int maxQueuedMB = 100;
    public String overflowPolicy = "drop-oldest";
    public int maxAge = 0;
    public int retryInterval = 10;
    public int maxRetries = 10;
}
