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
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.cloudsync.internal.config.ConfigurationError;
import org.openhab.binding.cloudsync.internal.config.ConnectionConfigParser;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.config.EndpointSettingsParser;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointSettings;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatusListener;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.intake.CurrentStates;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.intake.ItemInfo;
import org.openhab.binding.cloudsync.internal.intake.StateChange;
import org.openhab.binding.cloudsync.internal.outbox.DurableOutbox;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.config.core.Configuration;
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
 * The {@link CloudSyncEndpointHandler} is the Thing-facing edge of one endpoint: it validates the
 * configuration, starts a {@link SyncEndpoint} and mirrors the endpoint's link state in the Thing status.
 * {@link #initialize()} never blocks; connecting happens on the scheduler.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public class CloudSyncEndpointHandler extends BaseThingHandler implements EndpointStatusListener {

    private static final String CLIENT_ID = "clientId";

    private final Logger logger = LoggerFactory.getLogger(CloudSyncEndpointHandler.class);
    private static final int CHANNEL_REFRESH_SECONDS = 5;

    private final SyncHub hub;
    private final ItemCatalog catalog;
    private final EndpointDirectory directory;
    private final StatusChannels channels = new StatusChannels();
    private @Nullable ScheduledFuture<?> channelRefresh;
    private volatile boolean publishOnConnect;

    private @Nullable SyncEndpoint endpoint;
    private @Nullable DurableOutbox outbox;
    /**
     * A queue in the heap kept from the last dispose for the next initialize: a configuration change must not lose
     * what waits when {@code persistent} is off.
     */
    private @Nullable DurableOutbox parkedQueue;
    /** Whether certificate checks are off: said in the ONLINE status too. */
    private volatile boolean insecure;

    public CloudSyncEndpointHandler(Thing thing, SyncHub hub, ItemCatalog catalog, EndpointDirectory directory) {
        super(thing);
        this.hub = hub;
        this.catalog = catalog;
        this.directory = directory;
    }

    @Override
    public void initialize() {
        // listed in the console also while misconfigured, so that `status` can say why
        directory.add(this);
        ensureClientId();
        EndpointSettings settings;
        try {
            EndpointConfiguration config = getConfigAs(EndpointConfiguration.class);
            settings = EndpointSettingsParser.parse(config, getThing().getUID());
            publishOnConnect = EndpointSettingsParser.publishOnConnect(config);
        } catch (ConfigurationError e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, e.statusDescription());
            return;
        }
        insecure = settings.connection().insecure();
        updateStatus(ThingStatus.UNKNOWN);
        DurableOutbox newOutbox;
        try {
            newOutbox = OutboxFactory.open(getThing().getUID(), settings, scheduler, parkedQueue);
            parkedQueue = null;
        } catch (IOException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    ConfigurationError.statusText("offline.conf-error-outbox", List.of(
                            OutboxFactory.folder(getThing().getUID()).toString(), String.valueOf(e.getMessage()))));
            return;
        }
        SyncEndpoint newEndpoint = new SyncEndpoint(getThing().getUID().getAsString(), settings, newOutbox, scheduler,
                this, catalog::get);
        try {
            newEndpoint.start();
        } catch (MqttException e) {
            stopQueue(newOutbox, settings);
            // Paho validates the server URI and client id when the client is created
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    ConfigurationError.statusText("offline.conf-error-client", List.of(String.valueOf(e.getMessage()))));
            return;
        }
        endpoint = newEndpoint;
        outbox = newOutbox;
        hub.register(newEndpoint);
        channels.clear();
        channelRefresh = scheduler.scheduleWithFixedDelay(() -> refreshChannels(false), CHANNEL_REFRESH_SECONDS,
                CHANNEL_REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Replaces an empty client id once by a generated one, stored in the Thing configuration: it stays the same
     * across restarts and differs between installations, so two homes with the same Thing UID on one broker do
     * not throw each other off (a broker drops the older connection of a client id).
     */
    private void ensureClientId() {
        Object clientId = getConfig().get(CLIENT_ID);
        if (clientId == null || clientId.toString().isBlank()) {
            Configuration configuration = editConfiguration();
            configuration.put(CLIENT_ID, ConnectionConfigParser.generateClientId());
            updateConfiguration(configuration);
        }
    }

    @Override
    public void dispose() {
        ScheduledFuture<?> refresh = channelRefresh;
        if (refresh != null) {
            refresh.cancel(false);
            channelRefresh = null;
        }
        directory.remove(this);
        SyncEndpoint current = endpoint;
        DurableOutbox currentOutbox = outbox;
        endpoint = null;
        outbox = null;
        if (current != null && currentOutbox != null) {
            hub.unregister(current);
            current.stop();
            stopQueue(currentOutbox, current.settings());
            logger.debug("Endpoint {} stopped with {} changes waiting", getThing().getUID(),
                    currentOutbox.waiting());
        }
    }

    /**
     * A stored queue is closed, which stores what is still in memory: a clean stop loses nothing. A queue in the heap
     * is kept for the next initialize, which is how openHAB applies a configuration change.
     */
    private void stopQueue(DurableOutbox queue, EndpointSettings settings) {
        if (settings.outbox().persistent()) {
            queue.close();
        } else {
            parkedQueue = queue;
        }
    }

    /** The Thing is being removed: its queue goes with it. */
    @Override
    public void handleRemoval() {
        dispose();
        DurableOutbox parked = parkedQueue;
        parkedQueue = null;
        if (parked != null) {
            parked.close();
        }
        try {
            OutboxFactory.delete(getThing().getUID());
        } catch (IOException e) {
            logger.warn("The outbox folder {} of the removed Thing could not be deleted: {}",
                    OutboxFactory.folder(getThing().getUID()), e.getMessage());
        }
        super.handleRemoval();
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the status channels are read-only
        if (command instanceof RefreshType) {
            refreshChannels(true);
        }
    }

    private void refreshChannels(boolean force) {
        SyncEndpoint current = endpoint;
        if (current != null) {
            channels.update(current.statistics(), force, this::updateState);
        }
    }

    /** Queues the current state of every item this endpoint selects (optionally only some) and sends it now. */
    public int republish(Predicate<ItemInfo> only) {
        SyncEndpoint current = endpoint;
        if (current == null) {
            return 0;
        }
        List<StateChange> changes = new CurrentStates(catalog).of(item -> current.selects(item.name()) && only.test(item));
        current.republish(changes);
        return changes.size();
    }

    /** The catalog this handler's endpoint selects from, for the console's item and group arguments. */
    public ItemCatalog catalog() {
        return catalog;
    }

    /** The running endpoint, for the console; null while not initialized or misconfigured. */
    public @Nullable SyncEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    public void online() {
        if (publishOnConnect) {
            scheduler.execute(() -> republish(item -> true));
        }
        updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, insecure ? "@text/online.insecure" : null);
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
