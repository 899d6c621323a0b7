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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;

/**
 * The {@link Outbox} holds an endpoint's changes from intake until the broker acknowledged them. An entry
 * taken for sending stays owned by the outbox until it is acknowledged (gone) or released (back in line at
 * its old place), so a failed send never loses it. A change leaves an outbox unsent only counted: by its bounds
 * or maximum age ({@link #stats()}), or replaced by a newer state of its item when coalescing.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public interface Outbox extends AutoCloseable {

    /** Queues a change; called on the event thread, so it must only touch memory. */
    void add(IncomingChange change);

    /** Takes up to {@code max} of the oldest waiting entries for sending, oldest first. */
    List<OutboxEntry> take(int max);

    /** The broker has the entry (or it is set aside for good): forget it. */
    void acknowledge(OutboxEntry entry);

    /** Sending failed: put the entry back in line at its place. */
    void release(OutboxEntry entry);

    /** Entries waiting to be taken (not counting those being sent). */
    int waiting();

    /** Entries let go without sending, whatever the reason (bounds, age). */
    long dropped();

    /** A snapshot of the counters. */
    OutboxStats stats();

    /** Where the queue is kept, for people: its folder and file size on disk, or that it is in the heap. */
    String location();

    /** Keeps what is queued for the next start (when persistent) and releases the store. */
    @Override
    void close();
}
