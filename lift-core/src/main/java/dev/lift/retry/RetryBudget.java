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

package dev.lift.retry;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

import dev.lift.error.LiftConfigurationException;

/**
 * Limits retries to a share of recent calls, so that retries cannot multiply an outage: when a
 * downstream fails every call, a client retrying three times sends it four times the load exactly
 * when it can least take it.
 *
 * <p>The shape is Finagle's {@code RetryBudget}: every call deposits, every retry withdraws, and
 * both expire after {@code window}. A retry is allowed while
 * {@code minRetriesPerSecond × window + percent/100 × calls − retries ≥ 1} over the window. The
 * reserve lets a quiet function still retry a little; the percentage caps retries under load.
 * Envoy's alternative (a share of <em>active</em> requests plus a minimum concurrency) suits a proxy
 * holding many concurrent requests; a function instance runs one or a few calls at once, where a
 * share of concurrent requests is nearly always zero, so Lift budgets over recent calls instead.
 *
 * <p>Deposits are lock-free; withdrawals are serialised so that concurrent retries cannot overdraw
 * the budget (deposits arriving meanwhile only raise it).
 *
 * <p>A deposit does not read the clock: it counts in the slice of the window current at the last
 * reading, which every 64th deposit of a slice and every withdrawal
 * refresh. A busy function so moves to a new slice at most that many calls late; a function with
 * fewer calls than that per window may see its deposits expire early, which only makes the budget
 * stricter, and leaves it the reserve, which is there for quiet functions. On a virtual machine a
 * clock reading can cost more than the rest of a call's retry handling.
 */
public final class RetryBudget {

    private static final int SLICES = 10;

    private final double reserve;

    private final double ratio;

    private final WindowedCounter calls;

    private final WindowedCounter retries;

    /**
     * @param settings the budget's settings
     * @param nanoClock the time source, {@link System#nanoTime()} outside tests
     */
    public RetryBudget(Settings settings, LongSupplier nanoClock) {
        this.reserve = settings.minRetriesPerSecond() * (settings.window().toNanos() / 1e9);
        this.ratio = settings.percent() / 100.0;
        long sliceNanos = Math.max(settings.window().toNanos() / SLICES, 1);
        this.calls = new WindowedCounter(sliceNanos, nanoClock);
        this.retries = new WindowedCounter(sliceNanos, nanoClock);
    }

    /**
     * @param settings the budget's settings
     */
    public RetryBudget(Settings settings) {
        this(settings, System::nanoTime);
    }

    /** Records a call (its first attempt). */
    public void deposit() {
        this.calls.incrementWithoutClock();
    }

    /**
     * Takes one retry from the budget.
     * @return whether the budget allowed it
     */
    public synchronized boolean tryWithdraw() {
        if (balance() < 1) {
            return false;
        }
        this.retries.add(1);
        return true;
    }

    /** @return the retries the budget allows right now (may be fractional) */
    public double balance() {
        return this.reserve + this.ratio * this.calls.sum() - this.retries.sum();
    }

    /**
     * The settings of a budget.
     *
     * @param percent retries allowed as a percentage of the calls in the window (0 to 1000)
     * @param minRetriesPerSecond retries allowed per second on top, however few the calls
     * @param window how long calls and retries count
     */
    public record Settings(double percent, int minRetriesPerSecond, Duration window) {

        /** Finagle's defaults: 20 % of calls, 10 retries per second, over 10 seconds. */
        public static final Settings DEFAULTS = new Settings(20, 10, Duration.ofSeconds(10));

        /**
         * @param percent retries allowed as a percentage of the calls in the window (0 to 1000)
         * @param minRetriesPerSecond retries allowed per second on top, however few the calls
         * @param window how long calls and retries count
         */
        public Settings {
            if (percent < 0 || percent > 1000 || Double.isNaN(percent)) {
                throw new LiftConfigurationException("lift.retry.budget.percent", percent, "a percentage from 0 to 1000");
            }
            if (minRetriesPerSecond < 0) {
                throw new LiftConfigurationException("lift.retry.budget.min-retries-per-second", minRetriesPerSecond,
                        "zero or more");
            }
            if (window == null || window.isNegative() || window.toMillis() < 100) {
                throw new LiftConfigurationException("lift.retry.budget.window", window, "a duration of 100ms or more");
            }
        }

    }

    /**
     * A count over a sliding window of {@value #SLICES} slices. Each slice remembers which slice of
     * time it counts; a stale slice is reset before its first use in a new round.
     */
    static final class WindowedCounter {

        /** Adds without a clock reading between two readings, at most; a power of two. */
        static final int CLOCK_EVERY = 64;

        private final long sliceNanos;

        private final LongSupplier nanoClock;

        private final AtomicLongArray counts = new AtomicLongArray(SLICES);

        private final AtomicLongArray sliceIds = new AtomicLongArray(SLICES);

        /** The slice of the last clock reading. */
        private volatile long recentSliceId;

        WindowedCounter(long sliceNanos, LongSupplier nanoClock) {
            this.sliceNanos = sliceNanos;
            this.nanoClock = nanoClock;
            for (int i = 0; i < SLICES; i++) {
                this.sliceIds.set(i, Long.MIN_VALUE / 2);
            }
            this.recentSliceId = currentSliceId();
        }

        void add(long amount) {
            long sliceId = currentSliceId();
            this.recentSliceId = sliceId;
            addTo(sliceId, amount);
        }

        /** Adds one to the slice of the last clock reading, and reads the clock every {@link #CLOCK_EVERY} adds. */
        void incrementWithoutClock() {
            if ((addTo(this.recentSliceId, 1) & (CLOCK_EVERY - 1)) == 0) {
                this.recentSliceId = currentSliceId();
            }
        }

        private long addTo(long sliceId, long amount) {
            int index = (int) Math.floorMod(sliceId, (long) SLICES);
            if (this.sliceIds.get(index) != sliceId) {
                roll(index, sliceId);
            }
            return this.counts.addAndGet(index, amount);
        }

        private long currentSliceId() {
            return this.nanoClock.getAsLong() / this.sliceNanos;
        }

        long sum() {
            long sliceId = currentSliceId();
            long sum = 0;
            for (int i = 0; i < SLICES; i++) {
                if (sliceId - this.sliceIds.get(i) < SLICES) {
                    sum += this.counts.get(i);
                }
            }
            return sum;
        }

        private synchronized void roll(int index, long sliceId) {
            if (this.sliceIds.get(index) < sliceId) {
                // Reset before publishing the new id: a thread that sees the id adds to the fresh count.
                this.counts.set(index, 0);
                this.sliceIds.set(index, sliceId);
            }
        }

    }

}
