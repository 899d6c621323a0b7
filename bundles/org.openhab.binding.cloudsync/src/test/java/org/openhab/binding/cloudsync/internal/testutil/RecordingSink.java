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
package org.openhab.binding.cloudsync.internal.testutil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.change.IncomingChange;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.selection.ChangeSink;

/**
 * The {@link RecordingSink} is an endpoint as the hub sees it, reduced to what a test checks: it records what it
 * is offered and how often it was asked to select an item, and can refuse every change or fail on each.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class RecordingSink implements ChangeSink {

    private final Trigger trigger;
    private final Predicate<String> selection;
    private final List<IncomingChange> offered = new CopyOnWriteArrayList<>();
    private final AtomicInteger selectsCalls = new AtomicInteger();
    private volatile boolean accepting = true;
    private volatile boolean failing;

    public RecordingSink(Trigger trigger, Predicate<String> selection) {
        this.trigger = trigger;
        this.selection = selection;
    }

    /** Forwards change events of every item. */
    public static RecordingSink takingAll() {
        return new RecordingSink(Trigger.CHANGE, item -> true);
    }

    /** Its value filters let nothing through. */
    public RecordingSink refusingAll() {
        accepting = false;
        return this;
    }

    /** Taking a change throws, as a broken endpoint would. */
    public RecordingSink failingOnOffer() {
        failing = true;
        return this;
    }

    public List<IncomingChange> offered() {
        return offered;
    }

    public int selectsCalls() {
        return selectsCalls.get();
    }

    @Override
    public Trigger trigger() {
        return trigger;
    }

    @Override
    public boolean selects(String itemName) {
        selectsCalls.incrementAndGet();
        return selection.test(itemName);
    }

    @Override
    public boolean accepts(IncomingChange change) {
        return accepting;
    }

    @Override
    public void offer(IncomingChange change) {
        if (failing) {
            throw new IllegalStateException("broken endpoint");
        }
        offered.add(change);
    }
}
