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
package org.openhab.binding.cloudsync.internal.cloud;

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link AwsIot} holds how a device connects to AWS IoT Core over MQTT 3.1.1, as the AWS IoT developer guide
 * ("Device communication protocols", "Connecting to AWS IoT Core by using custom authentication") describes it:
 * <ul>
 * <li>port 8883: MQTT over TLS with the thing's X.509 certificate;</li>
 * <li>port 443: the same, with the TLS application protocol (ALPN) {@value #ALPN_CERTIFICATE};</li>
 * <li>port 443 with ALPN {@value #ALPN_CUSTOM_AUTH}: a custom authorizer instead of a certificate, named in the MQTT
 * user name as {@code username?x-amz-customauthorizer-name=<name>}; the password goes to the authorizer as it
 * is.</li>
 * </ul>
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class AwsIot {

    /** MQTT over TLS with a client certificate. */
    public static final int MQTT_PORT = 8883;
    /** MQTT over TLS with ALPN: client certificate or custom authorizer. */
    public static final int ALPN_PORT = 443;
    /** ALPN on port 443 for a client certificate. */
    public static final String ALPN_CERTIFICATE = "x-amzn-mqtt-ca";
    /** ALPN on port 443 for a custom authorizer. */
    public static final String ALPN_CUSTOM_AUTH = "mqtt";
    /** The user name parameter that names the custom authorizer. */
    public static final String AUTHORIZER_PARAMETER = "x-amz-customauthorizer-name";
    /** The characters AWS IoT accepts in a thing name (its length, at most 128, is a rule of the service). */
    private static final Pattern THING_NAME = Pattern.compile("[a-zA-Z0-9:_-]+");
    /** What AWS IoT accepts as an authorizer name. */
    private static final Pattern AUTHORIZER_NAME = Pattern.compile("[\\w=,@-]{1,128}");

    private AwsIot() {
    }

    /**
     * The MQTT user name that sends a connect to a custom authorizer: the user name (may be empty) followed by
     * {@code ?x-amz-customauthorizer-name=<name>}, or {@code &...} when the user name already has a query.
     */
    public static String customAuthorizerUserName(String username, String authorizerName) {
        return username + (username.indexOf('?') >= 0 ? "&" : "?") + AUTHORIZER_PARAMETER + "="
                + PercentEncoding.upperCase(authorizerName);
    }

    /** Whether AWS IoT accepts the text as a thing name. */
    public static boolean isThingName(String name) {
        return THING_NAME.matcher(name).matches();
    }

    /** Whether AWS IoT accepts the text as the name of an authorizer. */
    public static boolean isAuthorizerName(String name) {
        return AUTHORIZER_NAME.matcher(name).matches();
    }
}
