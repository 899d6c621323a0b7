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
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.items.Item;
import org.openhab.core.types.Command;
import org.openhab.core.types.CommandDescription;
import org.openhab.core.types.State;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.UnDefType;

/**
 * The {@link TestItem} is a plain {@link Item}: name, type (for example {@code Number:Temperature}), label, groups,
 * tags and a state that starts as {@code NULL}, like a new item in openHAB.
 */
@NonNullByDefault
final class TestItem implements Item {

    private final String name;
    private final String type;
    private final @Nullable String label;
    private final List<String> groupNames;
    private final Set<String> tags;
    private volatile State state = UnDefType.NULL;

    TestItem(String name, String type, @Nullable String label, List<String> groupNames, Set<String> tags) {
        this.name = name;
        this.type = type;
        this.label = label;
        this.groupNames = List.copyOf(groupNames);
        this.tags = Set.copyOf(tags);
    }

    void setState(State state) {
        this.state = state;
    }

    @Override
    public String getUID() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public State getState() {
        return state;
    }

    @Override
    public <T extends State> @Nullable T getStateAs(Class<T> typeClass) {
        return state.as(typeClass);
    }

    @Override
    public List<Class<? extends State>> getAcceptedDataTypes() {
        return List.of();
    }

    @Override
    public List<Class<? extends Command>> getAcceptedCommandTypes() {
        return List.of();
    }

    @Override
    public List<String> getGroupNames() {
        return groupNames;
    }

    @Override
    public Set<String> getTags() {
        return tags;
    }

    @Override
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public @Nullable String getCategory() {
        return null;
    }

    @Override
    public @Nullable StateDescription getStateDescription() {
        return null;
    }

    @Override
    public @Nullable StateDescription getStateDescription(@Nullable Locale locale) {
        return null;
    }

    @Override
    public @Nullable CommandDescription getCommandDescription(@Nullable Locale locale) {
        return null;
    }

    @Override
    public String toString() {
        return type + " " + name + " = " + state;
    }
}
