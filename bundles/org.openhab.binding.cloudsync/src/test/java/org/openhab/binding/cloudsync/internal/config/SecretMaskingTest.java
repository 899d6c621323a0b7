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
package org.openhab.binding.cloudsync.internal.config;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Specifies what is masked in configuration values wherever they are printed (console, status texts, logs).
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SecretMaskingTest {

    @ParameterizedTest(name = "{0} = {1} prints as {2}")
    @CsvSource(delimiter = '|', value = { //
            "password | hunter2 | ***", //
            "keyPassword | k3y | ***", //
            "clientKey | -----BEGIN PRIVATE KEY----- | ***", //
            "sasToken | SharedAccessSignature sr=x | ***", //
            "username | alice | alice", //
            "host | broker.example.com | broker.example.com", //
            "host | mqtt://alice:hunter2@broker.example.com:1883 | mqtt://***@broker.example.com:1883", //
            "host | mqtt://u:p@ss/w@broker.example.com | mqtt://***@broker.example.com", //
            "connectionString | HostName=h;DeviceId=d;SharedAccessKey=abc= | ***", //
            "sasTokenValidity | 60 | 60", //
            "authorizerName | HomeAuthorizer | HomeAuthorizer", //
            "host | user:secret@broker | ***@broker", //
            "host | ' mqtts://u:p@ss/w@broker ' | mqtts://***@broker", //
            "topic | home/{item} | home/{item}" })
    void secretsAndUrlCredentialsAreMasked(String parameter, String value, String printed) {
        assertEquals(printed, SecretMasking.mask(parameter, value));
    }
}
