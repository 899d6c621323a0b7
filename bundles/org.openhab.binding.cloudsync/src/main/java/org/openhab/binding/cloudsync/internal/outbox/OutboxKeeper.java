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
package org.openhab.binding.cloudsync.internal.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutboxKeeper} looks after one endpoint Thing's queue over the Thing's whole life, across the
 * outboxes its configurations open: it opens the outbox where the settings say (the Thing's folder, kept across
 * restarts, or the heap), keeps a queue in the heap over a configuration change (openHAB applies one by stopping
 * and starting the endpoint), has a new outbox take over what an earlier one left (the parked heap queue, or the
 * folder when {@code persistent} was switched off), closes a stored queue so that a clean stop loses nothing, and
 * deletes the folder when the Thing is removed.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class OutboxKeeper {

    private final Logger logger = LoggerFactory.getLogger(OutboxKeeper.class);
    private final String name;
    private final Path folder;

    /** The outbox opened last and not yet stopped. */
    private @Nullable SegmentedOutbox current;
    private boolean currentPersistent;
    /** A queue in the heap kept from the last stop for the next open. */
    private @Nullable SegmentedOutbox parked;

    /**
     * @param name names the queue in logs, for example the Thing UID
     * @param folder where the Thing's stored queue lives, for example {@code userdata/cloudsync/cloudsync_mqtt_home}
     */
    public OutboxKeeper(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Opens the outbox with what earlier ones left: the stored queue, a queue in the heap kept over a
     * configuration change, and, when {@code persistent} was switched off, the changes still in the folder (which
     * then goes). The earlier changes are sent first.
     *
     * @throws IOException when the folder or its store file cannot be used for a stored queue; a parked queue is
     *             then kept for the next try
     */
    public synchronized SegmentedOutbox open(OutboxSettings settings, boolean coalesce,
            ScheduledExecutorService scheduler) throws IOException {
        stop();
        SegmentedOutbox opened;
        if (settings.persistent()) {
            opened = SegmentedOutbox.open(folder, settings, coalesce, scheduler);
        } else {
            opened = SegmentedOutbox.inHeap(name, settings, coalesce, scheduler);
            if (Files.isDirectory(folder)) {
                try {
                    opened.takeOver(SegmentedOutbox.open(folder, settings, coalesce, scheduler));
                } catch (IOException e) {
                    logger.warn("The changes left in {} cannot be read to send them from memory: {}", folder,
                            e.getMessage());
                }
            }
        }
        SegmentedOutbox heapQueue = parked;
        parked = null;
        if (heapQueue != null) {
            // taken over last: the folder was left before the queue in the heap was started
            opened.takeOver(heapQueue);
        }
        current = opened;
        currentPersistent = settings.persistent();
        return opened;
    }

    /**
     * The endpoint stopped: a stored queue is closed, which stores what is still in memory; a queue in the heap is
     * kept for the next {@link #open}.
     */
    public synchronized void stop() {
        SegmentedOutbox stopping = current;
        current = null;
        if (stopping == null) {
            return;
        }
        if (currentPersistent) {
            stopping.close();
        } else {
            parked = stopping;
        }
        logger.debug("Outbox {} stopped with {} changes waiting", name, stopping.waiting());
    }

    /** The Thing is removed: its queue goes, in the heap and on disk. */
    public synchronized void delete() throws IOException {
        stop();
        SegmentedOutbox heapQueue = parked;
        parked = null;
        if (heapQueue != null) {
            heapQueue.close();
        }
        SegmentedOutbox.delete(folder);
    }
}
