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
package org.openhab.binding.cloudsync.internal.testutil;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.CloudSyncBindingConstants;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.change.Trigger;
import org.openhab.binding.cloudsync.internal.handler.CloudSyncEndpointHandler;
import org.openhab.binding.cloudsync.internal.handler.EndpointDirectory;
import org.openhab.binding.cloudsync.internal.intake.ItemCatalog;
import org.openhab.binding.cloudsync.internal.mqtt.PahoTransport;
import org.openhab.binding.cloudsync.internal.selection.SyncHub;
import org.openhab.core.OpenHAB;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;

/**
 * The {@link HandlerHarness} plays openHAB's part for one endpoint handler: a Thing with a real
 * {@link Configuration}, a callback that records every status, and bounded waits for a status to come.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class HandlerHarness implements AutoCloseable {

    /** The Thing of {@link #initialize(Map)}: {@code cloudsync:mqtt:home}. */
    public static final String THING_ID = "home";
    public static final ThingUID THING_UID = new ThingUID(CloudSyncBindingConstants.THING_TYPE_MQTT, THING_ID);
    /** Where the queue of {@link #THING_UID} is kept: {@code <userdata>/cloudsync/cloudsync_mqtt_home}. */
    public static final Path QUEUE_FOLDER = Path.of(OpenHAB.getUserDataFolder(), "cloudsync", "cloudsync_mqtt_home");

    private final SyncHub hub;
    private final Configuration configuration;
    private final CloudSyncEndpointHandler handler;
    private final List<ThingStatusInfo> statuses = new ArrayList<>();
    private final Map<String, String> properties = new ConcurrentHashMap<>();
    private boolean disposed;

    private HandlerHarness(ThingTypeUID type, Map<String, Object> parameters, String thingId) {
        configuration = new Configuration(new HashMap<>(parameters));
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(new ThingUID(type, thingId));
        when(thing.getThingTypeUID()).thenReturn(type);
        when(thing.getConfiguration()).thenReturn(configuration);
        // properties as openHAB's Thing keeps them
        when(thing.getProperties()).thenAnswer(invocation -> Map.copyOf(properties));
        when(thing.setProperty(anyString(), any())).thenAnswer(invocation -> {
            String name = invocation.getArgument(0);
            String value = invocation.getArgument(1);
            return value == null ? properties.remove(name) : properties.put(name, value);
        });
        ItemRegistry registry = mock(ItemRegistry.class);
        when(registry.getItems()).thenReturn(List.of());
        ItemCatalog catalog = new ItemCatalog(registry);
        hub = new SyncHub(catalog);
        handler = new CloudSyncEndpointHandler(thing, hub, catalog, new EndpointDirectory(), PahoTransport::new);
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        doAnswer(invocation -> {
            record(invocation.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
        handler.setCallback(callback);
    }

    /**
     * Creates and initializes a handler that reconnects after 1 to 2 s, for connection tests.
     *
     * @param keyValues configuration parameters as name, value, name, value …
     */
    public static HandlerHarness initializeReconnectingFast(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put("reconnectDelayMin", 1);
        config.put("reconnectDelayMax", 2);
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return initialize(config);
    }

    /** Creates the handler and calls {@code initialize()}; numbers are given as openHAB does, as BigDecimal. */
    public static HandlerHarness initialize(Map<String, Object> parameters) {
        return initialize(parameters, THING_ID);
    }

    /** Like {@link #initialize(Map)} for the Thing {@code cloudsync:mqtt:<thingId>}. */
    public static HandlerHarness initialize(Map<String, Object> parameters, String thingId) {
        return initialize(CloudSyncBindingConstants.THING_TYPE_MQTT, parameters, thingId);
    }

    /** Like {@link #initialize(Map)} for a Thing of the given type, {@code cloudsync:<type>:<thingId>}. */
    public static HandlerHarness initialize(ThingTypeUID type, Map<String, Object> parameters, String thingId) {
        HandlerHarness harness = new HandlerHarness(type, normalized(parameters), thingId);
        harness.handler.initialize();
        return harness;
    }

    private static Map<String, Object> normalized(Map<String, Object> parameters) {
        Map<String, Object> result = new HashMap<>();
        parameters.forEach((key, value) -> result.put(key,
                value instanceof Integer number ? BigDecimal.valueOf(number.longValue()) : value));
        return result;
    }

    public CloudSyncEndpointHandler handler() {
        return handler;
    }

    public SyncHub hub() {
        return hub;
    }

    /** Whether a change event of the item would reach an endpoint. */
    public boolean routesChangesOf(String itemName) {
        return hub.route(itemName).takes(Trigger.CHANGE);
    }

    /** What intake does with a change event: hands it to the endpoints its item is routed to. */
    public void deliverChange(StateChange change) {
        hub.route(change.itemName()).deliver(Trigger.CHANGE, change);
    }

    /** A property the handler set on the Thing, or null. */
    public @Nullable String property(String name) {
        return properties.get(name);
    }

    public Configuration configuration() {
        return configuration;
    }

    private synchronized void record(ThingStatusInfo status) {
        statuses.add(status);
        notifyAll();
    }

    public synchronized List<ThingStatusInfo> statuses() {
        return List.copyOf(statuses);
    }

    public synchronized @Nullable ThingStatusInfo lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    /** Waits until a reported status matches; fails with every status seen when none does in time. */
    public synchronized ThingStatusInfo awaitStatus(Predicate<ThingStatusInfo> wanted, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < statuses.size(); checked++) {
                if (wanted.test(statuses.get(checked))) {
                    return statuses.get(checked);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + what + " within " + timeout + "; statuses were " + statuses);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    public ThingStatusInfo awaitOnline(Duration timeout) {
        return awaitStatus(status -> status.getStatus() == ThingStatus.ONLINE, timeout, "ONLINE");
    }

    /** Waits for OFFLINE with the detail and a description starting with {@code @text/<key>}. */
    public ThingStatusInfo awaitOffline(ThingStatusDetail detail, String textKey, Duration timeout) {
        return awaitStatus(
                status -> status.getStatus() == ThingStatus.OFFLINE && status.getStatusDetail() == detail
                        && String.valueOf(status.getDescription()).startsWith("@text/" + textKey),
                timeout, "OFFLINE " + detail + " @text/" + textKey);
    }

    /** Initializes the handler again after {@link #dispose()}, as openHAB does on a configuration change. */
    public void reinitialize() {
        disposed = false;
        handler.initialize();
    }

    public void dispose() {
        if (!disposed) {
            disposed = true;
            handler.dispose();
        }
    }

    @Override
    public void close() {
        dispose();
    }
}
