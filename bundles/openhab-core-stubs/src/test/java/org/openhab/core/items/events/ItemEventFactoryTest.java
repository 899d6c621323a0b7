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
package org.openhab.core.items.events;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.events.Event;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.UnDefType;

/**
 * Tests that {@link ItemEventFactory} builds events with openHAB's topics, types and JSON payloads.
 */
@NonNullByDefault
class ItemEventFactoryTest {

    @Test
    void stateChangedEventHasOpenhabTopicPayloadAndGetters() {
        ItemStateChangedEvent event = ItemEventFactory.createStateChangedEvent("Light", OnOffType.ON, OnOffType.OFF);

        assertEquals("openhab/items/Light/statechanged", event.getTopic());
        assertEquals("{\"type\":\"OnOff\",\"value\":\"ON\",\"oldType\":\"OnOff\",\"oldValue\":\"OFF\"}",
                event.getPayload());
        assertEquals("ItemStateChangedEvent", event.getType());
        assertEquals(ItemStateChangedEvent.TYPE, event.getType());
        assertEquals("Light", event.getItemName());
        assertEquals(OnOffType.ON, event.getItemState());
        assertEquals(OnOffType.OFF, event.getOldItemState());
        assertNull(event.getSource());
        assertEquals("Item 'Light' changed from OFF to ON", event.toString());
    }

    @Test
    void stateUpdatedEventsHaveBothForms() {
        ItemStateUpdatedEvent event = ItemEventFactory.createStateUpdatedEvent("Temp", new QuantityType<>("21.5 °C"));
        assertEquals("openhab/items/Temp/stateupdated", event.getTopic());
        assertEquals("{\"type\":\"Quantity\",\"value\":\"21.5 °C\"}", event.getPayload());
        assertEquals("ItemStateUpdatedEvent", event.getType());
        assertNull(event.getSource());

        ItemStateUpdatedEvent withSource = ItemEventFactory.createStateUpdatedEvent("Temp", new DecimalType("1.50"),
                "test");
        assertEquals("{\"type\":\"Decimal\",\"value\":\"1.50\"}", withSource.getPayload());
        assertEquals("test", withSource.getSource());
    }

    @Test
    void groupEventsCarryMemberName() {
        GroupItemStateChangedEvent changed = ItemEventFactory.createGroupStateChangedEvent("Group", "Member",
                UnDefType.UNDEF, UnDefType.NULL);
        assertEquals("openhab/items/Group/Member/statechanged", changed.getTopic());
        assertEquals("{\"type\":\"UnDef\",\"value\":\"UNDEF\",\"oldType\":\"UnDef\",\"oldValue\":\"NULL\"}",
                changed.getPayload());
        assertEquals("GroupItemStateChangedEvent", changed.getType());
        assertEquals("Group", changed.getItemName());
        assertEquals("Member", changed.getMemberName());

        GroupStateUpdatedEvent updated = ItemEventFactory.createGroupStateUpdatedEvent("Group", "Member",
                new StringType("a"), null);
        assertEquals("openhab/items/Group/Member/stateupdated", updated.getTopic());
        assertEquals("GroupStateUpdatedEvent", updated.getType());
        assertEquals("Member", updated.getMemberName());
        assertInstanceOf(ItemStateUpdatedEvent.class, updated);
    }

    @Test
    void stateAndCommandEvents() {
        ItemEvent stateEvent = ItemEventFactory.createStateEvent("Item", new StringType("x"));
        assertEquals("openhab/items/Item/state", stateEvent.getTopic());
        assertEquals("ItemStateEvent", stateEvent.getType());
        assertInstanceOf(ItemStateEvent.class, stateEvent);

        ItemCommandEvent command = ItemEventFactory.createCommandEvent("Item", OnOffType.ON, "src");
        assertEquals("openhab/items/Item/command", command.getTopic());
        assertEquals("{\"type\":\"OnOff\",\"value\":\"ON\"}", command.getPayload());
        assertEquals(OnOffType.ON, command.getItemCommand());
        assertEquals("src", command.getSource());
    }

    @Test
    void rawTypePayloadIsDataUri() {
        ItemStateChangedEvent event = ItemEventFactory.createStateChangedEvent("Image",
                new RawType(new byte[] { 1, 2, 3 }, "image/png"), UnDefType.NULL);
        assertEquals("{\"type\":\"Raw\",\"value\":\"data:image/png;base64,AQID\",\"oldType\":\"UnDef\","
                + "\"oldValue\":\"NULL\"}", event.getPayload());
    }

    @Test
    void factoryParsesEventsBack() throws Exception {
        ItemStateChangedEvent original = ItemEventFactory.createStateChangedEvent("Temp", new QuantityType<>("21.5 °C"),
                new DecimalType(3));
        Event parsed = new ItemEventFactory().createEvent(original.getType(), original.getTopic(),
                original.getPayload(), null);
        ItemStateChangedEvent changed = assertInstanceOf(ItemStateChangedEvent.class, parsed);
        assertEquals("Temp", changed.getItemName());
        assertEquals(new QuantityType<>("21.5 °C"), changed.getItemState());
        assertEquals(new DecimalType(3), changed.getOldItemState());
    }

    @Test
    void emptyItemNameIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ItemEventFactory.createStateChangedEvent("", OnOffType.ON, OnOffType.OFF));
    }
}
