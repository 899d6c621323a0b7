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
package org.openhab.binding.cloudsync.internal.handler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.outbox.DurableOutbox;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxSettings;
import org.openhab.core.OpenHAB;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link OutboxFactory} opens an endpoint Thing's outbox where its settings say: a store in the Thing's own
 * folder under openHAB's userdata ({@code cloudsync/<thing UID with _ for :>}), kept across restarts and
 * configuration changes, or the heap. It also deletes that folder when the Thing is removed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OutboxFactory {

    private OutboxFactory() {
    }

    /** The folder of a Thing's outbox, for example {@code userdata/cloudsync/cloudsync_mqtt_home}. */
    static Path folder(ThingUID thingUID) {
        return Path.of(OpenHAB.getUserDataFolder(), CloudSyncBindingConstants.BINDING_ID,
                thingUID.getAsString().replace(':', '_'));
    }

    /**
     * Opens the outbox with what the last run left in it.
     *
     * @throws IOException when the folder or its store file cannot be used
     */
    static Outbox open(ThingUID thingUID, EndpointSettings settings, ScheduledExecutorService scheduler)
            throws IOException {
        OutboxSettings outbox = settings.outbox();
        boolean coalesce = settings.delivery().coalesce();
        if (outbox.persistent()) {
            return DurableOutbox.open(folder(thingUID), outbox, coalesce, scheduler);
        }
        return DurableOutbox.inMemory(thingUID.getAsString(), outbox, coalesce, scheduler);
    }

    /** Deletes the Thing's outbox folder and the changes still queued in it. */
    static void delete(ThingUID thingUID) throws IOException {
        DurableOutbox.delete(folder(thingUID));
    }
}
