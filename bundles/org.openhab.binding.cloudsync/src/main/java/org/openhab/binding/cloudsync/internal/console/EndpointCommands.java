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
package org.openhab.binding.cloudsync.internal.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.config.SecretMasking;
import org.openhab.binding.cloudsync.internal.endpoint.EndpointStatistics;
import org.openhab.binding.cloudsync.internal.endpoint.SyncEndpoint;
import org.openhab.binding.cloudsync.internal.handler.CloudSyncEndpointHandler;
import org.openhab.binding.cloudsync.internal.mqtt.TlsSettings;
import org.openhab.binding.cloudsync.internal.outbox.OutboxStats;
import org.openhab.binding.cloudsync.internal.payload.JsonMessage;
import org.openhab.core.io.console.Console;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The {@link EndpointCommands} carry out the console's sub-commands on endpoint handlers and print the
 * results. Nothing printed holds a secret: configuration values of secret parameters and credentials in a
 * broker URL are masked.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class EndpointCommands {

    static final String TEST_ITEM = "CloudSync_Test";
    private static final long TEST_TIMEOUT_SECONDS = 10;

    void list(List<CloudSyncEndpointHandler> handlers, Console console) {
        if (handlers.isEmpty()) {
            console.println("No Cloud Sync endpoints.");
            return;
        }
        console.println(String.format(Locale.ROOT, "%-28s %-20s %-8s %-32s %8s %8s %6s  %s", "Thing", "Label", "Status",
                "Broker", "Queued", "Sent", "Failed", "Last success"));
        for (CloudSyncEndpointHandler handler : handlers) {
            SyncEndpoint endpoint = handler.getEndpoint();
            EndpointStatistics stats = endpoint == null ? null : endpoint.statistics();
            console.println(String.format(Locale.ROOT, "%-28s %-20s %-8s %-32s %8s %8s %6s  %s",
                    handler.getThing().getUID().getAsString(), String.valueOf(handler.getThing().getLabel()),
                    handler.getThing().getStatus(), endpoint == null ? "-" : broker(endpoint),
                    stats == null ? "-" : String.valueOf(stats.queued() + stats.inFlight()),
                    stats == null ? "-" : String.valueOf(stats.sent()),
                    stats == null ? "-" : String.valueOf(stats.failed()), stats == null ? "-" : lastSuccess(stats)));
        }
    }

    void status(CloudSyncEndpointHandler handler, Console console) {
        ThingStatusInfo status = handler.getThing().getStatusInfo();
        console.println("Thing:         " + handler.getThing().getUID() + " (" + handler.getThing().getLabel() + ")");
        console.println("Status:        " + status.getStatus() + " / " + status.getStatusDetail()
                + (status.getDescription() == null ? "" : " / " + status.getDescription()));
        SyncEndpoint endpoint = handler.getEndpoint();
        if (endpoint != null) {
            EndpointStatistics stats = endpoint.statistics();
            console.println("Broker:        " + broker(endpoint));
            console.println("TLS:           " + tls(endpoint));
            console.println("Connected:     " + stats.connected() + (stats.paused() ? " (sending paused)" : ""));
            console.println("Queued:        " + stats.queued() + " waiting, " + stats.inFlight() + " in flight");
            console.println("Outbox:        " + endpoint.outbox().location());
            console.println("Sent:          " + stats.sent());
            console.println("Failed:        " + stats.failed());
            console.println("Dropped:       " + dropped(stats, endpoint.outbox().stats()));
            console.println("Last success:  " + lastSuccess(stats));
            console.println("Last error:    " + (stats.lastError() == null ? "-" : stats.lastError()));
        }
        console.println("Configuration:");
        Map<String, Object> sorted = new TreeMap<>(handler.getThing().getConfiguration().getProperties());
        sorted.forEach((name, value) -> console.println("  " + name + " = " + SecretMasking.mask(name, value)));
    }

    void flush(CloudSyncEndpointHandler handler, Console console) {
        SyncEndpoint endpoint = running(handler, console);
        if (endpoint != null) {
            long queued = endpoint.statistics().queued();
            endpoint.flush();
            console.println(handler.getThing().getUID() + ": sending " + queued + " queued changes now");
        }
    }

    void pause(CloudSyncEndpointHandler handler, Console console) {
        SyncEndpoint endpoint = running(handler, console);
        if (endpoint != null) {
            endpoint.pause();
            console.println(handler.getThing().getUID() + ": paused; changes keep queueing");
        }
    }

    void resume(CloudSyncEndpointHandler handler, Console console) {
        SyncEndpoint endpoint = running(handler, console);
        if (endpoint != null) {
            long queued = endpoint.statistics().queued();
            endpoint.resume();
            console.println(handler.getThing().getUID() + ": sending again, " + queued + " queued changes first");
        }
    }

    void purge(CloudSyncEndpointHandler handler, boolean confirmed, Console console) {
        SyncEndpoint endpoint = running(handler, console);
        if (endpoint == null) {
            return;
        }
        if (!confirmed) {
            console.println(handler.getThing().getUID() + ": " + endpoint.statistics().queued()
                    + " queued changes would be dropped. Add " + CloudSyncConsoleCommand.YES + " to drop them.");
            return;
        }
        console.println(handler.getThing().getUID() + ": dropped " + endpoint.purge() + " queued changes");
    }

    /**
     * @param only the items to republish, or null for every item the endpoints select
     */
    void republish(List<CloudSyncEndpointHandler> handlers, @Nullable Predicate<ItemInfo> only, Console console) {
        for (CloudSyncEndpointHandler handler : handlers) {
            SyncEndpoint endpoint = running(handler, console);
            if (endpoint != null) {
                int count = endpoint.republish(only == null ? item -> true : only);
                console.println(
                        handler.getThing().getUID() + ": republishing the current state of " + count + " items");
            }
        }
    }

    void test(CloudSyncEndpointHandler handler, Console console) {
        SyncEndpoint endpoint = running(handler, console);
        if (endpoint == null) {
            return;
        }
        long now = System.currentTimeMillis();
        StateChange probe = new StateChange(TEST_ITEM, null, "test", false, null, null, null, now, null);
        String topic = endpoint.settings().payload().topic().render(probe, null);
        String payload = "{\"test\":true,\"timestamp\":\"" + JsonMessage.formatTimestamp(now) + "\"}";
        console.println(handler.getThing().getUID() + ": publishing a test message to " + topic);
        try {
            long millis = endpoint.publishTest(topic, payload.getBytes(StandardCharsets.UTF_8))
                    .get(TEST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            console.println("The broker acknowledged it after " + millis + " ms (QoS "
                    + endpoint.settings().delivery().qos() + ").");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            console.println("Failed: " + (cause == null ? e.getMessage() : cause.getMessage()));
        } catch (TimeoutException e) {
            console.println("Failed: no acknowledgement within " + TEST_TIMEOUT_SECONDS + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            console.println("Interrupted.");
        }
    }

    private static @Nullable SyncEndpoint running(CloudSyncEndpointHandler handler, Console console) {
        SyncEndpoint endpoint = handler.getEndpoint();
        if (endpoint == null) {
            ThingStatusInfo status = handler.getThing().getStatusInfo();
            console.println(handler.getThing().getUID() + ": not running (" + status.getStatus() + " / "
                    + status.getStatusDetail() + ")");
        }
        return endpoint;
    }

    private static String broker(SyncEndpoint endpoint) {
        return endpoint.server();
    }

    /** The total and, when there are any, the outbox's drops by reason; the rest are oversized or dead letters. */
    private static String dropped(EndpointStatistics stats, OutboxStats outbox) {
        String reasons = outbox.dropped().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + entry.getValue())
                .sorted().collect(Collectors.joining(", "));
        long setAside = stats.dropped() - outbox.droppedTotal();
        if (setAside > 0) {
            reasons = (reasons.isEmpty() ? "" : reasons + ", ") + "too large or dead letters " + setAside;
        }
        return stats.dropped() + (reasons.isEmpty() ? "" : " (" + reasons + ")");
    }

    private static String tls(SyncEndpoint endpoint) {
        TlsSettings tls = endpoint.settings().connection().tls();
        if (tls == null) {
            return "off";
        }
        if (tls.insecure()) {
            return "on, certificate checks OFF (insecure)";
        }
        return "on, " + (tls.verifyHostname() ? "certificate and host name verified"
                : "certificate verified, host name NOT verified") + " (" + tls.summary() + ")";
    }

    private static String lastSuccess(EndpointStatistics stats) {
        return stats.lastSuccess() == 0 ? "never" : Instant.ofEpochMilli(stats.lastSuccess()).toString();
    }
}
