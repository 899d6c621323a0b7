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

import static org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.mqtt.PahoTransport;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link CloudSyncHandlerFactory} creates the handlers of Cloud Sync endpoint Things, of every type: the handler
 * picks the configuration class by the Thing type.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.cloudsync", service = ThingHandlerFactory.class)
public class CloudSyncHandlerFactory extends BaseThingHandlerFactory {

    private final SyncHub hub;
    private final ItemCatalog catalog;
    private final EndpointDirectory directory;

    @Activate
    public CloudSyncHandlerFactory(@Reference SyncHub hub, @Reference ItemCatalog catalog,
            @Reference EndpointDirectory directory) {
        this.hub = hub;
        this.catalog = catalog;
        this.directory = directory;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        if (SUPPORTED_THING_TYPES.contains(thing.getThingTypeUID())) {
            return new CloudSyncEndpointHandler(thing, hub, catalog, directory, PahoTransport::new);
        }
        return null;
    }
}
