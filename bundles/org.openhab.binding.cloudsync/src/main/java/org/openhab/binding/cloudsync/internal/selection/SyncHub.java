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
package org.openhab.binding.cloudsync.internal.selection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.intake.Trigger;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SyncHub} fans each captured change out to every endpoint that forwards its kind of event and
 * whose selection takes it. Endpoints come and go with their Things; the list is copy-on-write so the event
 * thread never waits for a lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = SyncHub.class)
public class SyncHub {

    private final Logger logger = LoggerFactory.getLogger(SyncHub.class);
    private final List<ChangeSink> sinks = new CopyOnWriteArrayList<>();

    public void register(ChangeSink sink) {
        sinks.add(sink);
    }

    public void unregister(ChangeSink sink) {
        sinks.remove(sink);
    }

    public boolean hasEndpoints() {
        return !sinks.isEmpty();
    }

    /** Whether any endpoint forwards this kind of event, so that intake can skip capturing the others. */
    public boolean wants(Trigger trigger) {
        for (ChangeSink sink : sinks) {
            if (sink.trigger() == trigger) {
                return true;
            }
        }
        return false;
    }

    /** Captures an event into a {@link StateChange}; called at most once per event. */
    @FunctionalInterface
    public interface Capture {
        StateChange capture();
    }

    /**
     * Hands an event to the endpoints that forward its kind and select its item. The event is captured only
     * when at least one endpoint selects the item, so unselected items cost a few map reads.
     */
    public void dispatch(Trigger trigger, String itemName, Capture capture) {
        StateChange change = null;
        for (ChangeSink sink : sinks) {
            if (sink.trigger() != trigger) {
                continue;
            }
            try {
                if (sink.selects(itemName)) {
                    if (change == null) {
                        change = capture.capture();
                    }
                    if (sink.accepts(change)) {
                        sink.offer(change);
                    }
                }
            } catch (RuntimeException e) {
                // one broken endpoint must not keep the others from their data, nor break the event bus
                logger.warn("Endpoint {} failed to take a change of {}: {}", sink, itemName, e.toString());
            }
        }
    }
}
