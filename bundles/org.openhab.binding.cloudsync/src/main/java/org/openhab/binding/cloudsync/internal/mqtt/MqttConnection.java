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
package org.openhab.binding.cloudsync.internal.mqtt;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MqttConnection} keeps one Paho client connected to one broker. It runs its own connect loop on
 * the given scheduler with jittered exponential backoff, which, unlike Paho's automatic reconnect, also
 * retries a failed first connect and keeps its delay per connection. Nothing here blocks the caller except
 * {@link #stop()}, which waits a bounded time for a clean disconnect.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class MqttConnection implements MqttCallback {

    private static final long DISCONNECT_TIMEOUT_MILLIS = 1500;

    private final Logger logger = LoggerFactory.getLogger(MqttConnection.class);
    private final ConnectionSettings settings;
    private final ScheduledExecutorService scheduler;
    private final ConnectionListener listener;

    private volatile boolean stopped = true;
    private volatile @Nullable MqttAsyncClient client;
    private volatile @Nullable ScheduledFuture<?> pendingConnect;
    private volatile int failedAttempts;

    public MqttConnection(ConnectionSettings settings, ScheduledExecutorService scheduler,
            ConnectionListener listener) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    /**
     * Creates the client and schedules the first connect attempt; returns at once.
     *
     * @throws MqttException when Paho rejects the server URI or client id
     */
    public synchronized void start() throws MqttException {
        MqttAsyncClient newClient = new MqttAsyncClient(settings.serverUri(), settings.clientId(),
                new MemoryPersistence());
        newClient.setCallback(this);
        client = newClient;
        stopped = false;
        failedAttempts = 0;
        scheduleConnect(0);
    }

    /** Disconnects and releases Paho's threads; waits at most a few seconds. */
    public void stop() {
        MqttAsyncClient oldClient;
        synchronized (this) {
            stopped = true;
            ScheduledFuture<?> future = pendingConnect;
            if (future != null) {
                future.cancel(false);
            }
            oldClient = client;
            client = null;
        }
        if (oldClient == null) {
            return;
        }
        try {
            if (oldClient.isConnected()) {
                oldClient.disconnect(0).waitForCompletion(DISCONNECT_TIMEOUT_MILLIS);
            }
        } catch (MqttException e) {
            logger.debug("Clean disconnect from {} failed: {}", settings.serverUri(), e.getMessage());
        }
        try {
            // also ends a connect attempt still under way
            oldClient.disconnectForcibly(0, DISCONNECT_TIMEOUT_MILLIS, false);
        } catch (MqttException e) {
            logger.trace("Forced disconnect: {}", e.getMessage());
        }
        try {
            oldClient.close(true);
        } catch (MqttException e) {
            logger.debug("Closing the client for {} failed: {}", settings.serverUri(), e.getMessage());
        }
    }

    public boolean isConnected() {
        MqttAsyncClient current = client;
        return current != null && current.isConnected();
    }

    /**
     * Publishes one message; the callback hears how it ended.
     *
     * @throws MqttException when Paho does not accept the message (not connected, too many in flight)
     */
    public void publish(String topic, byte[] payload, int qos, boolean retain, DeliveryCallback callback)
            throws MqttException {
        MqttAsyncClient current = client;
        if (current == null) {
            throw new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED);
        }
        current.publish(topic, payload, qos, retain, null, new IMqttActionListener() {
            @Override
            public void onSuccess(@Nullable IMqttToken token) {
                callback.delivered();
            }

            @Override
            public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
                callback.failed(error == null ? "unknown" : ConnectFailure.describe(error));
            }
        });
    }

    private synchronized void scheduleConnect(long delayMillis) {
        if (stopped) {
            return;
        }
        pendingConnect = scheduler.schedule(this::attemptConnect, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void attemptConnect() {
        MqttAsyncClient current = client;
        if (stopped || current == null) {
            return;
        }
        try {
            current.connect(connectOptions(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(@Nullable IMqttToken token) {
                    onConnected();
                }

                @Override
                public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
                    onConnectFailed(error == null ? new MqttException(MqttException.REASON_CODE_UNEXPECTED_ERROR)
                            : error);
                }
            });
        } catch (MqttException e) {
            onConnectFailed(e);
        }
    }

    private MqttConnectOptions connectOptions() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(settings.keepAliveSeconds());
        options.setConnectionTimeout(10);
        options.setMaxInflight(settings.inFlightWindow());
        String username = settings.username();
        if (username != null) {
            options.setUserName(username);
        }
        String password = settings.password();
        if (password != null) {
            options.setPassword(password.toCharArray());
        }
        return options;
    }

    private void onConnected() {
        if (stopped) {
            return;
        }
        failedAttempts = 0;
        logger.debug("Connected to {} as {}", settings.serverUri(), settings.clientId());
        listener.connected();
    }

    private void onConnectFailed(Throwable error) {
        if (stopped) {
            return;
        }
        ConnectFailure failure = ConnectFailure.of(error);
        long delay = nextBackoff();
        logger.debug("Connecting to {} failed: {}; next attempt in {} ms", settings.serverUri(), failure.reason(),
                delay);
        listener.connectFailed(failure);
        scheduleConnect(delay);
    }

    @Override
    public void connectionLost(@Nullable Throwable cause) {
        if (stopped) {
            return;
        }
        String reason = cause == null ? "unknown" : ConnectFailure.describe(cause);
        logger.debug("Connection to {} lost: {}", settings.serverUri(), reason);
        listener.connectionLost(reason);
        scheduleConnect(nextBackoff());
    }

    /** Exponential backoff with full jitter, so that many clients do not reconnect in step. */
    private long nextBackoff() {
        int attempt = Math.min(failedAttempts++, 30);
        long ceiling = Math.min(settings.maxBackoffMillis(), settings.minBackoffMillis() << Math.min(attempt, 20));
        long floor = settings.minBackoffMillis();
        return floor + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - floor + 1));
    }

    @Override
    public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
        // the endpoint only publishes
    }

    @Override
    public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
        // completion is reported per publish through its action listener
    }
}
