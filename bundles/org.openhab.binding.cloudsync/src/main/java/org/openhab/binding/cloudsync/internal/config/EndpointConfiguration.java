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
 * The {@link EndpointConfiguration} holds the configuration parameters of a {@code cloudsync:mqtt} Thing, as
 * openHAB maps them onto fields. Defaults match {@code thing-types.xml}.
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

    public String topic = "openhab/{item}/state";
    public int qos = 1;
    public boolean retain = false;

    public int interval = 5;

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "EndpointConfiguration[host=" + host + ", port=" + port + ", clientId=" + clientId + ", username="
                + username + ", password=" + (password.isEmpty() ? "none" : "***") + ", topic=" + topic + ", qos="
                + qos + ", retain=" + retain + ", interval=" + interval + "]";
    }
}
