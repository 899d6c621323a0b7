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

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.testutil.RecordingStatus;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

/**
 * A real {@link SyncEndpoint} for a test, registered with {@code @RegisterExtension}: an outbox in the heap, the
 * real transport, a scheduler of its own and a {@link RecordingStatus}; stopped, with its outbox and scheduler,
 * after the test.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class RunningEndpoint implements AfterEachCallback {

    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final RecordingStatus status;
    private @Nullable SyncEndpoint endpoint;

    /** @param timeout how long the status waits for a report */
    RunningEndpoint(Duration timeout) {
        this.status = new RecordingStatus(timeout);
    }

    /** Starts the endpoint; one per test. */
    SyncEndpoint start(String name, EndpointSettings settings) throws Exception {
        SyncEndpoint started = new SyncEndpoint(name, settings,
                SegmentedOutbox.inHeap(name, settings.outbox(), settings.delivery().coalesce(), scheduler),
                TestSettings.services(scheduler), status);
        endpoint = started;
        started.start();
        return started;
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        SyncEndpoint current = endpoint;
        if (current != null) {
            current.stop();
            current.outbox().close();
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }
}
