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
package org.openhab.binding.cloudsync.internal.cloud;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link CloudConfigurationException} is the reason why a cloud setting (a connection string, a device key)
 * cannot be used, as an i18n key of {@code cloudsync.properties} with its arguments, ready for the Thing status
 * description.
 * <p>
 * The arguments are chosen by the code that throws, never copied from a secret: a message of this exception
 * never shows a key, a signature or a whole connection string.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class CloudConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String textKey;
    private final List<String> arguments;

    public CloudConfigurationException(String textKey, String... arguments) {
        super(textKey + " " + List.of(arguments));
        this.textKey = textKey;
        this.arguments = List.of(arguments);
    }

    public String textKey() {
        return textKey;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** The status description, for example {@code @text/offline.conf-error-azure-connection-string-policy}. */
    public String statusDescription() {
        return StatusText.of(textKey, arguments);
    }
}
