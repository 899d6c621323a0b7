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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.core.OpenHAB;

/**
 * Tests that {@link InstanceUUID#get()} keeps its UUID in the userdata folder like openHAB 4.3.11.
 */
class InstanceUUIDTest {

    private @TempDir Path temp;
    private String previousUserData;

    @BeforeEach
    void pointUserDataIntoTemp() {
        previousUserData = System.getProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT);
        System.setProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT, temp.resolve("userdata").toString());
        InstanceUUID.uuid = null;
    }

    @AfterEach
    void restoreUserData() {
        InstanceUUID.uuid = null;
        if (previousUserData == null) {
            System.clearProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT);
        } else {
            System.setProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT, previousUserData);
        }
    }

    @Test
    void createsTheFileWithARandomUuidAndKeepsIt() throws IOException {
        String first = InstanceUUID.get();

        assertNotNull(first);
        assertEquals(first, UUID.fromString(first).toString());
        assertEquals(first, Files.readString(temp.resolve("userdata").resolve("uuid"), StandardCharsets.UTF_8));
        assertEquals(first, InstanceUUID.get());
    }

    @Test
    void readsTheFirstLineOfAnExistingFile() throws IOException {
        Path file = Files.createDirectories(temp.resolve("userdata")).resolve("uuid");
        Files.writeString(file, "123\nsecond line", StandardCharsets.UTF_8);

        assertEquals("123", InstanceUUID.get());
    }

    @Test
    void rewritesAnEmptyFile() throws IOException {
        Path file = Files.createDirectories(temp.resolve("userdata")).resolve("uuid");
        Files.writeString(file, "", StandardCharsets.UTF_8);

        String uuid = InstanceUUID.get();

        assertNotNull(uuid);
        assertFalse(uuid.isEmpty());
        assertEquals(uuid, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void returnsNullWhenTheFileCannotBeWritten() throws IOException {
        // the userdata "folder" is a plain file: nothing can be created below it
        Path notAFolder = Files.writeString(temp.resolve("userdata"), "x", StandardCharsets.UTF_8);

        assertNull(InstanceUUID.get());
        assertEquals("x", Files.readString(notAFolder, StandardCharsets.UTF_8));
    }
}
