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
package org.openhab.binding.cloudsync.internal.change;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link ItemInfo} is an immutable snapshot of the item registry facts the sync needs: type, label, the
 * groups the item is a direct member of, and its tags.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ItemInfo(String name, String type, @Nullable String label, List<String> groupNames, Set<String> tags) {

    public ItemInfo {
        groupNames = List.copyOf(groupNames);
        tags = Set.copyOf(tags);
    }
}
