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
 * The {@link RuleViolation} is the breach of one rule of a cloud service by a setting or a message: the rule, how
 * bad it is, and a readable text as an i18n key of {@code cloudsync.properties} with its arguments.
 *
 * @param service the service whose rule is broken
 * @param rule the rule
 * @param severity {@link Severity#ERROR} when the service refuses or disconnects, {@link Severity#WARNING} when it
 *            accepts but does not do what the setting asks
 * @param textKey the i18n key, for example {@code offline.conf-error-rule-qos}
 * @param arguments the arguments of the text, for example {@code ["AWS IoT Core", "2"]}
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record RuleViolation(ServiceRules service, Rule rule, Severity severity, String textKey,
        List<String> arguments) {

    /** The rules a service may have. */
    public enum Rule {
        QOS("qos"),
        KEEP_ALIVE("keep-alive"),
        CLIENT_ID_LENGTH("client-id-length"),
        CLIENT_ID_CHARACTERS("client-id-characters"),
        RETAIN("retain"),
        TOPIC_LENGTH("topic-length"),
        TOPIC_SLASHES("topic-slashes"),
        TOPIC_NOT_ALLOWED("topic-not-allowed"),
        PAYLOAD_SIZE("payload-size");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** How the service treats a breach. */
    public enum Severity {
        /** The service refuses the connection or message, or closes the connection. */
        ERROR,
        /** The service accepts, but does not do what the setting asks. */
        WARNING
    }

    public RuleViolation {
        arguments = List.copyOf(arguments);
    }

    /** The rule's id, for example {@code aws-iot-core.qos}. */
    public String ruleId() {
        return service.id() + "." + rule.id();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
