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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.cloudsync.internal.config.ConfigurationError;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.config.EndpointSettingsParser;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatusListener;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.outbox.MemoryOutbox;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CloudSyncEndpointHandler} is the Thing-facing edge of one endpoint: it validates the
 * configuration, starts a {@link SyncEndpoint} and mirrors the endpoint's link state in the Thing status.
 * {@link #initialize()} never blocks; connecting happens on the scheduler.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class CloudSyncEndpointHandler extends BaseThingHandler implements EndpointStatusListener {

    private final Logger logger = LoggerFactory.getLogger(CloudSyncEndpointHandler.class);
    private final SyncHub hub;
    private final ItemCatalog catalog;

    private @Nullable SyncEndpoint endpoint;

    public CloudSyncEndpointHandler(Thing thing, SyncHub hub, ItemCatalog catalog) {
        super(thing);
        this.hub = hub;
        this.catalog = catalog;
    }

    @Override
    public void initialize() {
        EndpointSettings settings;
        try {
            settings = EndpointSettingsParser.parse(getConfigAs(EndpointConfiguration.class), getThing().getUID());
        } catch (ConfigurationError e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, e.statusDescription());
            return;
        }
        updateStatus(ThingStatus.UNKNOWN);
        SyncEndpoint newEndpoint = new SyncEndpoint(getThing().getUID().getAsString(), settings,
                new MemoryOutbox(settings.delivery().outboxCapacity(), settings.delivery().coalesce()), scheduler,
                this, catalog::get);
        try {
            newEndpoint.start();
        } catch (MqttException e) {
            // Paho validates the server URI and client id when the client is created
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    ConfigurationError.statusText("offline.conf-error-client", List.of(String.valueOf(e.getMessage()))));
            return;
        }
        endpoint = newEndpoint;
        catalog.addChangeListener(newEndpoint.selector());
        hub.register(newEndpoint);
    }

    @Override
    public void dispose() {
        SyncEndpoint current = endpoint;
        endpoint = null;
        if (current != null) {
            hub.unregister(current);
            catalog.removeChangeListener(current.selector());
            current.stop();
            logger.debug("Endpoint {} stopped with {} changes waiting", getThing().getUID(),
                    current.outbox().waiting());
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the endpoint Thing has no commandable channels
    }

    /** The running endpoint, for the console; null while not initialized or misconfigured. */
    public @Nullable SyncEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    public void online() {
        updateStatus(ThingStatus.ONLINE);
    }

    @Override
    public void configurationProblem(String textKey, String... arguments) {
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                ConfigurationError.statusText(textKey, List.of(arguments)));
    }

    @Override
    public void communicationProblem(String textKey, String... arguments) {
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                ConfigurationError.statusText(textKey, List.of(arguments)));
    }
}
