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
package org.openhab.core.id;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.openhab.core.OpenHAB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code InstanceUUID} (bundle {@code org.openhab.core.id}): one random UUID per openHAB
 * installation, kept in the file {@code uuid} of the userdata folder so that it survives restarts.
 * <p>
 * As in openHAB 4.3.11: the first call reads the first line of that file; a missing file is created (with its folders)
 * and an empty one rewritten, each with a new random UUID; the value is then kept in memory. When the file cannot be
 * written, the call logs an error and returns {@code null}. Like 4.3.11 (and unlike 5.x), the class carries no
 * nullness annotations; 5.x declares {@code get()} {@code @Nullable}, so callers check for {@code null}.
 */
public class InstanceUUID {

    private static final Logger LOGGER = LoggerFactory.getLogger(InstanceUUID.class);

    static final String UUID_FILE_NAME = "uuid";

    static String uuid;

    /**
     * Returns the UUID of this installation, creating and storing one on first use.
     *
     * @return the UUID, or null if a new one could not be written to the userdata folder
     */
    public static synchronized String get() {
        if (uuid == null) {
            File file = new File(OpenHAB.getUserDataFolder() + File.separator + UUID_FILE_NAME);
            try {
                if (!file.exists()) {
                    uuid = UUID.randomUUID().toString();
                    store(file, uuid);
                } else {
                    uuid = firstLineOf(file);
                    if (uuid.isEmpty()) {
                        uuid = UUID.randomUUID().toString();
                        LOGGER.warn("UUID file '{}' is empty, writing the new UUID '{}' to it", file.getAbsolutePath(),
                                uuid);
                        store(file, uuid);
                    } else {
                        LOGGER.debug("UUID '{}' read from file '{}'", uuid, file.getAbsolutePath());
                    }
                }
            } catch (IOException e) {
                LOGGER.error("Could not write the UUID file: {}", e.getMessage());
                return null;
            }
        }
        return uuid;
    }

    private static void store(File file, String value) throws IOException {
        File folder = file.getParentFile();
        if (folder != null) {
            folder.mkdirs();
        }
        Files.writeString(file.toPath(), value, StandardCharsets.UTF_8);
    }

    private static String firstLineOf(File file) {
        try (BufferedReader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            LOGGER.warn("Could not read the UUID file '{}': {}", file.getAbsolutePath(), e.getMessage());
            return "";
        }
    }
}
