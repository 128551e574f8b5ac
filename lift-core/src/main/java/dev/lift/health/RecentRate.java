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

package dev.lift.health;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The share of recent events that were of one kind (calls shed, spans dropped...), from two
 * ever-growing counters the pattern already keeps: {@code part} (e.g. shed calls) and {@code total}
 * (e.g. all calls). "Recent" is the last one to two windows: each read compares the counters with a
 * baseline taken at least one window ago, and moves the baseline on once it is two windows old. Reads
 * only, nothing on the call path; a health probe every few seconds keeps it current.
 */
public final class RecentRate {

    private final LongSupplier part;

    private final LongSupplier total;

    private final long windowNanos;

    private final LongSupplier nanoTime;

    private Sample baseline;

    private Sample next;

    /**
     * @param part the counter of events of the kind measured
     * @param total the counter of all events
     * @param window the span of time the rate covers (at least one, at most two windows)
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     */
    public RecentRate(LongSupplier part, LongSupplier total, Duration window, LongSupplier nanoTime) {
        this.part = Objects.requireNonNull(part, "part");
        this.total = Objects.requireNonNull(total, "total");
        this.windowNanos = window.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.baseline = sample();
        this.next = this.baseline;
    }

    /**
     * The events and those of the kind since the baseline.
     * @return the recent counts
     */
    public synchronized Counts recent() {
        Sample now = sample();
        if (now.nanos - this.next.nanos >= this.windowNanos) {
            this.baseline = this.next;
            this.next = now;
        }
        return new Counts(now.part - this.baseline.part, now.total - this.baseline.total);
    }

    private Sample sample() {
        return new Sample(this.nanoTime.getAsLong(), this.part.getAsLong(), this.total.getAsLong());
    }

    private record Sample(long nanos, long part, long total) {
    }

    /**
     * Recent events.
     *
     * @param part the events of the kind measured
     * @param total all events
     */
    public record Counts(long part, long total) {

        /** @return part / total, or 0 without events */
        public double ratio() {
            return (this.total > 0) ? (double) this.part / this.total : 0;
        }

    }

}
