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
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The {@link CloudService} is one of the cloud MQTT services this add-on knows; it recognises their broker host
 * names so that a generic MQTT Thing pointed at one of them can hint at the service's own Thing type.
 * <p>
 * The host names are the ones the services hand out:
 * <ul>
 * <li>AWS IoT Core: {@code <prefix>-ats.iot.<region>.amazonaws.com}, in China {@code ….iot.<region>.amazonaws.com.cn}
 * (a label {@code iot} or {@code iot-fips} is required, so other AWS hosts are not taken for it);</li>
 * <li>Azure IoT Hub: {@code <hub>.azure-devices.net}, in Azure China {@code .azure-devices.cn}, in Azure Government
 * {@code .azure-devices.us};</li>
 * <li>HiveMQ Cloud: {@code <cluster>.s1.eu.hivemq.cloud} (the public test broker {@code broker.hivemq.com} is not
 * HiveMQ Cloud);</li>
 * <li>EMQX Cloud: Serverless {@code <id>.ala.<region>.emqxsl.com} (China {@code .emqxsl.cn}), Dedicated
 * {@code <id>.ala.dedicated.<provider>.emqxcloud.com} (China {@code .emqxcloud.cn}) and the older
 * {@code <id>.<region>.emqx.cloud} (the public test broker {@code broker.emqx.io} is not EMQX Cloud).</li>
 * </ul>
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public enum CloudService {

    AWS_IOT_CORE("AWS IoT Core", List.of(".amazonaws.com", ".amazonaws.com.cn")),
    AZURE_IOT_HUB("Azure IoT Hub", List.of(".azure-devices.net", ".azure-devices.cn", ".azure-devices.us")),
    HIVEMQ_CLOUD("HiveMQ Cloud", List.of(".hivemq.cloud")),
    EMQX_CLOUD("EMQX Cloud", List.of(".emqxsl.com", ".emqxsl.cn", ".emqxcloud.com", ".emqxcloud.cn", ".emqx.cloud"));

    private final String displayName;
    private final List<String> hostSuffixes;

    CloudService(String displayName, List<String> hostSuffixes) {
        this.displayName = displayName;
        this.hostSuffixes = hostSuffixes;
    }

    public String displayName() {
        return displayName;
    }

    /** The rules to check settings and messages against; services without rules of their own get MQTT's. */
    public ServiceRules rules() {
        return switch (this) {
            case AWS_IOT_CORE -> ServiceRules.AWS_IOT_CORE;
            case AZURE_IOT_HUB -> ServiceRules.AZURE_IOT_HUB;
            case HIVEMQ_CLOUD, EMQX_CLOUD -> ServiceRules.GENERIC_MQTT;
        };
    }

    /** The service whose broker the host plainly is, if any (case and a trailing dot do not matter). */
    public static Optional<CloudService> ofHost(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (CloudService service : values()) {
            if (service.owns(name)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    private boolean owns(String name) {
        for (String suffix : hostSuffixes) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String labels = name.substring(0, name.length() - suffix.length());
                return this != AWS_IOT_CORE || isIotEndpoint(labels);
            }
        }
        return false;
    }

    /** The labels before {@code .amazonaws.com} name the IoT service: {@code …-ats.iot.eu-west-1}. */
    private static boolean isIotEndpoint(String labels) {
        String[] parts = labels.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if ("iot".equals(parts[i]) || "iot-fips".equals(parts[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
