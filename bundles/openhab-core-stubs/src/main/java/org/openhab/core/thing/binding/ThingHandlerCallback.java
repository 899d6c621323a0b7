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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * {@link ThingHandlerCallback} is the callback through which a {@link ThingHandler} informs the framework.
 */
@NonNullByDefault
public interface ThingHandlerCallback {

    /**
     * Informs about an updated state for a channel.
     *
     * @param channelUID channel UID
     * @param state state
     */
    void stateUpdated(ChannelUID channelUID, State state);

    /**
     * Informs about a command, which is sent from the channel.
     *
     * @param channelUID channel UID
     * @param command command
     */
    void postCommand(ChannelUID channelUID, Command command);

    /**
     * Informs about a time series, which is sent from the channel.
     *
     * @param channelUID channel UID
     * @param timeSeries time series
     */
    void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries);

    /**
     * Informs about an updated status of a thing.
     *
     * @param thing thing
     * @param thingStatus thing status
     */
    void statusUpdated(Thing thing, ThingStatusInfo thingStatus);

    /**
     * Informs about an update of the whole thing.
     *
     * @param thing thing that was updated
     */
    void thingUpdated(Thing thing);

    /**
     * Validates the given configuration parameters against the configuration description of the thing.
     *
     * @param thing thing whose configuration is validated
     * @param configurationParameters the configuration parameters to be validated
     */
    void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters);

    /**
     * Validates the given configuration parameters against the configuration description of the channel.
     *
     * @param channel channel whose configuration is validated
     * @param configurationParameters the configuration parameters to be validated
     */
    void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters);

    /**
     * Informs the framework that the thing's configuration was updated.
     *
     * @param thing thing
     */
    void configurationUpdated(Thing thing);

    /**
     * Informs the framework that the thing type of a thing changes.
     *
     * @param thing thing
     * @param thingTypeUID the new thing type UID
     * @param configuration the configuration for the new thing type
     */
    void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration);

    /**
     * Informs the framework that a channel has been triggered.
     *
     * @param thing thing
     * @param channelUID UID of the channel over which has been triggered
     * @param event event
     */
    void channelTriggered(Thing thing, ChannelUID channelUID, String event);

    /**
     * Returns whether at least one item is linked for the given UID of the channel.
     *
     * @param channelUID UID of the channel
     * @return true if at least one item is linked, false otherwise
     */
    boolean isChannelLinked(ChannelUID channelUID);

    /**
     * Returns the bridge of the thing.
     *
     * @param bridgeUID the bridge UID
     * @return the bridge or null
     */
    @Nullable
    Bridge getBridge(ThingUID bridgeUID);
}
