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

/**
 * The {@link AzureIotHubConfiguration} holds the configuration of a {@code cloudsync:azure-iot-hub} Thing: one
 * device of an IoT hub, with its connection string (SAS tokens made from its key) or its X.509 certificate. The
 * topics are the ones Azure prescribes, so they cannot be set; {@link #topic}, {@link #batchTopic} and
 * {@link #statusTopic} are not in the Thing description and exist only so that a {@code .things} file that sets them
 * is told so instead of being ignored.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class AzureIotHubConfiguration extends EndpointConfiguration {

    /** {@code HostName=…;DeviceId=…;SharedAccessKey=…}; never logged or shown. */
    public String connectionString = "";
    /** The SAS tokens made from the connection string's key are valid this many minutes. */
    public int sasTokenValidity = 60;

    // --- X.509 instead of a connection string
    public String hostName = "";
    public String deviceId = "";
    public String clientCertificate = "";
    public String privateKey = "";
    public String privateKeyPassword = "";
    /** Empty: the Java runtime's CAs, which hold the roots Azure uses. */
    public String caCertificate = "";

    /** {@code mqtt} (port 8883) or {@code websocket} (port 443). */
    public String transport = "mqtt";

    // --- refused when set: Azure takes telemetry only on its own topics
    public String topic = "";
    public String batchTopic = "";
    public String statusTopic = "";

    {
        maxPublishRate = 100;
    }
}
