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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BaseThingHandler} provides a base implementation for the {@link ThingHandler} interface.
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";
    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /**
     * Creates a new instance of this class for the {@link Thing}.
     *
     * @param thing the thing that should be handled
     */
    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        // can be overridden by subclasses
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }

        validateConfigurationParameters(configurationParameters);

        // can be overridden by subclasses
        Configuration configuration = editConfiguration();
        for (Entry<String, Object> configurationParameter : configurationParameters.entrySet()) {
            configuration.put(configurationParameter.getKey(), configurationParameter.getValue());
        }

        if (isInitialized()) {
            // persist new configuration and reinitialize handler
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            // persist new configuration and notify Thing Manager
            updateConfiguration(configuration);
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.configurationUpdated(this.getThing());
            } else {
                logger.warn("Handler {} tried updating its configuration although the handler was already disposed.",
                        this.getClass().getSimpleName());
            }
        }
    }

    /**
     * Checks whether the given parameters would change the existing thing configuration if applied to it.
     *
     * @param configurationParameters the parameters to check against the current configuration
     * @return true if the parameters would result in a modified configuration, false otherwise
     */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration currentConfig = getConfig();
        for (Entry<String, Object> entry : configurationParameters.entrySet()) {
            if (!Objects.equals(currentConfig.get(entry.getKey()), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // can be overridden by subclasses
    }

    @Override
    public Thing getThing() {
        return this.thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    /**
     * Get the {@link ThingHandlerCallback} instance.
     *
     * @return the callback; only {@code null} while the handler is not initialized
     */
    protected @Nullable ThingHandlerCallback getCallback() {
        return this.callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        // standard behavior is to refresh the linked channel
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // can be overridden by subclasses
    }

    /**
     * Validates the given configuration parameters against the configuration description (through the callback).
     *
     * @param configurationParameters the configuration parameters to be validated
     */
    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.validateConfigurationParameters(this.getThing(), configurationParameters);
        } else {
            logger.warn("Handler {} tried validating its configuration although the handler was already disposed.",
                    this.getClass().getSimpleName());
        }
    }

    /**
     * Returns the configuration of the thing.
     *
     * @return configuration of the thing
     */
    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /**
     * Returns the configuration of the thing and transforms it to the given class.
     *
     * @param configurationClass configuration class
     * @return configuration of thing in form of the given class
     */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    /**
     * Updates the state of a channel of the thing.
     *
     * @param channelUID unique id of the channel, which was updated
     * @param state new state
     */
    protected void updateState(ChannelUID channelUID, State state) {
        withCallback("updating channel " + channelUID, callback -> callback.stateUpdated(channelUID, state));
    }

    /**
     * Updates the state of a channel of the thing, using the thing UID to build the channel UID.
     *
     * @param channelID id of the channel, which was updated
     * @param state new state
     */
    protected void updateState(String channelID, State state) {
        ChannelUID channelUID = new ChannelUID(this.getThing().getUID(), channelID);
        updateState(channelUID, state);
    }

    /**
     * Send a time series to the channel.
     *
     * @param channelUID unique id of the channel
     * @param timeSeries the {@link TimeSeries} that is sent
     */
    protected void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        withCallback("sending to channel " + channelUID, callback -> callback.sendTimeSeries(channelUID, timeSeries));
    }

    /**
     * Send a time series to the channel, using the thing UID to build the channel UID.
     *
     * @param channelID id of the channel
     * @param timeSeries the {@link TimeSeries} that is sent
     */
    protected void sendTimeSeries(String channelID, TimeSeries timeSeries) {
        ChannelUID channelUID = new ChannelUID(this.getThing().getUID(), channelID);
        sendTimeSeries(channelUID, timeSeries);
    }

    /**
     * Emits an event for the given channel.
     *
     * @param channelUID UID of the channel over which the event will be emitted
     * @param event event to emit
     */
    protected void triggerChannel(ChannelUID channelUID, String event) {
        withCallback("triggering channel " + channelUID, callback -> callback.channelTriggered(this.getThing(), channelUID, event));
    }

    /**
     * Emits an event for the given channel id.
     *
     * @param channelID ID of the channel over which the event will be emitted
     * @param event event to emit
     */
    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(this.getThing().getUID(), channelID), event);
    }

    /**
     * Emits an empty event for the given channel id.
     *
     * @param channelUID ID of the channel over which the event will be emitted
     */
    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(this.getThing().getUID(), channelUID), "");
    }

    /**
     * Emits an empty event for the given channel.
     *
     * @param channelUID UID of the channel over which the event will be emitted
     */
    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    /**
     * Sends a command for a channel of the thing.
     *
     * @param channelID id of the channel, which sends the command
     * @param command command
     */
    protected void postCommand(String channelID, Command command) {
        ChannelUID channelUID = new ChannelUID(this.getThing().getUID(), channelID);
        postCommand(channelUID, command);
    }

    /**
     * Sends a command for a channel of the thing.
     *
     * @param channelUID unique id of the channel, which sends the command
     * @param command command
     */
    protected void postCommand(ChannelUID channelUID, Command command) {
        withCallback("posting a command to channel " + channelUID, callback -> callback.postCommand(channelUID, command));
    }

    /**
     * Updates the status of the thing: builds a {@link ThingStatusInfo} and reports it to the callback.
     *
     * @param status the status
     * @param statusDetail the detail of the status
     * @param description the description of the status
     */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                ThingStatusInfo statusInfo = new ThingStatusInfo(status, statusDetail, description);
                callback.statusUpdated(this.thing, statusInfo);
            } else {
                logger.warn("Handler {} tried updating the thing status although the handler was already disposed.",
                        this.getClass().getSimpleName());
            }
        }
    }

    /**
     * Updates the status of the thing.
     *
     * @param status the status
     * @param statusDetail the detail of the status
     */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    /**
     * Updates the status of the thing. The detail of the status will be 'NONE'.
     *
     * @param status the status
     */
    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /**
     * Informs the framework that the thing was updated (the given thing must be a copy).
     *
     * @param thing thing, that was updated and should be persisted
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                this.thing = thing;
                callback.thingUpdated(thing);
            } else {
                logger.warn("Handler {} tried updating thing {} although the handler was already disposed.",
                        this.getClass().getSimpleName(), thing.getUID());
            }
        }
    }

    /**
     * Returns a modifiable copy of the configuration; persist it with {@link #updateConfiguration(Configuration)}.
     *
     * @return copy of the thing configuration
     */
    protected Configuration editConfiguration() {
        Map<String, Object> properties = this.thing.getConfiguration().getProperties();
        return new Configuration(new HashMap<>(properties));
    }

    /**
     * Updates the configuration of the thing and informs the framework about it.
     *
     * @param configuration configuration, that was updated and should be persisted
     */
    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = this.thing.getConfiguration().getProperties();
        try {
            this.thing.getConfiguration().setProperties(configuration.getProperties());
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    logger.warn(
                            "Handler {} tried updating its configuration although the handler was already disposed.",
                            this.getClass().getSimpleName());
                }
            }
        } catch (RuntimeException e) {
            logger.warn(
                    "Error while applying configuration changes: '{}: {}' - reverting configuration changes on thing '{}'.",
                    e.getClass().getSimpleName(), e.getMessage(), this.thing.getUID().getAsString());
            this.thing.getConfiguration().setProperties(old);
            throw e;
        }
    }

    /**
     * Returns a modifiable copy of the properties; persist it with {@link #updateProperties(Map)}.
     *
     * @return copy of the thing properties
     */
    protected Map<String, String> editProperties() {
        Map<String, String> properties = this.thing.getProperties();
        return new HashMap<>(properties);
    }

    /**
     * Informs the framework that the given properties of the thing were updated (all cleared if null); the framework
     * is only informed if a property changed.
     *
     * @param properties properties map, that was updated and should be persisted
     */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        if (properties == null) {
            updatePropertiesInternal(null);
        } else {
            Map<String, @Nullable String> updatedPropertiesMap = new HashMap<>(properties);
            updatePropertiesInternal(updatedPropertiesMap);
        }
    }

    private void updatePropertiesInternal(@Nullable Map<String, @Nullable String> properties) {
        boolean propertiesUpdated = false;
        if (properties == null && !this.thing.getProperties().isEmpty()) {
            this.thing.setProperties(Map.of());
            propertiesUpdated = true;
        } else if (properties != null) {
            for (Entry<String, @Nullable String> property : properties.entrySet()) {
                String propertyName = property.getKey();
                String propertyValue = property.getValue();
                String existingPropertyValue = thing.getProperties().get(propertyName);
                if (existingPropertyValue == null || !existingPropertyValue.equals(propertyValue)) {
                    this.thing.setProperty(propertyName, propertyValue);
                    propertiesUpdated = true;
                }
            }
        }
        if (propertiesUpdated) {
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    logger.warn(
                            "Handler {} tried updating its thing's properties although the handler was already disposed.",
                            this.getClass().getSimpleName());
                }
            }
        }
    }

    /**
     * Updates one property of the thing (removed if the value is null) and informs the framework if it changed.
     *
     * @param name the name of the property to be set
     * @param value the value of the property
     */
    protected void updateProperty(String name, @Nullable String value) {
        Map<String, @Nullable String> updatedPropertiesMap = new HashMap<>();
        updatedPropertiesMap.put(name, value);
        updatePropertiesInternal(updatedPropertiesMap);
    }

    /**
     * Returns the bridge of the thing.
     *
     * @return the bridge of the thing or null if the thing has no bridge
     */
    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                return bridgeUID != null ? callback.getBridge(bridgeUID) : null;
            } else {
                logger.warn(
                        "Handler {} of thing {} tried accessing its bridge although the handler was already disposed.",
                        getClass().getSimpleName(), thing.getUID());
                return null;
            }
        }
    }

    /**
     * Returns whether at least one item is linked for the given channel ID.
     *
     * @param channelId channel ID
     * @return true if at least one item is linked, false otherwise
     */
    protected boolean isLinked(String channelId) {
        ChannelUID channelUID = new ChannelUID(this.getThing().getUID(), channelId);
        return isLinked(channelUID);
    }

    /**
     * Returns whether at least one item is linked for the given UID of the channel.
     *
     * @param channelUID UID of the channel
     * @return true if at least one item is linked, false otherwise
     */
    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            return callback.isChannelLinked(channelUID);
        } else {
            logger.warn(
                    "Handler {} of thing {} tried checking if channel {} is linked although the handler was already disposed.",
                    this.getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
            return false;
        }
    }

    /**
     * Returns whether the handler has already been initialized (thing status ONLINE, OFFLINE or UNKNOWN).
     *
     * @return true if handler is initialized, false otherwise
     */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    /**
     * Asks the framework to change the thing type of the thing.
     *
     * @param thingTypeUID the new thing type UID
     * @param configuration the configuration for the new thing type
     */
    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            logger.warn("Handler {} tried migrating the thing type although the handler was already disposed.",
                    this.getClass().getSimpleName());
        }
    }

    /** Runs a call on the callback; after dispose there is none, which is only worth a warning. */
    private synchronized void withCallback(String action, Consumer<ThingHandlerCallback> call) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            call.accept(current);
        } else {
            logger.warn("Handler {} of thing {} tried {} although the handler was already disposed.",
                    getClass().getSimpleName(), thing.getUID(), action);
        }
    }
}
