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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.config.EndpointConfigParser;
import org.openhab.binding.cloudsync.internal.config.EndpointIdentity;
import org.openhab.binding.cloudsync.internal.config.EndpointType;
import org.openhab.binding.cloudsync.internal.config.InvalidConfigurationException;
import org.openhab.binding.cloudsync.internal.config.ParsedConfiguration;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointServices;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatusListener;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.intake.CurrentStates;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.mqtt.TransportFactory;
import org.openhab.binding.cloudsync.internal.outbox.OutboxKeeper;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.OpenHAB;
import org.openhab.core.id.InstanceUUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CloudSyncEndpointHandler} translates openHAB's Thing lifecycle into calls on one {@link SyncEndpoint}:
 * initialize parses the configuration and starts the endpoint on the queue its {@link OutboxKeeper} opens, dispose
 * stops both, removal deletes the queue; the endpoint's link state becomes the Thing status and its counters the
 * status channels. {@link #initialize()} never waits for the network; connecting happens on the scheduler.
 * <p>
 * Every Thing type gets this handler: it picks the configuration class of the Thing's {@link EndpointType} and
 * parses it through {@link EndpointConfigParser}; everything after parsing is the same engine. The notices of a
 * configuration (a cloud's host on a generic Thing, a setting the service does not honour) are logged once per
 * Thing, not on every reinitialization.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class CloudSyncEndpointHandler extends BaseThingHandler implements EndpointStatusListener {

    private final Logger logger = LoggerFactory.getLogger(CloudSyncEndpointHandler.class);
    private final SyncHub hub;
    private final ItemCatalog catalog;
    private final EndpointDirectory directory;
    private final TransportFactory transports;
    private final OutboxKeeper queue;
    private final StatusChannels channels = new StatusChannels(this::updateState);

    private final OnlineStatus onlineStatus;

    private volatile @Nullable SyncEndpoint endpoint;

    public CloudSyncEndpointHandler(Thing thing, SyncHub hub, ItemCatalog catalog, EndpointDirectory directory,
            TransportFactory transports) {
        super(thing);
        this.hub = hub;
        this.catalog = catalog;
        this.directory = directory;
        this.transports = transports;
        String uid = thing.getUID().getAsString();
        this.onlineStatus = new OnlineStatus(uid);
        this.queue = new OutboxKeeper(uid,
                Path.of(OpenHAB.getUserDataFolder(), CloudSyncBindingConstants.BINDING_ID, uid.replace(':', '_')));
    }

    @Override
    public void initialize() {
        // listed in the console also while misconfigured, so that `status` can say why
        directory.add(this);
        String uid = getThing().getUID().getAsString();
        EndpointType type = EndpointType.ofThingTypeId(getThing().getThingTypeUID().getId());
        if (type == null) {
            configurationProblem("offline.conf-error-thing-type", getThing().getThingTypeUID().getAsString());
            return;
        }
        ParsedConfiguration parsed;
        try {
            parsed = EndpointConfigParser.parse(getConfigAs(type.configurationClass()),
                    EndpointIdentity.of(InstanceUUID.get(), uid));
        } catch (InvalidConfigurationException e) {
            configurationProblem(e.textKey(), e.arguments().toArray(String[]::new));
            return;
        }
        EndpointSettings settings = parsed.settings();
        onlineStatus.configured(parsed);
        updateProperty(CloudSyncBindingConstants.PROPERTY_CLIENT_ID, settings.connection().clientId());
        updateStatus(ThingStatus.UNKNOWN);
        SyncEndpoint started;
        try {
            SegmentedOutbox outbox = queue.open(settings.outbox(), settings.delivery().coalesce(), scheduler);
            started = new SyncEndpoint(uid, settings, outbox,
                    new EndpointServices(scheduler, catalog, new CurrentStates(catalog), transports), this);
        } catch (IOException e) {
            configurationProblem("offline.conf-error-outbox", queue.folder().toString(),
                    String.valueOf(e.getMessage()));
            return;
        } catch (TransportException e) {
            queue.stop();
            configurationProblem("offline.conf-error-client", String.valueOf(e.getMessage()));
            return;
        }
        started.start();
        endpoint = started;
        hub.register(started);
        channels.start(started::statistics, scheduler);
    }

    @Override
    public void dispose() {
        channels.stop();
        directory.remove(this);
        SyncEndpoint stopping = endpoint;
        endpoint = null;
        if (stopping != null) {
            hub.unregister(stopping);
            stopping.stop();
        }
        queue.stop();
    }

    /** The Thing is being removed: its queue goes with it. */
    @Override
    public void handleRemoval() {
        dispose();
        try {
            queue.delete();
        } catch (IOException e) {
            logger.warn("The outbox folder {} of the removed Thing could not be deleted: {}", queue.folder(),
                    e.getMessage());
        }
        super.handleRemoval();
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the status channels are read-only
        if (command instanceof RefreshType) {
            channels.refresh(true);
        }
    }

    /** The running endpoint, for the console; null while not initialized or misconfigured. */
    public @Nullable SyncEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    public void online(@Nullable String server) {
        updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, onlineStatus.description(server));
    }

    @Override
    public void configurationProblem(String textKey, String... arguments) {
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                StatusText.of(textKey, List.of(arguments)));
    }

    @Override
    public void communicationProblem(String textKey, String... arguments) {
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                StatusText.of(textKey, List.of(arguments)));
    }
}
