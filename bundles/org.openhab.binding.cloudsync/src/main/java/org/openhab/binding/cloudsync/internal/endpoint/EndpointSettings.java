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
import org.openhab.binding.cloudsync.internal.cloud.ServiceRules;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.outbox.OutboxSettings;
import org.openhab.binding.cloudsync.internal.payload.PayloadSettings;
import org.openhab.binding.cloudsync.internal.selection.SelectionSettings;

/**
 * The {@link EndpointSettings} are an endpoint's validated configuration, one part per stage of the data
 * path: which changes, what messages, how often, where to, and how changes are kept until the broker has them;
 * and the rules of the cloud service behind the broker, which every message is checked against before it is sent.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record EndpointSettings(SelectionSettings selection, PayloadSettings payload, DeliverySettings delivery,
        ConnectionSettings connection, OutboxSettings outbox, ServiceRules rules) {
}
