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
package org.openhab.binding.cloudsync.itests.driver.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * The {@link RecordingCallback} is the {@link ThingHandlerCallback} that openHAB's thing manager gives a handler:
 * it applies status updates to the Thing and records them, records channel states, and ignores the rest.
 */
@NonNullByDefault
final class RecordingCallback implements ThingHandlerCallback {

    private final List<String> statusHistory = new CopyOnWriteArrayList<>();
    private final Map<ChannelUID, State> channelStates = new ConcurrentHashMap<>();

    List<String> statusHistory() {
        return List.copyOf(statusHistory);
    }

    static String format(ThingStatusInfo info) {
        String description = info.getDescription();
        return info.getStatus() + " / " + info.getStatusDetail()
                + (description == null || description.isEmpty() ? "" : ": " + description);
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        thing.setStatusInfo(thingStatus);
        statusHistory.add(format(thingStatus));
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        channelStates.put(channelUID, state);
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
    }

    @Override
    public void thingUpdated(Thing thing) {
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public void configurationUpdated(Thing thing) {
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return false;
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return null;
    }
}
