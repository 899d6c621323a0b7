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
package org.openhab.binding.cloudsync.internal.endpoint;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link EndpointStatusListener} is told when an endpoint's link changes, so that the Thing status tells
 * the truth. Texts are i18n keys of {@code cloudsync.properties} with their arguments.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface EndpointStatusListener {

    /**
     * Connected; only while this holds may the Thing be ONLINE.
     *
     * @param server the broker in use when the endpoint has several to choose from, else null
     */
    void online(@Nullable String server);

    /**
     * The broker refused us for a reason the user must fix: the login ({@code offline.conf-error-not-authorized})
     * or the client id ({@code offline.conf-error-client-id-rejected}). Reconnecting goes on with backoff.
     */
    void configurationProblem(String textKey, String... arguments);

    /**
     * The broker cannot be reached right now, or TLS with it failed; the text names the cause (refused, unknown
     * host, timeout, untrusted or expired certificate, host name mismatch, client certificate rejected, lost
     * connection). Changes keep queueing.
     */
    void communicationProblem(String textKey, String... arguments);
}
