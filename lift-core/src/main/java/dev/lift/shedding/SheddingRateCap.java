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

package dev.lift.shedding;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A cap on the fraction of calls shed in a window: once shedding one more call would push the shed
 * fraction of the current window above {@code maxRate}, calls the strategy wanted to shed run anyway.
 * It keeps a misjudging strategy (e.g. an adaptive limit collapsing after a latency spike) from
 * turning into an outage.
 *
 * <p>The calls and shed calls of a window are two halves of one {@link AtomicLong}, changed by one
 * compare-and-set: the check "may I shed" and the count it depends on cannot interleave between
 * threads, so {@code shed <= maxRate * calls} holds in every window, exactly. (Counting them in two
 * variables is the load-shedding metrics race the original framework had to fix.) A window holds at
 * most 2<sup>31</sup> calls.
 */
public final class SheddingRateCap {

    private static final long ONE_CALL = 1L << 32;

    private static final long LOW_HALF = 0xFFFF_FFFFL;

    private final double maxRate;

    private final long windowNanos;

    private final LongSupplier nanoClock;

    private final AtomicReference<Window> window;

    /**
     * @param maxRate the largest fraction of calls shed in a window, from 0 (never shed) to 1 (no cap)
     * @param window the length of a window
     * @param nanoClock the time, on the {@link System#nanoTime()} scale
     */
    public SheddingRateCap(double maxRate, Duration window, LongSupplier nanoClock) {
        if (!(maxRate >= 0.0 && maxRate <= 1.0)) {
            throw new IllegalArgumentException("maxRate must be between 0 and 1, was " + maxRate);
        }
        this.maxRate = maxRate;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
        this.window = new AtomicReference<>(new Window(nanoClock.getAsLong()));
    }

    /**
     * A cap that never stops shedding.
     * @return the cap
     */
    public static SheddingRateCap none() {
        return new SheddingRateCap(1.0, Duration.ofSeconds(1), System::nanoTime);
    }

    /**
     * Counts a call the strategy wants to shed, and says whether the cap allows it.
     * @return {@code true} to shed it, {@code false} to let it run
     */
    public boolean tryShed() {
        if (this.maxRate >= 1.0) {
            return true;
        }
        AtomicLong counts = current().counts;
        while (true) {
            long value = counts.get();
            long calls = (value >>> 32) + 1;
            long shed = (value & LOW_HALF) + 1;
            boolean allowed = shed <= this.maxRate * calls;
            long next = value + ONE_CALL + (allowed ? 1 : 0);
            if (counts.compareAndSet(value, next)) {
                return allowed;
            }
        }
    }

    /** Counts a call the strategy admitted. */
    public void admitted() {
        if (this.maxRate < 1.0) {
            current().counts.addAndGet(ONE_CALL);
        }
    }

    /** @return the largest fraction of calls shed in a window */
    public double maxRate() {
        return this.maxRate;
    }

    private Window current() {
        Window current = this.window.get();
        long now = this.nanoClock.getAsLong();
        if (now - current.start < this.windowNanos) {
            return current;
        }
        Window next = new Window(now);
        // The loser of a race uses the winner's window: a window starts once.
        return this.window.compareAndSet(current, next) ? next : this.window.get();
    }

    private static final class Window {

        private final long start;

        private final AtomicLong counts = new AtomicLong();

        private Window(long start) {
            this.start = start;
        }

    }

}
