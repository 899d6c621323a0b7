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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.itests.driver.OpenHabDriver;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.EventFilter;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.Item;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.types.State;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link OpenHabStandIn} implements the {@link OpenHabDriver}: it does for the add-on what openHAB's item
 * registry, thing manager and event manager do. Like openHAB, it holds on to the {@link ThingHandlerFactory} and
 * {@link EventSubscriber} services while they are registered (service trackers), so Declarative Services keeps
 * the add-on's delayed components active between two calls.
 */
@NonNullByDefault
final class OpenHabStandIn implements OpenHabDriver {

    /** openHAB warns when initialize(), dispose() or receive() take longer than this. */
    private static final long CALL_LIMIT_SECONDS = 5;
    private static final long SERVICE_WAIT_MILLIS = 10_000;

    private final BundleContext context;
    private final InMemoryItemRegistry itemRegistry;
    private final Map<String, ManagedThing> things = new ConcurrentHashMap<>();
    private final ServiceTracker<ThingHandlerFactory, ThingHandlerFactory> handlerFactories;
    private final ServiceTracker<EventSubscriber, EventSubscriber> eventSubscribers;
    private final ConsoleRunner console;
    /** openHAB hands events to a subscriber on one thread, in order. */
    private final ExecutorService eventExecutor = Executors
            .newSingleThreadExecutor(runnable -> daemon(runnable, "OH-eventexecutor-1"));
    /** openHAB calls initialize() and dispose() through its SafeCaller, off the caller's thread. */
    private final ExecutorService safeCaller = Executors
            .newCachedThreadPool(runnable -> daemon(runnable, "OH-safeCall"));

    private record ManagedThing(TestThing thing, ThingHandlerFactory factory, ThingHandler handler,
            RecordingCallback callback) {
    }

    OpenHabStandIn(BundleContext context, InMemoryItemRegistry itemRegistry) {
        this.context = context;
        this.itemRegistry = itemRegistry;
        this.handlerFactories = new ServiceTracker<>(context, ThingHandlerFactory.class, null);
        this.eventSubscribers = new ServiceTracker<>(context, EventSubscriber.class, null);
        handlerFactories.open();
        eventSubscribers.open();
        this.console = new ConsoleRunner(context);
    }

    void shutdown() {
        console.shutdown();
        eventSubscribers.close();
        handlerFactories.close();
        eventExecutor.shutdownNow();
        safeCaller.shutdownNow();
    }

    @Override
    public String publishWithBundledPaho(String brokerUri, String clientId, String topic, String payload) {
        return BundledPahoProbe.publish(brokerUri, clientId, topic, payload);
    }

    @Override
    public List<String> componentStates(String bundleSymbolicName) {
        return new ComponentReport(context).describe(bundleSymbolicName);
    }

