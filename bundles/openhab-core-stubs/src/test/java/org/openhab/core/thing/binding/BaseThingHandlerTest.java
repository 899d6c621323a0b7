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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;

/**
 * Tests that {@link BaseThingHandler} reports status and state to its callback as openHAB's does.
 */
@NonNullByDefault
class BaseThingHandlerTest {

    /** Configuration class used by the test handler. */
    public static class Config {
        public String host = "";
        public int port = 1883;
    }

    /** Minimal handler. */
    static class TestHandler extends BaseThingHandler {
        TestHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            Config config = getConfigAs(Config.class);
            if (config.host.isEmpty()) {
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.no-host");
            } else {
                updateStatus(ThingStatus.UNKNOWN);
                updateState("status", new StringType(config.host + ":" + config.port));
            }
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        boolean initialized() {
            return isInitialized();
        }
    }

    private static final ThingUID THING_UID = new ThingUID(new ThingTypeUID("cloudsync", "mqtt"), "cloud1");

    private Thing mockThing(Map<String, Object> config) {
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(THING_UID);
        when(thing.getConfiguration()).thenReturn(new Configuration(config));
        return thing;
    }

    @Test
    void updateStatusReachesCallback() {
        Thing thing = mockThing(Map.of());
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        TestHandler handler = new TestHandler(thing);
        handler.setCallback(callback);

        handler.initialize();

        ArgumentCaptor<ThingStatusInfo> captor = ArgumentCaptor.forClass(ThingStatusInfo.class);
        verify(callback).statusUpdated(same(thing), captor.capture());
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.no-host"), captor.getValue());
        assertEquals("OFFLINE (CONFIGURATION_ERROR): @text/offline.no-host", captor.getValue().toString());
    }

    @Test
    void updateStateUsesThingChannelUidAndConfigIsMapped() {
        Thing thing = mockThing(Map.of("host", "broker", "port", new BigDecimal("8883")));
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        TestHandler handler = new TestHandler(thing);
        handler.setCallback(callback);

        handler.initialize();

        verify(callback).statusUpdated(thing, new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null));
        verify(callback).stateUpdated(new ChannelUID("cloudsync:mqtt:cloud1:status"), new StringType("broker:8883"));
    }

    @Test
    void noCallbackMeansNoReport() {
        TestHandler handler = new TestHandler(mockThing(Map.of()));
        assertDoesNotThrow(handler::initialize);
    }

    @Test
    void isInitializedFollowsThingStatus() {
        Thing thing = mockThing(Map.of());
        TestHandler handler = new TestHandler(thing);
        when(thing.getStatus()).thenReturn(ThingStatus.INITIALIZING);
        assertFalse(handler.initialized());
        when(thing.getStatus()).thenReturn(ThingStatus.UNKNOWN);
        assertTrue(handler.initialized());
    }

    @Test
    void schedulerIsSharedThingHandlerPool() throws Exception {
        TestHandler handler = new TestHandler(mockThing(Map.of()));
        String name = handler.scheduler.submit(() -> Thread.currentThread().getName()).get();
        assertTrue(name.startsWith("OH-thingHandler-"), name);
        assertSame(handler.scheduler, new TestHandler(mockThing(Map.of())).scheduler);
    }
}
