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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;

/**
 * The {@link ParsedConfiguration} is an accepted configuration: the settings the endpoint runs with, and the
 * notices the handler passes on once.
 *
 * @param settings what the endpoint runs with
 * @param notices what the user should hear of, in the order found
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ParsedConfiguration(EndpointSettings settings, List<ConfigurationNotice> notices) {

    public ParsedConfiguration {
        notices = List.copyOf(notices);
    }
}
