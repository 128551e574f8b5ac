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

package dev.lift.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark of calls through chains of Lift's filters ({@link LiftFilters}): makes the filters and
 * the chains before measuring, flushes the recorded metrics between iterations as the flush schedule
 * would, and releases the tracer and the timeout scheduler at the end.
 */
public abstract class LiftChainBenchmark extends AverageTimeBenchmark {

    /** Read on every call, so that the JIT cannot fold the function into a constant. */
    protected volatile String input = Calls.INPUT;

    private LiftFilters filters;

    /** Makes the filters and the chains. */
    @Setup
    public void setUp() {
        this.filters = new LiftFilters();
        buildChains(this.filters);
    }

    /**
     * Makes the chains the benchmark calls.
     * @param filters Lift's filters
     */
    protected abstract void buildChains(LiftFilters filters);

    /** Flushes recorded metrics between iterations, as the flush schedule would. */
    @TearDown(Level.Iteration)
    public void flushMetrics() {
        this.filters.flushMetrics();
    }

    /**
     * Releases the tracer and the timeout scheduler.
     * @throws Exception never in practice
     */
    @TearDown
    public void tearDown() throws Exception {
        this.filters.close();
    }

}
