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
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link EndpointDirectory} knows the handlers of all endpoint Things, by Thing UID, so that the console
 * can find them.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = EndpointDirectory.class)
public class EndpointDirectory {

    private final Map<String, CloudSyncEndpointHandler> handlers = new ConcurrentSkipListMap<>();

    public void add(CloudSyncEndpointHandler handler) {
        handlers.put(handler.getThing().getUID().getAsString(), handler);
    }

    public void remove(CloudSyncEndpointHandler handler) {
        handlers.remove(handler.getThing().getUID().getAsString(), handler);
    }

    /** All handlers, ordered by Thing UID. */
    public List<CloudSyncEndpointHandler> all() {
        return List.copyOf(handlers.values());
    }

    public @Nullable CloudSyncEndpointHandler get(String thingUID) {
        return handlers.get(thingUID);
    }
}
