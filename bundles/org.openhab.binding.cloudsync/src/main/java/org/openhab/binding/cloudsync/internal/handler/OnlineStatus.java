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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.config.ConfigurationNotice;
import org.openhab.binding.cloudsync.internal.config.ParsedConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OnlineStatus} says what an ONLINE Thing's status description tells: that certificate checks are off,
 * the broker in use among several, or a notice of the configuration (a setting the service does not honour). It also
 * logs the configuration's notices, each once for the Thing, not on every reinitialization.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OnlineStatus {

    private final Logger logger = LoggerFactory.getLogger(OnlineStatus.class);
    private final String thingUid;
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    private volatile boolean insecure;
    private volatile @Nullable String notice;

    OnlineStatus(String thingUid) {
        this.thingUid = thingUid;
    }

    /** Takes in a new configuration: logs its notices not logged before and keeps what ONLINE will say. */
    void configured(ParsedConfiguration parsed) {
        insecure = parsed.settings().connection().insecure();
        String text = null;
        for (ConfigurationNotice each : parsed.notices()) {
            if (announced.add(each.logMessage())) {
                logger.info("{}: {}", thingUid, each.logMessage());
            }
            String key = each.onlineTextKey();
            if (key != null && text == null) {
                text = StatusText.of(key, each.arguments());
            }
        }
        notice = text;
    }

    /**
     * The description of the ONLINE status, or null for none.
     *
     * @param server the broker in use when there are several, else null
     */
    @Nullable
    String description(@Nullable String server) {
        if (server != null) {
            return StatusText.of(insecure ? "online.insecure-broker" : "online.broker", List.of(server));
        }
        return insecure ? "@text/online.insecure" : notice;
    }
}
