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
package org.openhab.binding.cloudsync.internal.testutil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link ManualScheduler} is a scheduler whose clock only moves when the test says so, and whose tasks run
 * on the test's own thread: {@link #runDue()} runs what is due now, {@link #advance(Duration)} moves the clock
 * and runs what comes due on the way, in order. Tests of timing (intervals, retry holds, rate limits) are then
 * exact and never sleep. A task that throws fails the test at once, where a real scheduler would hide it in its
 * future.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>();
    private long nowNanos;
    private long sequence;
    private boolean shutdown;

    /** The scheduler's clock in milliseconds, starting at 0. */
    public synchronized long millis() {
        return TimeUnit.NANOSECONDS.toMillis(nowNanos);
    }

    /** The scheduler's clock in nanoseconds, starting at 0: a clock to hand to code under test. */
    public synchronized long nanos() {
        return nowNanos;
    }

    /** Runs every task due now, also those that the tasks schedule for now; returns how many ran. */
    public int runDue() {
        int ran = 0;
        Task<?> next;
        while ((next = nextDue(nanos())) != null) {
            next.run();
            ran++;
        }
        return ran;
    }

    /** Moves the clock forward, running the tasks that come due on the way at their time. */
    public void advance(Duration duration) {
        long target = nanos() + duration.toNanos();
        Task<?> next;
        while ((next = nextDue(target)) != null) {
            synchronized (this) {
                nowNanos = Math.max(nowNanos, next.due);
            }
            next.run();
        }
        synchronized (this) {
            nowNanos = target;
        }
        runDue();
    }

    /** Tasks waiting, periodic ones included. */
    public synchronized int pending() {
        return (int) tasks.stream().filter(task -> !task.isCancelled()).count();
    }

    private synchronized @Nullable Task<?> nextDue(long limit) {
        Task<?> head;
        while ((head = tasks.peek()) != null && head.isCancelled()) {
            tasks.poll();
        }
        if (head == null || head.due > limit) {
            return null;
        }
        return tasks.poll();
    }

    private synchronized <V> Task<V> add(Callable<V> callable, long delayNanos, long periodNanos) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task<V> task = new Task<>(callable, nowNanos + Math.max(0, delayNanos), periodNanos, sequence++);
        tasks.add(task);
        return task;
    }

    private synchronized void requeue(Task<?> task) {
        if (!shutdown && !task.isCancelled()) {
            task.due = nowNanos + task.period;
            task.order = sequence++;
            tasks.add(task);
        }
    }

    @Override
    public void execute(Runnable command) {
        add(() -> {
            command.run();
            return null;
        }, 0, 0);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, unit.toNanos(delay), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, unit.toNanos(delay), 0);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        // this scheduler never runs late, so fixed rate and fixed delay are the same
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, unit.toNanos(initialDelay), Math.max(1, unit.toNanos(delay)));
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(tasks);
        tasks.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && tasks.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /** One scheduled task; periodic tasks go back in line after each run. */
    private final class Task<V> implements ScheduledFuture<V>, Runnable {
        private final Callable<V> callable;
        private final long period;
        private long due;
        private long order;
        private volatile boolean cancelled;
        private volatile boolean done;
        private @Nullable V result;
        private @Nullable Throwable failure;

        Task(Callable<V> callable, long due, long period, long order) {
            this.callable = callable;
            this.due = due;
            this.period = period;
            this.order = order;
        }

        @Override
        public void run() {
            if (cancelled) {
                return;
            }
            try {
                result = callable.call();
            } catch (RuntimeException | Error e) {
                // the code under test broke: the test hears it at once instead of a hidden future failing
                failure = e;
                done = true;
                throw e;
            } catch (Exception e) {
                failure = e;
            }
            if (period > 0) {
                requeue(this);
            } else {
                done = true;
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - nanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> task = (Task<?>) other;
            return due != task.due ? Long.compare(due, task.due) : Long.compare(order, task.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean wasPending = !done && !cancelled;
            cancelled = true;
            return wasPending;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public @Nullable V get() throws ExecutionException {
            Throwable current = failure;
            if (current != null) {
                throw new ExecutionException(current);
            }
            return result;
        }

        @Override
        public @Nullable V get(long timeout, TimeUnit unit) throws ExecutionException {
            return get();
        }
    }
}
