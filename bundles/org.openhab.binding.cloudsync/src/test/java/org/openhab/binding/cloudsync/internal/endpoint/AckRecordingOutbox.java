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

import java.util.BitSet;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.outbox.Outbox;
import org.openhab.binding.cloudsync.internal.outbox.OutboxEntry;
import org.openhab.binding.cloudsync.internal.outbox.OutboxStats;

/**
 * The {@link AckRecordingOutbox} passes everything to a real outbox and notes which changes the broker
 * acknowledged, so that a change that never arrives can be told apart: acknowledged and then lost by the broker,
 * or never acknowledged (lost by us). Changes are numbered by their state text (the test sends 0, 1, 2, ...).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class AckRecordingOutbox implements Outbox {

    private final Outbox delegate;
    private final BitSet acknowledged;

    AckRecordingOutbox(Outbox delegate, BitSet acknowledged) {
        this.delegate = delegate;
        this.acknowledged = acknowledged;
    }

    @Override
    public void add(IncomingChange change) {
        delegate.add(change);
    }

    @Override
    public List<OutboxEntry> take(int max) {
        return delegate.take(max);
    }

    @Override
    public void acknowledge(OutboxEntry entry) {
        delegate.acknowledge(entry);
        synchronized (acknowledged) {
            acknowledged.set(Integer.parseInt(entry.change().state()));
        }
    }

    @Override
    public void release(OutboxEntry entry) {
        delegate.release(entry);
    }

    @Override
    public int waiting() {
        return delegate.waiting();
    }

    @Override
    public long dropped() {
        return delegate.dropped();
    }

    @Override
    public OutboxStats stats() {
        return delegate.stats();
    }

    @Override
    public String location() {
        return delegate.location();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
