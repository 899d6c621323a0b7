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
package org.openhab.binding.cloudsync.internal.endpoint;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cloudsync.internal.change.ItemInfo;
import org.openhab.binding.cloudsync.internal.change.StateChange;
import org.openhab.binding.cloudsync.internal.config.EndpointConfiguration;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectFailure;
import org.openhab.binding.cloudsync.internal.mqtt.ConnectionSettings;
import org.openhab.binding.cloudsync.internal.mqtt.PasswordSource;
import org.openhab.binding.cloudsync.internal.mqtt.TransportException;
import org.openhab.binding.cloudsync.internal.outbox.SegmentedOutbox;
import org.openhab.binding.cloudsync.internal.testutil.Changes;
import org.openhab.binding.cloudsync.internal.testutil.FakeTransport;
import org.openhab.binding.cloudsync.internal.testutil.ManualScheduler;
import org.openhab.binding.cloudsync.internal.testutil.MapItemDirectory;
import org.openhab.binding.cloudsync.internal.testutil.RecordingStatus;
import org.openhab.binding.cloudsync.internal.testutil.TestSettings;

import com.google.gson.JsonParser;

/**
 * Specifies an endpoint's own timing and reports without a broker: the interval tick, publishing the current
 * states on every connect, the status it reports for each link event, republish, purge and stop. A fake transport
 * plays the broker and a manual scheduler the clock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class SyncEndpointScheduleTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeTransport broker = new FakeTransport();
    private final RecordingStatus status = new RecordingStatus(Duration.ZERO);
    private final MapItemDirectory items = new MapItemDirectory();
    private List<StateChange> currentStates = List.of();
    private @Nullable SyncEndpoint endpoint;

    @AfterEach
    void stop() {
        SyncEndpoint current = endpoint;
        if (current != null) {
            current.stop();
            current.outbox().close();
        }
    }

    private SyncEndpoint start(Consumer<EndpointConfiguration> configure) throws TransportException {
        return start(TestSettings.endpoint(1883, configure));
    }

    private SyncEndpoint start(EndpointSettings settings) throws TransportException {
        SyncEndpoint started = new SyncEndpoint("test", settings,
                SegmentedOutbox.inHeap("test", settings.outbox(), settings.delivery().coalesce(), scheduler),
                new EndpointServices(scheduler, items,
                        which -> currentStates.stream().filter(change -> which.test(item(change.itemName()))).toList(),
                        broker.factory(), scheduler::nanos),
                status);
        started.start();
        endpoint = started;
        return started;
    }

    private static ItemInfo item(String name) {
        return new ItemInfo(name, "Number", null, List.of(), Set.of());
    }

    private List<String> itemsSent() {
        return broker.payloads().stream()
                .map(payload -> JsonParser.parseString(payload).getAsJsonObject().get("item").getAsString()).toList();
    }

    private List<String> statesSent() {
        return broker.payloads().stream()
                .map(payload -> JsonParser.parseString(payload).getAsJsonObject().get("state").getAsString()).toList();
    }

    @Test
    void withAnIntervalChangesWaitForTheTickWhichSendsTheLatestStateOfEachItem() throws TransportException {
        SyncEndpoint sync = start(c -> c.interval = 5);
        broker.connect();
        scheduler.runDue();

        sync.offer(Changes.number("Counter", "1"));
        sync.offer(Changes.number("Counter", "2"));
        sync.offer(Changes.number("Other", "7"));
        scheduler.advance(Duration.ofMillis(4_999));
        assertEquals(List.of(), broker.published(), "nothing before the tick");

        scheduler.advance(Duration.ofMillis(1));
        assertEquals(List.of("2", "7"), statesSent(), "coalesce: the latest state of each item, at the tick");

        sync.offer(Changes.number("Counter", "3"));
        broker.acknowledgeAll();
        scheduler.advance(Duration.ofSeconds(5));
        assertEquals(List.of("2", "7", "3"), statesSent(), "the next tick sends what came since");
    }

    @Test
    void modeAllSendsEveryChangeAtTheTick() throws TransportException {
        SyncEndpoint sync = start(c -> {
            c.interval = 2;
            c.mode = "all";
        });
        broker.connect();
        for (int i = 1; i <= 3; i++) {
            sync.offer(Changes.number("Counter", String.valueOf(i)));
        }

        scheduler.advance(Duration.ofSeconds(2));

        assertEquals(List.of("1", "2", "3"), statesSent());
    }

    @Test
    void atIntervalZeroEachChangeGoesAtOnce() throws TransportException {
        SyncEndpoint sync = start(c -> c.interval = 0);
        broker.connect();

        sync.offer(Changes.number("Counter", "1"));
        scheduler.runDue();

        assertEquals(List.of("1"), statesSent());
    }

    @Test
    void publishOnConnectSendsTheCurrentStateOfTheSelectedItemsOnEveryConnect() throws TransportException {
        currentStates = List.of(Changes.number("Kitchen_Temp", "21"), Changes.number("Garage_Temp", "9"));
        start(c -> {
            c.interval = 0;
            c.publishOnConnect = "all";
            c.include = List.of("Kitchen_*");
        });

        broker.connect();
        scheduler.runDue();
        assertEquals(List.of("Kitchen_Temp"), itemsSent(), "only the selected items");

        broker.acknowledgeAll();
        broker.breakLink("gone");
        broker.connect();
        scheduler.runDue();
        assertEquals(List.of("Kitchen_Temp", "Kitchen_Temp"), itemsSent(), "again after a reconnect");
    }

    @Test
    void withoutPublishOnConnectAConnectSendsOnlyWhatWaits() throws TransportException {
        currentStates = List.of(Changes.number("Kitchen_Temp", "21"));
        start(c -> c.interval = 0);

        broker.connect();
        scheduler.runDue();

        assertEquals(List.of(), broker.published());
    }

    @Test
    void republishQueuesTheCurrentStatesTheSelectionAndTheFilterTakeAndSendsThemAtOnce() throws TransportException {
        currentStates = List.of(Changes.number("Kitchen_Temp", "21"), Changes.number("Kitchen_Light", "1"),
                Changes.number("Garage_Temp", "9"));
        SyncEndpoint sync = start(c -> {
            c.interval = 60;
            c.include = List.of("Kitchen_*");
        });
        broker.connect();
        scheduler.runDue();

        int queued = sync.republish(item -> item.name().endsWith("_Temp"));
        scheduler.runDue();

        assertEquals(1, queued);
        assertEquals(List.of("Kitchen_Temp"), itemsSent(), "sent at once, not at the next tick");
    }

    /** Settings at interval 0 whose password is a new token on every connect, accepted for ten seconds. */
    private EndpointSettings withExpiringPasswords(List<String> issued) {
        EndpointSettings settings = TestSettings.endpoint(1883, c -> c.interval = 0);
        ConnectionSettings connection = settings.connection();
        PasswordSource tokens = new PasswordSource() {
            @Override
            public String next() {
                String token = "token-" + issued.size();
                issued.add(token);
                return token;
            }

            @Override
            public Duration validity() {
                return Duration.ofSeconds(10);
            }
        };
        return new EndpointSettings(settings.selection(), settings.payload(), settings.delivery(),
                new ConnectionSettings(connection.serverUris(), connection.clientId(), "device", tokens,
                        connection.keepAliveSeconds(), connection.inFlightWindow(), connection.minBackoffMillis(),
                        connection.maxBackoffMillis(), connection.cleanSession(), connection.connectTimeoutSeconds(),
                        null, null),
                settings.outbox(), settings.rules());
    }

    @Test
    void beforeItsPasswordExpiresTheLinkIsRenewedOnceWhatIsInFlightLandedAndNothingIsSentTwice()
            throws TransportException {
        SyncEndpoint sync = start(withExpiringPasswords(new ArrayList<>()));
        broker.connect();
        sync.offer(Changes.number("Counter", "1"));
        scheduler.runDue();

        scheduler.advance(Duration.ofMillis(7_999));
        assertEquals(0, broker.reconnects(), "nothing before 80 % of the validity");
        scheduler.advance(Duration.ofMillis(1));
        sync.offer(Changes.number("Counter", "2"));
        scheduler.advance(Duration.ofMillis(500));
        assertEquals(0, broker.reconnects(), "change 1 is still in flight: the link stays until it lands");
        assertEquals(List.of("1"), statesSent(), "change 2 waits for the new link");

        broker.acknowledgeAll();
        scheduler.advance(Duration.ofMillis(100));
        assertEquals(1, broker.reconnects(), "reconnected once nothing was in flight");
        assertEquals(List.of(), status.reports().stream().filter(r -> r.startsWith("COMM")).toList(),
                "a planned reconnect is no communication problem");

        broker.connect();
        scheduler.runDue();
        assertEquals(List.of("1", "2"), statesSent(), "change 2 goes on the new link; nothing was sent twice");
        broker.acknowledgeAll();
        scheduler.advance(Duration.ofSeconds(8));
        assertEquals(2, broker.reconnects(), "the new link is renewed in its turn");
    }

    @Test
    void aPasswordThatDoesNotExpireIsNeverRenewed() throws TransportException {
        start(c -> c.interval = 0);
        broker.connect();

        scheduler.advance(Duration.ofHours(2));

        assertEquals(0, broker.reconnects());
    }

    @Test
    void linkEventsBecomeStatusReportsAndTheLastError() throws TransportException {
        SyncEndpoint sync = start(c -> c.interval = 0);

        broker.failConnect(new ConnectFailure(true, "offline.conf-error-not-authorized", List.of(), "bad login"));
        broker.connect();
        broker.breakLink("Connection reset");

        assertEquals(List.of("CONFIG offline.conf-error-not-authorized []", "ONLINE",
                "COMM offline.comm-error-connection-lost [Connection reset]"), status.reports());
        assertEquals("connection lost: Connection reset", sync.statistics().lastError());
        assertFalse(sync.statistics().connected());
    }

    @Test
    void purgeDropsWhatWaitsButNotWhatTheBrokerMayAlreadyHave() throws TransportException {
        SyncEndpoint sync = start(c -> {
            c.interval = 0;
            c.maxInFlight = 2;
        });
        broker.connect();
        for (int i = 0; i < 5; i++) {
            sync.offer(Changes.number("Counter", String.valueOf(i)));
        }
        scheduler.runDue();

        assertEquals(3, sync.purge());
        assertEquals(2, sync.statistics().inFlight(), "the two in flight stay");
        assertEquals(0, sync.statistics().queued());
    }

    @Test
    void stoppingPutsWhatIsInFlightBackInLineAndStopsTheTicks() throws TransportException {
        SyncEndpoint sync = start(c -> c.interval = 1);
        broker.connect();
        sync.offer(Changes.number("Counter", "1"));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(1, sync.statistics().inFlight());

        sync.stop();
        endpoint = null;

        assertEquals(1, sync.outbox().waiting(), "the unacknowledged change waits for the next start");
        assertFalse(broker.started());
        scheduler.advance(Duration.ofSeconds(5));
        assertEquals(0, scheduler.pending(), "no tick is left behind");
        sync.outbox().close();
    }
}
