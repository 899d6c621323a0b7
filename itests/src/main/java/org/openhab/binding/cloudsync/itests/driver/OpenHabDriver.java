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
package org.openhab.binding.cloudsync.itests.driver;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link OpenHabDriver} is what the JUnit test, outside the OSGi framework, asks of the test-driver bundle, which
 * plays openHAB's part inside the framework: item registry, thing manager and event manager.
 *
 * Only {@code java.*} types cross this interface: the openHAB types inside the framework come from the stubs bundle's
 * class loader, which the test cannot see. This package is exported to the bundles by the system bundle (the test's
 * class loader), so the test and the driver bundle share one copy of this interface.
 *
 * Every failure is an {@link IllegalStateException} whose message says what broke.
 */
public interface OpenHabDriver {

    /**
     * Connects a Paho client built from the classes of the Paho bundle inside the framework, publishes one message
     * with QoS 1 and disconnects. Proves that the signed Paho bundle resolves and finds its network modules through
     * {@code META-INF/services} inside OSGi.
     *
     * @return symbolic name and version of the bundle that loaded the Paho client class
     */
    String publishWithBundledPaho(String brokerUri, String clientId, String topic, String payload);

    /**
     * The Declarative Services components of one bundle as Felix SCR sees them, one line each: name, state, and for
     * each unsatisfied reference its name and interface.
     */
    List<String> componentStates(String bundleSymbolicName);

    /** Service component names of the registered services with this interface name. */
    List<String> componentNamesOfServices(String interfaceName);

    /** Puts an item into the in-memory {@code ItemRegistry} service (and tells its change listeners). */
    void addItem(String name, String type, String label, List<String> groupNames, Set<String> tags);

    /**
     * Does what openHAB's thing manager does for a new Thing: finds the {@code ThingHandlerFactory} that supports
     * the thing type, lets it register a handler, gives the handler the callback and calls {@code initialize()}
     * (which must return within 5 s).
     *
     * @param configuration thing configuration as openHAB stores it (numbers as {@link java.math.BigDecimal})
     */
    void createThing(String thingTypeUid, String thingUid, String label, Map<String, Object> configuration);

    /** The thing's status as {@code STATUS}, {@code STATUS / DETAIL} or {@code STATUS / DETAIL: description}. */
    String thingStatus(String thingUid);

    /** Every status the handler reported through the callback, oldest first, formatted like {@link #thingStatus}. */
    List<String> thingStatusHistory(String thingUid);

    /**
     * Sets the item's state and delivers an {@code ItemStateChangedEvent} made by the stubs' {@code ItemEventFactory}
     * to every {@code EventSubscriber} service that subscribes to its type, as openHAB's event manager does: on an
     * event thread, one subscriber after the other; each {@code receive()} must return within 5 s.
     *
     * @param newState the new state as text, parsed for the item's type (for example {@code 21.5 °C} or {@code ON})
     * @param oldState the previous state as text
     * @return the new state's {@code toFullString()}
     */
    String postItemStateChanged(String itemName, String newState, String oldState);

    /**
     * Posts several changes one after the other, as {@link #postItemStateChanged} does for one, without a round trip
     * to the test in between: the events follow each other within a millisecond, as a burst on openHAB's bus does.
     *
     * @param changes each {@code [item, new state, old state]}
     * @return the new states' {@code toFullString()}, in order
     */
    List<String> postItemStateChanges(List<List<String>> changes);

    /**
     * Sets the item's state without any event, as openHAB does when it restores states at startup: only
     * what reads the item registry (republish, publish on connect) sees it.
     *
     * @param state the state as text, as for {@link #postItemStateChanged}
     * @return the state's {@code toFullString()}
     */
    String setItemState(String itemName, String state);

    /**
     * Does what openHAB's Karaf console bridge does for {@code openhab:<command> <arguments>}: calls
     * {@code execute(arguments, console)} on the registered {@code ConsoleCommandExtension} service whose
     * {@code getCommand()} is {@code command}, with a console that records what is printed.
     *
     * @return everything the command printed, lines ended by {@code \n}; usage lines start with {@code Usage: }
     */
    String executeConsoleCommand(String command, List<String> arguments);

    /** Does what openHAB does when a Thing is removed: {@code dispose()}, then {@code unregisterHandler(thing)}. */
    void removeThing(String thingUid);
}
