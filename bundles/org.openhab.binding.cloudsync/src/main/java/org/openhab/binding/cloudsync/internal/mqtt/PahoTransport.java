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

import static org.openhab.binding.cloudsync.internal.mqtt.ConnectOptionsFactory.STATUS_QOS;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PahoTransport} is the {@link MqttTransport} made with an Eclipse Paho client: it keeps one Paho
 * client connected to one broker. It runs its own connect loop on the given scheduler with jittered exponential
 * backoff, which, unlike Paho's automatic reconnect, also retries a failed first connect and keeps its delay per
 * connection. Nothing here blocks the caller except {@link #stop()}, which waits a bounded time for a clean
 * disconnect. A transport is started once.
 * <p>
 * With a status topic, the broker holds our state there, retained: {@code online} is published on every
 * connect, {@code offline} before a clean disconnect, and the broker publishes {@code offline} itself (the
 * last will) when the connection dies without one.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class PahoTransport implements MqttTransport, MqttCallback {

    /** How long {@link #stop()} lets a connect attempt under way finish before leaving it to finish alone. */
    private static final long CONNECT_SETTLE_MILLIS = 1000;
    private static final long OFFLINE_PUBLISH_TIMEOUT_MILLIS = 500;
    private static final long DISCONNECT_TIMEOUT_MILLIS = 1000;
    private static final long FORCED_DISCONNECT_TIMEOUT_MILLIS = 500;
    /** How long a planned disconnect lets Paho finish work under way; the endpoint has let everything land. */
    private static final long RECONNECT_QUIESCE_MILLIS = 1000;

    private final Logger logger = LoggerFactory.getLogger(PahoTransport.class);
    private final ConnectionSettings settings;
    private final ScheduledExecutorService scheduler;
    private final TransportListener listener;
    private final AtomicBoolean released = new AtomicBoolean();

    private volatile boolean stopped = true;
    private volatile @Nullable MqttAsyncClient client;
    private volatile @Nullable ScheduledFuture<?> pendingConnect;
    /** The connect attempt under way, if any. */
    private volatile @Nullable IMqttToken connecting;
    private volatile int failedAttempts;

    /**
     * Creates the Paho client; connecting starts with {@link #start()}. Fits {@link TransportFactory}.
     *
     * @throws TransportException when Paho rejects the server URI or client id
     */
    public PahoTransport(ConnectionSettings settings, ScheduledExecutorService scheduler, TransportListener listener)
            throws TransportException {
        this.settings = settings;
        this.scheduler = scheduler;
        this.listener = listener;
        try {
            MqttAsyncClient newClient = new MqttAsyncClient(settings.serverUri(), settings.clientId(),
                    new MemoryPersistence());
            newClient.setCallback(this);
            client = newClient;
        } catch (MqttException | IllegalArgumentException e) {
            throw new TransportException(String.valueOf(e.getMessage()), e);
        }
    }

    /** Schedules the first connect attempt; returns at once. */
    @Override
    public synchronized void start() {
        if (client == null || !stopped) {
            return;
        }
        stopped = false;
        failedAttempts = 0;
        scheduleConnect(0);
    }

    /**
     * Says {@code offline}, disconnects and releases Paho's threads; waits at most about three seconds.
     * <p>
     * A connect attempt under way is not cut off: closing Paho 1.2.5 while it starts its threads can leave its
     * connect thread sleeping forever. The attempt gets a second to finish; if it needs longer (a host that does
     * not answer), it finishes on its own within the connect timeout and the client is released then.
     */
    @Override
    public void stop() {
        MqttAsyncClient oldClient;
        IMqttToken attempt;
        synchronized (this) {
            stopped = true;
            ScheduledFuture<?> future = pendingConnect;
            if (future != null) {
                future.cancel(false);
            }
            oldClient = client;
            client = null;
            attempt = connecting;
        }
        if (oldClient == null) {
            return;
        }
        if (attempt != null && !settled(attempt)) {
            logger.debug("A connect attempt to {} is under way; the client is released when it ends",
                    settings.serverUri());
            return;
        }
        release(oldClient);
    }

    private boolean settled(IMqttToken attempt) {
        try {
            attempt.waitForCompletion(CONNECT_SETTLE_MILLIS);
        } catch (MqttException e) {
            // failed or timed out: isComplete() tells which
        }
        return attempt.isComplete();
    }

    /** Ends the client for good, once: offline message, clean disconnect, then close. */
    private void release(MqttAsyncClient oldClient) {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            if (oldClient.isConnected()) {
                publishOffline(oldClient);
                oldClient.disconnect(0).waitForCompletion(DISCONNECT_TIMEOUT_MILLIS);
            }
        } catch (MqttException e) {
            logger.debug("Clean disconnect from {} failed: {}", settings.serverUri(), e.getMessage());
        }
        try {
            oldClient.disconnectForcibly(0, FORCED_DISCONNECT_TIMEOUT_MILLIS, false);
        } catch (MqttException e) {
            logger.trace("Forced disconnect from {}: {}", settings.serverUri(), e.getMessage());
        }
        try {
            oldClient.close(true);
        } catch (MqttException e) {
            logger.debug("Closing the client for {} failed: {}", settings.serverUri(), e.getMessage());
        }
    }

    /**
     * Releases the client of an attempt that {@link #stop()} left to finish. Paho forbids disconnecting from its
     * callback thread, so this runs on the scheduler, or on a thread of its own when the scheduler is shut down.
     */
    private void releaseLater(MqttAsyncClient current) {
        try {
            scheduler.execute(() -> release(current));
        } catch (RejectedExecutionException e) {
            Thread releaser = new Thread(() -> release(current), "cloudsync-release-" + settings.clientId());
            releaser.setDaemon(true);
            releaser.start();
        }
    }

    /** A clean goodbye: the last will only covers a connection that dies. */
    private void publishOffline(MqttAsyncClient current) throws MqttException {
        String statusTopic = settings.statusTopic();
        if (statusTopic != null) {
            current.publish(statusTopic, ConnectionSettings.OFFLINE.getBytes(StandardCharsets.UTF_8), STATUS_QOS, true)
                    .waitForCompletion(OFFLINE_PUBLISH_TIMEOUT_MILLIS);
        }
    }

    @Override
    public boolean isConnected() {
        MqttAsyncClient current = client;
        return current != null && current.isConnected();
    }

    @Override
    public String server() {
        MqttAsyncClient current = client;
        if (current != null && current.isConnected()) {
            // with several server URIs, the one Paho reached
            return current.getCurrentServerURI();
        }
        return settings.serverUri();
    }

    @Override
    public void reconnect() {
        MqttAsyncClient current = client;
        if (stopped || current == null || !current.isConnected()) {
            return;
        }
        logger.debug("Connecting to {} again before the login in use expires", server());
        try {
            current.disconnect(RECONNECT_QUIESCE_MILLIS, null, new IMqttActionListener() {
                @Override
                public void onSuccess(@Nullable IMqttToken token) {
                    scheduleConnect(0);
                }

                @Override
                public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
                    logger.debug("Disconnecting from {} to reconnect failed: {}", settings.serverUri(),
                            error == null ? "unknown" : ConnectFailure.describe(error));
                    scheduleConnect(0);
                }
            });
        } catch (MqttException e) {
            logger.debug("Disconnecting from {} to reconnect failed: {}", settings.serverUri(), e.getMessage());
            scheduleConnect(0);
        }
    }

    @Override
    public CompletableFuture<@Nullable Void> publish(String topic, byte[] payload, int qos, boolean retain)
            throws TransportException {
        MqttAsyncClient current = client;
        if (current == null) {
            throw new TransportException("not connected");
        }
        CompletableFuture<@Nullable Void> delivery = new CompletableFuture<>();
        try {
            current.publish(topic, payload, qos, retain, null, new IMqttActionListener() {
                @Override
                public void onSuccess(@Nullable IMqttToken token) {
                    delivery.complete(null);
                }

                @Override
                public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
                    delivery.completeExceptionally(
                            new TransportException(error == null ? "unknown" : ConnectFailure.describe(error), error));
                }
            });
        } catch (MqttException e) {
            throw new TransportException(ConnectFailure.describe(e), e);
        }
        return delivery;
    }

    private synchronized void scheduleConnect(long delayMillis) {
        if (stopped) {
            return;
        }
        pendingConnect = scheduler.schedule(this::attemptConnect, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts one connect attempt; Paho runs it on its own thread and calls back. */
    private synchronized void attemptConnect() {
        MqttAsyncClient current = client;
        if (stopped || current == null) {
            return;
        }
        try {
            connecting = current.connect(ConnectOptionsFactory.of(settings), null, new IMqttActionListener() {
                @Override
                public void onSuccess(@Nullable IMqttToken token) {
                    connecting = null;
                    onConnected(current);
                }

                @Override
                public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
                    connecting = null;
                    onConnectFailed(current,
                            error == null ? new MqttException(MqttException.REASON_CODE_UNEXPECTED_ERROR) : error);
                }
            });
        } catch (MqttException e) {
            onConnectFailed(current, e);
        }
    }

    private void onConnected(MqttAsyncClient current) {
        if (stopped) {
            releaseLater(current);
            return;
        }
        failedAttempts = 0;
        if (settings.insecure()) {
            logger.warn("Connected to {} WITHOUT checking the broker's certificate and host name (insecure is on):"
                    + " anyone between openHAB and the broker can read and change the data", server());
        } else {
            logger.debug("Connected to {} as {}", server(), settings.clientId());
        }
        publishOnline(current);
        listener.connected();
    }

    private void publishOnline(MqttAsyncClient current) {
        String statusTopic = settings.statusTopic();
        if (statusTopic != null) {
            try {
                current.publish(statusTopic, ConnectionSettings.ONLINE.getBytes(StandardCharsets.UTF_8), STATUS_QOS,
                        true);
            } catch (MqttException e) {
                logger.debug("Publishing online to {} failed: {}", statusTopic, e.getMessage());
            }
        }
    }

    private void onConnectFailed(MqttAsyncClient current, Throwable error) {
        if (stopped) {
            releaseLater(current);
            return;
        }
        ConnectFailure failure = ConnectFailure.of(error, settings.serverUri());
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
