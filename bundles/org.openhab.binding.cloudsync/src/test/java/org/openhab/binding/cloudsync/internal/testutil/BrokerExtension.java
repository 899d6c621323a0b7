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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An {@link EmbeddedBroker} for a test, started on first use and stopped after the test; registered with
 * {@code @RegisterExtension}. As a static field it is one broker for the whole class, stopped after all its tests.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class BrokerExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private @Nullable EmbeddedBroker broker;
    private boolean sharedByClass;

    /** The running broker, started now if it is not yet. */
    public synchronized EmbeddedBroker get() {
        EmbeddedBroker current = broker;
        if (current == null) {
            current = EmbeddedBroker.start();
            broker = current;
        }
        return current;
    }

    /** Whether a test has started the broker (it may be down). */
    public synchronized boolean started() {
        return broker != null;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // only called for a static field
        sharedByClass = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!sharedByClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private synchronized void stop() {
        EmbeddedBroker current = broker;
        broker = null;
        if (current != null) {
            current.closeInBackground();
        }
    }
}
