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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class whose Paho clients (those whose id starts with the prefix) left a thread running once all its
 * tests are done. Registered as a static field with {@code @RegisterExtension}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PahoThreadsGone implements AfterAllCallback {

    /** Long enough for a client closing after a broken connection to end its threads. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String clientIdPrefix;

    public PahoThreadsGone(String clientIdPrefix) {
        this.clientIdPrefix = clientIdPrefix;
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        assertEquals(List.of(), PahoThreads.awaitGone(clientIdPrefix, TIMEOUT),
                "Paho threads of the class's clients are still running");
    }
}
