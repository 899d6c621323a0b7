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
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * Stand-in for openHAB's {@code BaseThingHandler}: the members a binding's handler calls, each passing its
 * request on to the {@link ThingHandlerCallback} the framework set. Between {@code dispose()} and the next
 * {@code setCallback(..)} there is no callback; a request then only logs a warning, as openHAB does.
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    /** openHAB's shared pool for thing handlers. */
    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");

    protected Thing thing;

    private volatile @Nullable ThingHandlerCallback callback;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    // --- lifecycle, called by the framework

    @Override
    public void handleRemoval() {
        // nothing to clean up by default: the framework may remove the Thing at once
        updateStatus(ThingStatus.REMOVED);
    }

    /**
     * Validates and applies changed parameters; a handler already running is disposed and initialized again with
     * them, one not yet running only has them stored.
     */
    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration changed = editConfiguration();
        configurationParameters.forEach(changed::put);
        if (!isInitialized()) {
            updateConfiguration(changed);
            withCallback("reporting its configuration", framework -> framework.configurationUpdated(getThing()));
            return;
        }
        dispose();
        updateConfiguration(changed);
        initialize();
    }

    /** Whether any of the parameters differs from the Thing's current configuration. */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        return configurationParameters.entrySet().stream()
                .anyMatch(parameter -> !Objects.equals(current.get(parameter.getKey()), parameter.getValue()));
    }

    @Override
    public void dispose() {
        // a handler without resources has nothing to release
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    /** The framework replaced the Thing (new configuration, say): start over with it. */
    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            callback = thingHandlerCallback;
        }
    }

    /** The framework's callback; null once the handler was disposed. */
    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    /** A newly linked channel gets its current value, by a REFRESH command to the handler. */
    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // nothing to stop by default
    }

    /** A bridge coming back clears BRIDGE_OFFLINE; a bridge going offline sets it. */
    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        ThingStatus bridgeStatus = bridgeStatusInfo.getStatus();
        if (bridgeStatus == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        } else if (bridgeStatus == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        }
    }

    // --- configuration

    /** Has the framework check the parameters against the Thing's configuration description. */
    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        withCallback("validating its configuration",
                framework -> framework.validateConfigurationParameters(getThing(), configurationParameters));
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /** The configuration mapped onto a new instance of the class (see {@link Configuration#as(Class)}). */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    /** A copy of the configuration to change and pass to {@link #updateConfiguration(Configuration)}. */
    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    /** Stores the configuration in the Thing and has the framework persist it; undone when the framework refuses. */
    protected void updateConfiguration(Configuration configuration) {
        Configuration target = thing.getConfiguration();
        Map<String, Object> before = new HashMap<>(target.getProperties());
        target.setProperties(configuration.getProperties());
        try {
            withCallback("updating its configuration", framework -> framework.thingUpdated(thing));
        } catch (RuntimeException e) {
            logger.warn("Configuration of {} not applied ({}: {}); the previous one is restored",
                    thing.getUID().getAsString(), e.getClass().getSimpleName(), e.getMessage());
            target.setProperties(before);
            throw e;
        }
    }

    // --- channels

    protected void updateState(ChannelUID channelUID, State state) {
        withCallback("updating channel " + channelUID, framework -> framework.stateUpdated(channelUID, state));
    }

    protected void updateState(String channelID, State state) {
        updateState(channelOf(channelID), state);
    }

    protected void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        withCallback("sending to channel " + channelUID, framework -> framework.sendTimeSeries(channelUID, timeSeries));
    }

    protected void sendTimeSeries(String channelID, TimeSeries timeSeries) {
        sendTimeSeries(channelOf(channelID), timeSeries);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        withCallback("triggering channel " + channelUID,
                framework -> framework.channelTriggered(getThing(), channelUID, event));
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(channelOf(channelID), event);
    }

    /** Triggers the channel without an event text. */
    protected void triggerChannel(String channelUID) {
        triggerChannel(channelOf(channelUID), "");
    }

    /** Triggers the channel without an event text. */
    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(channelOf(channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        withCallback("posting a command to channel " + channelUID,
                framework -> framework.postCommand(channelUID, command));
    }

    protected boolean isLinked(String channelId) {
        return isLinked(channelOf(channelId));
    }

    /** Whether an item is linked to the channel; false once disposed. */
    protected boolean isLinked(ChannelUID channelUID) {
        return fromCallback("asking whether channel " + channelUID + " is linked",
                framework -> framework.isChannelLinked(channelUID), false);
    }

    private ChannelUID channelOf(String channelId) {
        return new ChannelUID(getThing().getUID(), channelId);
    }

    // --- status, Thing and properties

    /** Reports the Thing's status with a detail and a text (an {@code @text/...} key or plain words). */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        ThingStatusInfo info = new ThingStatusInfo(status, statusDetail, description);
        withCallback("updating its status to " + status, framework -> framework.statusUpdated(thing, info));
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    /** Reports the status without a detail ({@link ThingStatusDetail#NONE}). */
    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /** Replaces the Thing by a changed copy and has the framework persist it; the current object may not be passed. */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException("updateThing needs a changed copy, not the current Thing");
        }
        withCallback("updating its Thing", framework -> {
            this.thing = thing;
            framework.thingUpdated(thing);
        });
    }

    /** A copy of the properties to change and pass to {@link #updateProperties(Map)}. */
    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    /** Sets the given properties (null clears all); the framework hears of it only when something changed. */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        boolean changed;
        if (properties == null) {
            changed = !thing.getProperties().isEmpty();
            if (changed) {
                thing.setProperties(Map.of());
            }
        } else {
            changed = false;
            for (Map.Entry<String, String> property : properties.entrySet()) {
                changed |= setProperty(property.getKey(), property.getValue());
            }
        }
        if (changed) {
            withCallback("updating its properties", framework -> framework.thingUpdated(thing));
        }
    }

    /** Sets one property (removes it when the value is null); the framework hears of it only when it changed. */
    protected void updateProperty(String name, @Nullable String value) {
        if (setProperty(name, value)) {
            withCallback("updating its properties", framework -> framework.thingUpdated(thing));
        }
    }

    private boolean setProperty(String name, @Nullable String value) {
        String current = thing.getProperties().get(name);
        if (current != null && current.equals(value)) {
            return false;
        }
        thing.setProperty(name, value);
        return true;
    }

    /** The Thing's bridge, or null when it has none (or the handler was disposed). */
    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        if (bridgeUID == null) {
            return null;
        }
        return fromCallback("looking up its bridge", framework -> framework.getBridge(bridgeUID), null);
    }

    /** Whether the handler has started: the Thing is ONLINE, OFFLINE or UNKNOWN. */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    /** Asks the framework to give the Thing another type, with a configuration for it. */
    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        withCallback("changing its Thing type",
                framework -> framework.migrateThingType(getThing(), thingTypeUID, configuration));
    }

    // --- the one place that talks to the callback

    /** Passes a request to the framework; serialized with {@link #setCallback}, so a dispose never interleaves. */
    private synchronized void withCallback(String request, Consumer<ThingHandlerCallback> call) {
        ThingHandlerCallback framework = callback;
        if (framework == null) {
            warnDisposed(request);
            return;
        }
        call.accept(framework);
    }

    /** Asks the framework for an answer; the fallback once disposed. */
    private <R> R fromCallback(String request, Function<ThingHandlerCallback, R> call, R whenDisposed) {
        ThingHandlerCallback framework = callback;
        if (framework == null) {
            warnDisposed(request);
            return whenDisposed;
        }
        return call.apply(framework);
    }

    private void warnDisposed(String request) {
        logger.warn("Handler {} of Thing {} was already disposed when {}", getClass().getSimpleName(), thing.getUID(),
                request);
    }
}
