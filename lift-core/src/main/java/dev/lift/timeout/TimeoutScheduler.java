/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.timeout;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Interrupts calls that run past their timeout, from one shared scheduler thread, so that timeouts cost
 * no thread per call: the call keeps running on its own thread (servlet worker, Lambda runtime
 * thread), and this scheduler only delivers an interrupt when its time is up.
 *
 * <p>Threads are reused, so an interrupt must never outlive its call. Each call gets a {@link Timer}
 * whose state moves once, by compare-and-set, from running to either done (the call ended first: the
 * pending interrupt is cancelled and can no longer fire) or interrupting (the time ran out first: the
 * interrupt is delivered). When the call ends after losing that race, {@link Timer#disarm()} waits
 * until the delivery has finished and then clears the thread's interrupt flag, so nothing reaches
 * the next call on that thread. Cancelled timers leave the queue at once (remove-on-cancel policy).
 */
public final class TimeoutScheduler implements AutoCloseable {

    private static final int RUNNING = 0;

    private static final int DONE = 1;

    private static final int INTERRUPTING = 2;

    private static final int INTERRUPTED = 3;

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final ScheduledThreadPoolExecutor executor;

    private final ScheduledFuture<?> tick;

    /** Starts the scheduler thread ({@code lift-timeout}, a daemon). */
    public TimeoutScheduler() {
        this.executor = new ScheduledThreadPoolExecutor(1, (task) -> {
            Thread thread = new Thread(task, "lift-timeout");
            thread.setDaemon(true);
            return thread;
        });
        this.executor.setRemoveOnCancelPolicy(true);
        this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        // A timer that becomes the earliest in the queue wakes the scheduler thread (a futex wake and a
        // context switch per call when every call's timer is alone in the queue). This tick is always
        // due within TICK, so timers longer than that never become the earliest and never wake it.
        this.tick = this.executor.scheduleAtFixedRate(() -> {
        }, TICK_NANOS, TICK_NANOS, TimeUnit.NANOSECONDS);
    }

    /**
     * Arms a timer that interrupts the calling thread after {@code timeoutNanos}, unless disarmed first.
     * @param timeoutNanos the time the call may take, more than zero
     * @return the timer, to be disarmed by the same thread when the call ends, however it ends
     */
    public Timer start(long timeoutNanos) {
        Timer timer = new Timer(Thread.currentThread());
        timer.pending = this.executor.schedule(timer, timeoutNanos, TimeUnit.NANOSECONDS);
        return timer;
    }

    /** @return the number of timers waiting to fire (cancelled ones are removed at once) */
    public int pendingTimers() {
        return (int) this.executor.getQueue().stream().filter((task) -> task != this.tick).count();
    }

    /** Stops the scheduler thread; timers still pending never fire. */
    @Override
    public void close() {
        this.executor.shutdownNow();
    }

    /** The timeout of one call. */
    public static final class Timer implements Runnable {

        // A field updater rather than an AtomicInteger: one object less per call.
        private static final AtomicIntegerFieldUpdater<Timer> STATE = AtomicIntegerFieldUpdater.newUpdater(Timer.class,
                "state");

        private final Thread thread;

        private volatile int state = RUNNING;

        private ScheduledFuture<?> pending;

        private Timer(Thread thread) {
            this.thread = thread;
        }

        /** Runs on the scheduler thread when the time is up. */
        @Override
        public void run() {
            if (STATE.compareAndSet(this, RUNNING, INTERRUPTING)) {
                this.thread.interrupt();
                this.state = INTERRUPTED;
            }
        }

        /**
         * Ends the timer when the call ends. Must be called by the thread that started it.
         * @return {@code true} when the time ran out and the call was interrupted; the thread's
         *     interrupt flag is then clear again
         */
        public boolean disarm() {
            if (STATE.compareAndSet(this, RUNNING, DONE)) {
                this.pending.cancel(false);
                return false;
            }
            while (this.state == INTERRUPTING) {
                // The scheduler is between its compare-and-set and the interrupt: a few instructions.
                Thread.onSpinWait();
            }
            Thread.interrupted();
            return true;
        }

    }

}
