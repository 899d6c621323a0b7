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
package org.openhab.binding.cloudsync.internal.payload;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.payload.TopicTemplate.InvalidTopicException;
import org.openhab.binding.cloudsync.internal.testutil.Changes;

/**
 * Specifies how topic templates are checked and filled in.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class TopicTemplateTest {

    private static final StateChange TEMPERATURE = Changes.quantity("Kitchen_Temp", "21.5", "°C", null, 0);

    @Test
    void itemPlaceholderIsReplacedByTheItemName() throws InvalidTopicException {
        TopicTemplate template = TopicTemplate.parse("openhab/{item}/state", "home", 0);

        assertEquals("openhab/Kitchen_Temp/state", template.render(TEMPERATURE, null));
    }

    @Test
    void typeThingAndLabelPlaceholdersAreFilledIn() throws InvalidTopicException {
        TopicTemplate template = TopicTemplate.parse("{thing}/{type}/{label}", "home1", 0);
        ItemInfo info = new ItemInfo("Kitchen_Temp", "Number:Temperature", "Kitchen", List.of(), Set.of());

        assertEquals("home1/Number:Temperature/Kitchen", template.render(TEMPERATURE, info));
    }

    @Test
    void labelFallsBackToTheItemNameWhenTheItemHasNoLabel() throws InvalidTopicException {
        TopicTemplate template = TopicTemplate.parse("x/{label}", "home", 0);

        assertEquals("x/Kitchen_Temp", template.render(TEMPERATURE, null));
    }

    @Test
    void slashesAndWildcardsInsideALabelCannotAddLevels() throws InvalidTopicException {
        TopicTemplate template = TopicTemplate.parse("x/{label}", "home", 0);
        ItemInfo info = new ItemInfo("Kitchen_Temp", "Number", "In/Out +#", List.of(), Set.of());

        assertEquals("x/In_Out __", template.render(TEMPERATURE, info));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected because {1}")
    @CsvSource(delimiter = '|', value = { //
            "home/+/state | it contains the wildcard +", //
            "home/# | it contains the wildcard #", //
            "/home/{item} | it has an empty level", //
            "home/{item}/ | it has an empty level", //
            "home//{item} | it has an empty level", //
            "home/{name} | {name} is not a known placeholder", //
            "home/{item | a { is not closed" })
    void invalidTemplatesAreRejectedWithAReason(String template, String reason) {
        InvalidTopicException e = assertThrows(InvalidTopicException.class,
                () -> TopicTemplate.parse(template, "home", 0));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void nulCharacterIsRejected() {
        InvalidTopicException e = assertThrows(InvalidTopicException.class,
                () -> TopicTemplate.parse("a\u0000b", "home", 0));
        assertEquals("it contains a NUL character", e.getMessage());
    }

    @Test
    void batchTopicWithOnlyThingDoesNotReferToItems() throws InvalidTopicException {
        TopicTemplate batch = TopicTemplate.parse("homes/{thing}/batch", "home1", 0);

        assertFalse(batch.refersToItems());
        assertEquals("homes/home1/batch", batch.renderForThing());
        assertTrue(TopicTemplate.parse("x/{item}", "home1", 0).refersToItems());
    }

    @Test
    void emptyTemplateIsRejected() {
        assertThrows(InvalidTopicException.class, () -> TopicTemplate.parse("", "home", 0));
    }

    @Test
    void templateDeeperThanTheBrokerAllowsIsRejected() {
        InvalidTopicException e = assertThrows(InvalidTopicException.class,
                () -> TopicTemplate.parse("a/b/c/d/e/f/g/h/{item}", "home", 8));
        assertEquals("it has 9 levels, the broker allows 8", e.getMessage());
    }
}
