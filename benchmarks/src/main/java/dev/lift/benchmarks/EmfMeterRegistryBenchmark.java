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

import java.util.concurrent.TimeUnit;

import dev.lift.metrics.EmfMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of recording into the {@link EmfMeterRegistry} and of a flush at the end of an invocation.
 * Targets: at most 100 ns per recorded value; at most 20 µs to flush ten metrics.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EmfMeterRegistryBenchmark extends AverageTimeBenchmark {

    private EmfMeterRegistry registry;

    private Timer timer;

    private Counter counter;

    private Timer[] ten;

    /**
     * A fresh registry per iteration, so that the values the recording benchmarks pile up (there is
     * no flush in them) are dropped between iterations.
     * @param blackhole receives the documents
     */
    @Setup(Level.Iteration)
    public void setUp(Blackhole blackhole) {
        this.registry = new EmfMeterRegistry("Lift/Benchmark", Clock.SYSTEM, blackhole::consume);
        this.timer = this.registry.timer("lift.invocation", "operation", "orders", "outcome", "success");
        this.counter = this.registry.counter("lift.invocation.errors", "operation", "orders");
        this.ten = new Timer[10];
        for (int i = 0; i < this.ten.length; i++) {
            this.ten[i] = this.registry.timer("metric." + i, "operation", "orders");
        }
    }

    /** One duration into a timer (values pile up until the iteration's fresh registry). */
    @Benchmark
    public void recordTimer() {
        this.timer.record(1_500_000, TimeUnit.NANOSECONDS);
    }

    /** One counter increment. */
    @Benchmark
    public void incrementCounter() {
        this.counter.increment();
    }

    /** An invocation's end: ten metrics with a value each, flushed into one EMF document. */
    @Benchmark
    public void recordAndFlushTenMetrics() {
        for (Timer metric : this.ten) {
            metric.record(2_000_000, TimeUnit.NANOSECONDS);
        }
        this.registry.flush();
    }

}
