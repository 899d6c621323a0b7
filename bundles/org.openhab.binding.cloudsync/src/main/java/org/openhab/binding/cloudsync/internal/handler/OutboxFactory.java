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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.outbox.DurableOutbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxSettings;
import org.openhab.core.OpenHAB;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutboxFactory} opens an endpoint Thing's outbox where its settings say: a store in the Thing's own
 * folder under openHAB's userdata ({@code cloudsync/<thing UID with _ for :>}), kept across restarts and
 * configuration changes, or the heap, kept across configuration changes only. It also deletes that folder when the
 * Thing is removed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OutboxFactory {

    private static final Logger LOGGER = LoggerFactory.getLogger(OutboxFactory.class);

    private OutboxFactory() {
    }

    /** The folder of a Thing's outbox, for example {@code userdata/cloudsync/cloudsync_mqtt_home}. */
    static Path folder(ThingUID thingUID) {
        return Path.of(OpenHAB.getUserDataFolder(), CloudSyncBindingConstants.BINDING_ID,
                thingUID.getAsString().replace(':', '_'));
    }

    /**
     * Opens the outbox with what the last run left: the stored queue, a queue in the heap kept over a configuration
     * change, and, when {@code persistent} was switched off, the changes still in the folder (which then goes).
     *
     * @param parked the Thing's queue in the heap before its configuration changed, or null
     * @throws IOException when the folder or its store file cannot be used for a stored queue
     */
    static DurableOutbox open(ThingUID thingUID, EndpointSettings settings, ScheduledExecutorService scheduler,
            @Nullable DurableOutbox parked) throws IOException {
        OutboxSettings outbox = settings.outbox();
        boolean coalesce = settings.delivery().coalesce();
        Path folder = folder(thingUID);
        DurableOutbox opened;
        if (outbox.persistent()) {
            opened = DurableOutbox.open(folder, outbox, coalesce, scheduler);
        } else {
            opened = DurableOutbox.inMemory(thingUID.getAsString(), outbox, coalesce, scheduler);
            if (Files.isDirectory(folder)) {
                try {
                    opened.takeOver(DurableOutbox.open(folder, outbox, coalesce, scheduler));
                } catch (IOException e) {
                    LOGGER.warn("The changes left in {} cannot be read to send them from memory: {}", folder,
                            e.getMessage());
                }
            }
        }
        if (parked != null) {
            // the older queue when both exist: the folder was left before the queue in the heap was started
            opened.takeOver(parked);
        }
        return opened;
    }

    /** Deletes the Thing's outbox folder and the changes still queued in it. */
    static void delete(ThingUID thingUID) throws IOException {
        DurableOutbox.delete(folder(thingUID));
    }
}
