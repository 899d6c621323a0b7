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
package org.openhab.core.common;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link ThreadPoolManager} hands out shared, named thread pools (stub of openHAB's, without OSGi configuration).
 */
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";

    /**
     * The common thread pool is reserved for occasional, light weight tasks that run quickly.
     */
    public static final String THREAD_POOL_NAME_COMMON = "common";

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;

    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    private static Map<String, Integer> configs = new ConcurrentHashMap<>();

    /**
     * Applies the pool sizes of the OSGi configuration (pool name = size).
     *
     * @param properties the configuration properties
     */
    protected void activate(Map<String, Object> properties) {
        modified(properties);
    }

    /**
     * Applies changed pool sizes of the OSGi configuration (pool name = size), also to existing pools.
     *
     * @param properties the configuration properties
     */
    protected void modified(Map<String, Object> properties) {
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            String poolName = entry.getKey();
            if ("service.pid".equals(poolName) || "component.id".equals(poolName)
                    || "component.name".equals(poolName)) {
                continue;
            }
            Object config = entry.getValue();
            if (config == null) {
                configs.remove(poolName);
            } else if (config instanceof String stringConfig) {
                try {
                    int poolSize = Integer.parseInt(stringConfig);
                    configs.put(poolName, poolSize);
                    ExecutorService pool = pools.get(poolName);
                    if (pool instanceof ScheduledThreadPoolExecutor scheduledPool) {
                        scheduledPool.setCorePoolSize(poolSize);
                    } else if (pool instanceof ThreadPoolExecutor threadPool) {
                        if (poolSize >= threadPool.getMaximumPoolSize()) {
                            threadPool.setMaximumPoolSize(poolSize);
                            threadPool.setCorePoolSize(poolSize);
                        } else {
                            threadPool.setCorePoolSize(poolSize);
                            threadPool.setMaximumPoolSize(poolSize);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // openHAB logs and ignores invalid sizes
                }
            }
        }
    }

    /**
     * Returns an instance of a scheduled thread pool service; the same instance for the same pool name.
     *
     * @param poolName a short name used to identify the pool, e.g. "thingHandler"
     * @return an instance to use
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            int cfg = getConfig(name);
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(cfg, namedThreadFactory(name));
            executor.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        });
        if (pool instanceof ScheduledExecutorService scheduledPool) {
            return scheduledPool;
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    /**
     * Returns an instance of a cached thread pool service; the same instance for the same pool name.
     *
     * @param poolName a short name used to identify the pool, e.g. "discovery"
     * @return an instance to use
     */
    public static ExecutorService getPool(String poolName) {
        return pools.computeIfAbsent(poolName, name -> {
            int cfg = getConfig(name);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(cfg, cfg, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), namedThreadFactory(name));
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
    }

    /**
     * Returns the names of all pools created so far.
     *
     * @return the pool names
     */
    public static Set<String> getPoolNames() {
        return Set.copyOf(pools.keySet());
    }

    /**
     * Returns the configured size of the named pool, {@link #DEFAULT_THREAD_POOL_SIZE} if none is configured.
     *
     * @param poolName the pool name
     * @return the pool size
     */
    protected static int getConfig(String poolName) {
        Integer cfg = configs.get(poolName);
        return (cfg != null) ? cfg : DEFAULT_THREAD_POOL_SIZE;
    }

    private static ThreadFactory namedThreadFactory(String poolName) {
        AtomicInteger threadCounter = new AtomicInteger();
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        return runnable -> {
            Thread thread = new Thread(group, runnable, "OH-" + poolName + "-" + threadCounter.incrementAndGet(), 0);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY);
            return thread;
        };
    }
}
