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
package org.openhab.binding.cloudsync.internal.selection;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.selection.ItemPattern.InvalidPatternException;

/**
 * Specifies which items an endpoint's include and exclude lists select.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class ItemSelectorTest {

    private final Map<String, ItemInfo> registry = new HashMap<>();

    ItemSelectorTest() {
        add("Home", "Group");
        add("gKitchen", "Group", "Home");
        add("gKitchenSensors", "Group", "gKitchen");
        add("Kitchen_Temp", "Number:Temperature", "gKitchenSensors");
        add("Kitchen_Light", "Switch", "gKitchen");
        add("Garage_Door", "Contact");
        add("Sensor_Humidity", "Number:Dimensionless");
        registry.put("Power_Meter", new ItemInfo("Power_Meter", "Number:Power", null, List.of(), Set.of("Energy")));
    }

    private void add(String name, String type, String... groups) {
        registry.put(name, new ItemInfo(name, type, null, List.of(groups), Set.of()));
    }

    private ItemSelector selector(List<String> include, List<String> exclude) throws InvalidPatternException {
        return new ItemSelector(ItemPattern.parseAll(include), ItemPattern.parseAll(exclude), registry::get);
    }

    private List<String> selected(ItemSelector selector) {
        return registry.keySet().stream().filter(selector::selects).sorted().toList();
    }

    @Test
    void emptyIncludeSelectsEveryItem() throws InvalidPatternException {
        assertEquals(registry.keySet().stream().sorted().toList(), selected(selector(List.of(), List.of())));
    }

    @Test
    void itemNameSelectsExactlyThatItem() throws InvalidPatternException {
        assertEquals(List.of("Garage_Door"), selected(selector(List.of("Garage_Door"), List.of())));
    }

    @Test
    void globSelectsMatchingNames() throws InvalidPatternException {
        assertEquals(List.of("Kitchen_Light", "Kitchen_Temp"), selected(selector(List.of("Kitchen_*"), List.of())));
        assertEquals(List.of("Garage_Door"), selected(selector(List.of("Garage_Do?r"), List.of())));
    }

    @Test
    void groupSelectsItsMembersRecursivelyButNotItself() throws InvalidPatternException {
        assertEquals(List.of("Kitchen_Light", "Kitchen_Temp", "gKitchenSensors"),
                selected(selector(List.of("group:gKitchen"), List.of())));
    }

    @Test
    void tagSelectsTaggedItems() throws InvalidPatternException {
        assertEquals(List.of("Power_Meter"), selected(selector(List.of("tag:Energy"), List.of())));
    }

    @Test
    void typeSelectsTheTypeAndItsDimensions() throws InvalidPatternException {
        assertEquals(List.of("Kitchen_Temp", "Power_Meter", "Sensor_Humidity"),
                selected(selector(List.of("type:Number"), List.of())));
        assertEquals(List.of("Power_Meter"), selected(selector(List.of("type:Number:Power"), List.of())));
    }

    @Test
    void excludeWinsOverInclude() throws InvalidPatternException {
        assertEquals(List.of("Kitchen_Temp", "gKitchenSensors"),
                selected(selector(List.of("group:gKitchen"), List.of("type:Switch"))));
    }

    @Test
    void groupCycleDoesNotHangTheSelection() throws InvalidPatternException {
        add("LoopA", "Group", "LoopB");
        add("LoopB", "Group", "LoopA");

        assertFalse(selector(List.of("group:gKitchen"), List.of()).selects("LoopA"));
    }

    @Test
    void itemUnknownToTheRegistryIsJudgedByItsNameAlone() throws InvalidPatternException {
        ItemSelector selector = selector(List.of("New_*", "group:gKitchen"), List.of());

        assertTrue(selector.selects("New_Sensor"));
        assertFalse(selector.selects("Other"));
    }

    @Test
    void decisionFollowsWhatTheCatalogKnowsNow() throws InvalidPatternException {
        ItemSelector selector = selector(List.of("group:gKitchen"), List.of());
        assertFalse(selector.selects("Garage_Door"));

        add("Garage_Door", "Contact", "gKitchen");

        assertTrue(selector.selects("Garage_Door"), "the selector keeps no decisions of its own");
    }

    @Test
    void badEntriesAreRejectedWithAReason() {
        assertEquals("\"tag:\" names no tag",
                assertThrows(InvalidPatternException.class, () -> ItemPattern.parse("tag:")).getMessage());
        assertEquals("\"a b\" is not an item name (letters, digits and _)",
                assertThrows(InvalidPatternException.class, () -> ItemPattern.parse("a b")).getMessage());
    }
}
