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

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.CurrentStateSource;
import org.openhab.binding.cloudsync.internal.mqtt.TransportFactory;
import org.openhab.binding.cloudsync.internal.selection.ItemDirectory;

/**
 * The {@link EndpointServices} are what every endpoint uses from its surroundings: the scheduler it runs on (in
 * openHAB the Thing handlers' shared pool), what is known of the items, their current states, and how a link to a
 * broker is made.
 *
 * @param scheduler runs sends, retries, writes and the connect loop; never blocked for long
 * @param items the items' types, labels, groups and tags
 * @param currentStates reads the items' current states for a republish
 * @param transports makes the link to the broker
 * @param nanoClock the clock of rate limits and renewals, in nanoseconds ({@link System#nanoTime()})
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record EndpointServices(ScheduledExecutorService scheduler, ItemDirectory items,
        CurrentStateSource currentStates, TransportFactory transports, LongSupplier nanoClock) {

    /** The services on the system clock. */
    public EndpointServices(ScheduledExecutorService scheduler, ItemDirectory items, CurrentStateSource currentStates,
            TransportFactory transports) {
        this(scheduler, items, currentStates, transports, System::nanoTime);
    }
}
