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

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.lift.tracing.TracingFilter;

/**
 * A sampled invocation span from start to datagram: started, tagged as the tracing filter tags it,
 * ended, encoded as an X-Ray segment document and sent over UDP to a loopback daemon.
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TracingBenchmarks extends AverageTimeBenchmark {

    /**
     * Who sends the span: {@code lambda}, the thread that ends it (the whole way to the datagram);
     * {@code background}, the background thread (the ending thread's share only).
     */
    @Param({ "lambda", "background" })
    public String sender;

    private BenchmarkTracing tracing;

    private Tracer tracer;

    /** Starts the tracer and the loopback daemon. */
    @Setup
    public void setUp() {
        this.tracing = new BenchmarkTracing("lambda".equals(this.sender) ? BenchmarkTracing.Mode.SAMPLED_SENT_BY_CALLER
                : BenchmarkTracing.Mode.SAMPLED_SENT_IN_BACKGROUND);
        this.tracer = this.tracing.tracer();
    }

    /** Stops them. */
    @TearDown
    public void tearDown() {
        this.tracing.close();
    }

    /**
     * One span, start to datagram.
     * @return the span
     */
    @Benchmark
    public Object spanEndToDatagram() {
        Span span = this.tracer.spanBuilder().name(Calls.OPERATION).kind(Span.Kind.SERVER).start();
        span.tag(TracingFilter.OPERATION_TAG, Calls.OPERATION);
        span.tag(TracingFilter.COLD_START_TAG, false);
        span.tag(TracingFilter.REQUEST_ID_TAG, "request-1");
        span.tag(TracingFilter.TENANT_TAG, Calls.TENANT);
        span.end();
        return span;
    }

}
