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
package org.openhab.core.types;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A {@link CommandDescription} lists the predefined commands of an item.
 */
@NonNullByDefault
public interface CommandDescription {

    /**
     * Returns a list of {@link CommandOption}s.
     *
     * @return the command options
     */
    List<CommandOption> getCommandOptions();
}