    @Override
    public List<String> componentNamesOfServices(String interfaceName) {
        try {
            ServiceReference<?>[] references = context.getServiceReferences(interfaceName, null);
            return references == null ? List.of() : Stream.of(references).map(OpenHabStandIn::componentName).toList();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void addItem(String name, String type, String label, List<String> groupNames, Set<String> tags) {
        itemRegistry.add(new TestItem(name, type, label, groupNames, tags));
    }

    @Override
    public void createThing(String thingTypeUid, String thingUid, String label, Map<String, Object> configuration) {
        ThingTypeUID typeUID = new ThingTypeUID(thingTypeUid);
        ThingHandlerFactory factory = awaitFactoryFor(typeUID);
        TestThing thing = new TestThing(typeUID, new ThingUID(thingUid), label, new Configuration(configuration));
        ThingHandler handler = factory.registerHandler(thing);
        RecordingCallback callback = new RecordingCallback();
        handler.setCallback(callback);
        thing.setHandler(handler);
        things.put(thingUid, new ManagedThing(thing, factory, handler, callback));
        callWithinLimit("initialize() of the handler of " + thingUid, () -> {
            handler.initialize();
            return null;
        });
    }

    @Override
    public String thingStatus(String thingUid) {
        return RecordingCallback.format(managed(thingUid).thing().getStatusInfo());
    }

    @Override
    public List<String> thingStatusHistory(String thingUid) {
        return managed(thingUid).callback().statusHistory();
    }

    @Override
    public String postItemStateChanged(String itemName, String newState, String oldState) {
        Item item = itemRegistry.get(itemName);
        if (!(item instanceof TestItem testItem)) {
            throw new IllegalStateException("No item " + itemName + " in the test's ItemRegistry; add it first");
        }
        State newValue = StateParser.parse(item.getType(), newState);
        State oldValue = StateParser.parse(item.getType(), oldState);
        testItem.setState(newValue);
        ItemStateChangedEvent event = ItemEventFactory.createStateChangedEvent(itemName, newValue, oldValue);

        List<String> receivers = new ArrayList<>();
        for (Map.Entry<ServiceReference<EventSubscriber>, EventSubscriber> tracked : eventSubscribers.getTracked()
                .entrySet()) {
            EventSubscriber subscriber = tracked.getValue();
            if (accepts(subscriber, event)) {
                String name = componentName(tracked.getKey());
                callWithinLimit("receive() of EventSubscriber " + name, () -> {
                    subscriber.receive(event);
                    return null;
                }, eventExecutor);
                receivers.add(name);
            }
        }
        if (receivers.isEmpty()) {
            throw new IllegalStateException("No EventSubscriber service subscribes to " + event.getType()
                    + "; EventSubscriber services: " + componentNamesOfServices(EventSubscriber.class.getName()));
        }
        return newValue.toFullString();
    }

    @Override
    public List<String> postItemStateChanges(List<List<String>> changes) {
        List<String> states = new ArrayList<>();
        for (List<String> change : changes) {
            if (change.size() != 3) {
                throw new IllegalStateException("A change is [item, new state, old state], not " + change);
            }
            states.add(postItemStateChanged(change.get(0), change.get(1), change.get(2)));
        }
        return states;
    }

    @Override
    public String setItemState(String itemName, String state) {
        Item item = itemRegistry.get(itemName);
        if (!(item instanceof TestItem testItem)) {
            throw new IllegalStateException("No item " + itemName + " in the test's ItemRegistry; add it first");
        }
        State value = StateParser.parse(item.getType(), state);
        testItem.setState(value);
        return value.toFullString();
    }

    @Override
    public String executeConsoleCommand(String command, List<String> arguments) {
        return console.execute(command, arguments);
    }

    @Override
    public void removeThing(String thingUid) {
        ManagedThing managed = managed(thingUid);
        try {
            callWithinLimit("dispose() of the handler of " + thingUid, () -> {
                managed.handler().dispose();
                return null;
            });
        } finally {
            managed.handler().setCallback(null);
            managed.factory().unregisterHandler(managed.thing());
            managed.thing().setHandler(null);
            things.remove(thingUid);
        }
    }

    /** openHAB's event manager: the subscriber's event types, then its filter. */
    private static boolean accepts(EventSubscriber subscriber, ItemStateChangedEvent event) {
        Set<String> types = subscriber.getSubscribedEventTypes();
        if (!types.contains(EventSubscriber.ALL_EVENT_TYPES) && !types.contains(event.getType())) {
            return false;
        }
        EventFilter filter = subscriber.getEventFilter();
        return filter == null || filter.apply(event);
    }

    private ThingHandlerFactory awaitFactoryFor(ThingTypeUID typeUID) {
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
        while (true) {
            for (ThingHandlerFactory factory : handlerFactories.getTracked().values()) {
                if (factory.supportsThingType(typeUID)) {
                    return factory;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("No ThingHandlerFactory supports thing type " + typeUID + " after "
                        + SERVICE_WAIT_MILLIS / 1000 + " s; ThingHandlerFactory services: "
                        + componentNamesOfServices(ThingHandlerFactory.class.getName()));
            }
            sleep(50);
        }
    }

    private ManagedThing managed(String thingUid) {
        ManagedThing managed = things.get(thingUid);
        if (managed == null) {
            throw new IllegalStateException("No thing " + thingUid + " was created through the driver");
        }
        return managed;
    }

    private static String componentName(ServiceReference<?> reference) {
        Object name = reference.getProperty(ComponentConstants.COMPONENT_NAME);
        return name != null ? name.toString()
                : "(not a DS component, from bundle " + reference.getBundle().getSymbolicName() + ")";
    }

    private void callWithinLimit(String what, Callable<@Nullable Void> call) {
        callWithinLimit(what, call, safeCaller);
    }

    private static void callWithinLimit(String what, Callable<@Nullable Void> call, ExecutorService executor) {
        Future<@Nullable Void> future = executor.submit(call);
        try {
            future.get(CALL_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException(
                    what + " did not return within " + CALL_LIMIT_SECONDS + " s (openHAB warns about a blocking call)",
                    e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(what + " threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
