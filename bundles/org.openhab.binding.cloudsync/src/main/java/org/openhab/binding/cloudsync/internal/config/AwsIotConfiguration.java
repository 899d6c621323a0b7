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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link AwsIotConfiguration} holds the configuration of a {@code cloudsync:aws-iot} Thing: one AWS IoT Core
 * thing, connecting to the account's data endpoint with its X.509 certificate (port 8883, or 443 with ALPN), or
 * through a custom authorizer (port 443). Its defaults keep within AWS IoT Core's quotas: 100 publishes and
 * 512 KiB per second, no status topic (publishing to a topic the policy does not allow makes AWS disconnect).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class AwsIotConfiguration extends EndpointConfiguration {

    /** The account's data endpoint, for example {@code a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com}. */
    public String endpoint = "";
    /** 8883 or 443; null: 8883 with a certificate, 443 with a custom authorizer. */
    public @Nullable Integer port;
    /** The thing's name: the MQTT client ID, and {@code {thingName}} in topics. */
    public String thingName = "";
    public String clientCertificate = "";
    public String privateKey = "";
    public String privateKeyPassword = "";
    /** Empty: the Java runtime's CAs, which hold Amazon's roots. */
    public String caCertificate = "";

    // --- custom authentication instead of a certificate
    public String authorizerName = "";
    public String username = "";
    public String password = "";

    // --- data
    public String topic = "openhab/{thingName}/{item}";
    public String batchTopic = "openhab/{thingName}/batch";
    public String statusTopic = "";

    {
        maxPublishRate = 100;
        maxBytesRate = 524_288;
    }
}
