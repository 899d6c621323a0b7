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
 * The {@link EndpointConfiguration} holds the configuration parameters of a {@code cloudsync:mqtt} Thing, as
 * openHAB maps them onto fields. Defaults match {@code thing-types.xml}. It has no {@code toString()} of its
 * own on purpose: it holds secrets.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class EndpointConfiguration {

    public String host = "";
    public int port = 1883;
    public String clientId = "";
    public String username = "";
    public String password = "";

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
}
