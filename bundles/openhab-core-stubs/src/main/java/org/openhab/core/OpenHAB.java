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
package org.openhab.core;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Some core static methods that provide information about the running openHAB instance (folders, constants).
 */
@NonNullByDefault
public class OpenHAB {

    /** The program argument name for setting the runtime directory path */
    public static final String RUNTIME_DIR_PROG_ARGUMENT = "openhab.runtime";

    /** The program argument name for setting the user data directory path */
    public static final String USERDATA_DIR_PROG_ARGUMENT = "openhab.userdata";

    /** The program argument name for setting the main config directory path */
    public static final String CONFIG_DIR_PROG_ARGUMENT = "openhab.conf";

    /** The default runtime directory name */
    public static final String DEFAULT_RUNTIME_FOLDER = "runtime";

    /** The default main configuration directory name */
    public static final String DEFAULT_CONFIG_FOLDER = "conf";

    /** The default user data directory name */
    public static final String DEFAULT_USERDATA_FOLDER = "userdata";

    /** The property to recognize a service instance created by a service factory */
    public static final String SERVICE_CONTEXT = "openhab.servicecontext";

    /** the service pid used for the definition of the base package and add-ons */
    public static final String ADDONS_SERVICE_PID = "org.openhab.addons";

    /** the configuration parameter name used for the base package */
    public static final String CFG_PACKAGE = "package";

    /** The marker used in service context values */
    public static final String SERVICE_CONTEXT_MARKER = "#";

    /**
     * Returns the runtime folder path name.
     *
     * @return the runtime folder path name
     */
    public static String getRuntimeFolder() {
        String progArg = System.getProperty(RUNTIME_DIR_PROG_ARGUMENT);
        if (progArg != null) {
            return progArg;
        } else {
            return DEFAULT_RUNTIME_FOLDER;
        }
    }

    /**
     * Returns the configuration folder path name.
     *
     * @return the configuration folder path name
     */
    public static String getConfigFolder() {
        String progArg = System.getProperty(CONFIG_DIR_PROG_ARGUMENT);
        if (progArg != null) {
            return progArg;
        } else {
            return DEFAULT_CONFIG_FOLDER;
        }
    }

    /**
     * Returns the user data folder path name.
     *
     * @return the user data folder path name
     */
    public static String getUserDataFolder() {
        String progArg = System.getProperty(USERDATA_DIR_PROG_ARGUMENT);
        if (progArg != null) {
            return progArg;
        } else {
            return DEFAULT_USERDATA_FOLDER;
        }
    }
}
