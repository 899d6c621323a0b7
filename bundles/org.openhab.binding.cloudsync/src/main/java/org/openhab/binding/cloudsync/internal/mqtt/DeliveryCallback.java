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
package org.openhab.binding.cloudsync.internal.mqtt;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link DeliveryCallback} hears how one publish ended: acknowledged by the broker (PUBACK or PUBCOMP;
 * for QoS 0, written to the network) or failed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface DeliveryCallback {

    void delivered();

    void failed(String reason);
}
