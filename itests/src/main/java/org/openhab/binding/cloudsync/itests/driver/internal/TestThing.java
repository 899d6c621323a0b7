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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The {@link TestThing} is a Thing without channels, as openHAB's {@code ThingImpl} holds one: UID, type, label,
 * configuration, properties, status and handler.
 */
@NonNullByDefault
final class TestThing implements Thing {

    private final ThingUID uid;
    private final ThingTypeUID thingTypeUID;
    private final Configuration configuration;
    private final Map<String, String> properties = new ConcurrentHashMap<>();
    private volatile @Nullable String label;
    private volatile @Nullable String location;
    private volatile @Nullable ThingUID bridgeUID;
    private volatile @Nullable ThingHandler handler;
    private volatile ThingStatusInfo statusInfo = new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE,
            null);

    TestThing(ThingTypeUID thingTypeUID, ThingUID uid, @Nullable String label, Configuration configuration) {
        this.thingTypeUID = thingTypeUID;
        this.uid = uid;
        this.label = label;
        this.configuration = configuration;
    }

    @Override
    public ThingUID getUID() {
        return uid;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    @Override
    public List<Channel> getChannels() {
        return List.of();
    }

    @Override
    public List<Channel> getChannelsOfGroup(String channelGroupId) {
        return List.of();
    }

    @Override
    public @Nullable Channel getChannel(String channelId) {
        return null;
    }

    @Override
    public @Nullable Channel getChannel(ChannelUID channelUID) {
        return null;
    }

    @Override
    public ThingStatus getStatus() {
        return statusInfo.getStatus();
    }

    @Override
    public ThingStatusInfo getStatusInfo() {
        return statusInfo;
    }

    @Override
    public void setStatusInfo(ThingStatusInfo status) {
        this.statusInfo = status;
    }

    @Override
    public void setHandler(@Nullable ThingHandler thingHandler) {
        this.handler = thingHandler;
    }

    @Override
    public @Nullable ThingHandler getHandler() {
        return handler;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public void setBridgeUID(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    @Override
    public @Nullable String setProperty(String name, @Nullable String value) {
        return value == null ? properties.remove(name) : properties.put(name, value);
    }

    @Override
    public void setProperties(Map<String, String> properties) {
        this.properties.clear();
        this.properties.putAll(properties);
    }

    @Override
    public @Nullable String getLocation() {
        return location;
    }

    @Override
    public void setLocation(@Nullable String location) {
        this.location = location;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public String toString() {
        return "Thing " + uid + " (" + statusInfo + ")";
    }
}
