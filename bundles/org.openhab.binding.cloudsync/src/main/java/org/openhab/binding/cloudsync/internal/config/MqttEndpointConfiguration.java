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
 * The {@link MqttEndpointConfiguration} holds the configuration of a {@code cloudsync:mqtt} Thing: any MQTT 3.1.1
 * broker, given as a host or URL (or several, tried in order), with an optional login and TLS.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class MqttEndpointConfiguration extends EndpointConfiguration {

    // --- connection: where the broker is and who we are (checked by ConnectionConfigParser)
    /**
     * A host name or IP address, or a URL such as mqtts://user:pass@host:8883; several separated by commas are
     * tried in order.
     */
    public String host = "";
    /** Null: the port of the URL, else the default of the protocol (1883, 8883, 80, 443). */
    public @Nullable Integer port;
    public String protocol = "tcp";
    public String path = "";
    public String clientId = "";
    public String username = "";
    public String password = "";
    public String statusTopic = "openhab/cloudsync/{thing}/status";

    // --- data: the topics
    public String topic = "openhab/{item}/state";
    public String batchTopic = "openhab/{thing}/batch";

    // --- security: TLS for ssl:// and wss:// (checked by TlsConfigParser)
    public String caCertificate = "";
    public String clientCertificate = "";
    public String privateKey = "";
    public String privateKeyPassword = "";
    public boolean verifyHostname = true;
    public boolean insecure = false;
}
