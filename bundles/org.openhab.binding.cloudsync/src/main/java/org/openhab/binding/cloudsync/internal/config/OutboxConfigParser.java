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
package org.openhab.binding.cloudsync.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cloudsync.internal.outbox.OutboxSettings;
import org.openhab.binding.cloudsync.internal.outbox.OverflowPolicy;

/**
 * The {@link OutboxConfigParser} checks the reliability part of an {@link EndpointConfiguration} (where and how
 * many changes are queued, what gives way when full, how failed sends are retried) and turns it into
 * {@link OutboxSettings}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class OutboxConfigParser {

    static final int MAX_QUEUED_LIMIT = 10_000_000;
    static final int MAX_QUEUED_MB_LIMIT = 100_000;
    static final int MAX_RETRY_INTERVAL_SECONDS = 86_400;
    private static final long MEGABYTE = 1024L * 1024L;

    private OutboxConfigParser() {
    }

    public static OutboxSettings parse(EndpointConfiguration config) throws InvalidConfigurationException {
        if (config.maxQueued < 1 || config.maxQueued > MAX_QUEUED_LIMIT) {
            throw new InvalidConfigurationException("offline.conf-error-max-queued", String.valueOf(config.maxQueued));
        }
        if (config.maxQueuedMB < 1 || config.maxQueuedMB > MAX_QUEUED_MB_LIMIT) {
            throw new InvalidConfigurationException("offline.conf-error-max-queued-mb",
                    String.valueOf(config.maxQueuedMB));
        }
        OverflowPolicy policy = OverflowPolicy.fromConfig(config.overflowPolicy.trim());
        if (policy == null) {
            throw new InvalidConfigurationException("offline.conf-error-overflow-policy", config.overflowPolicy);
        }
        if (config.maxAge < 0) {
            throw new InvalidConfigurationException("offline.conf-error-max-age", String.valueOf(config.maxAge));
        }
        if (config.retryInterval < 1 || config.retryInterval > MAX_RETRY_INTERVAL_SECONDS) {
            throw new InvalidConfigurationException("offline.conf-error-retry-interval",
                    String.valueOf(config.retryInterval));
        }
        if (config.maxRetries < 0) {
            throw new InvalidConfigurationException("offline.conf-error-max-retries",
                    String.valueOf(config.maxRetries));
        }
        return new OutboxSettings(config.persistent, config.maxQueued, config.maxQueuedMB * MEGABYTE, policy,
                config.maxAge * 1000L, config.retryInterval * 1000L, config.maxRetries);
    }
}
