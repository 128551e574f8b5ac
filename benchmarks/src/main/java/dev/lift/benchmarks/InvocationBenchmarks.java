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
import java.util.function.Supplier;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.lift.chain.LiftChain;

/**
 * One call of the function: bare, through the resilience4j reference, through Lift's four
 * resilience patterns, and through the full chain. The state is shared by all benchmark threads, as
 * an application shares its chain; {@link SingleThread} and {@link TwoThreads} run the same methods.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public abstract class InvocationBenchmarks {

    /** Read on every call, so that the JIT cannot fold the function into a constant. */
    private volatile String input = Calls.INPUT;

    private Supplier<Integer> reference;

    private LiftFilters filters;

    private LiftChain fourPatterns;

    private LiftChain fourPatternsGlobal;

    private LiftChain fullChain;

    private LiftChain fullChainSampled;

    private LiftChain fullChainSampledLambda;

    /** Builds what the benchmarks call. */
    @Setup
    public void setUp() {
        this.reference = Resilience4jReference.decorate(() -> this.input);
        this.filters = new LiftFilters();
        this.fourPatterns = this.filters.chain(LiftFilters.FOUR_PATTERNS);
        this.fourPatternsGlobal = this.filters.chain(LiftFilters.FOUR_PATTERNS_GLOBAL);
        this.fullChain = this.filters.chain(LiftFilters.ALL);
        this.fullChainSampled = this.filters.chain(LiftFilters.ALL_SAMPLED);
        this.fullChainSampledLambda = this.filters.chain(LiftFilters.ALL_SAMPLED_LAMBDA);
    }

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

    /**
     * The function alone: the floor every other figure is compared to.
     * @return the result
     */
    @Benchmark
    public Object bare() {
        return Calls.FUNCTION.apply(this.input);
    }

    /**
     * Circuit breaker, bulkhead, retry and rate limiter composed with resilience4j's {@code Decorators}.
     * @return the result
     */
    @Benchmark
    public Object resilience4jDecorators() {
        return this.reference.get();
    }

    /**
     * Lift's rate limit, bulkhead, circuit breaker and retry: the protection of the reference.
     * @return the result
     * @throws Exception never on this path
     */
    @Benchmark
    public Object liftFourPatterns() throws Exception {
        return Calls.through(this.fourPatterns, this.input);
    }

    /**
     * Lift's four patterns with every instance global, as in the reference: Lift's default rate limit is
     * per tenant, a bounded-cache lookup per call that the reference does not make.
     * @return the result
     * @throws Exception never on this path
     */
    @Benchmark
    public Object liftFourPatternsGlobal() throws Exception {
        return Calls.through(this.fourPatternsGlobal, this.input);
    }

    /**
     * Every Lift filter on, tracing sampled out, warm path, no rejection.
     * @return the result
     * @throws Exception never on this path
     */
    @Benchmark
    public Object liftFullChain() throws Exception {
        return Calls.through(this.fullChain, this.input);
    }

    /**
     * Every Lift filter on, every call sampled and its span sent to the X-Ray daemon by the
     * background thread, as on a server.
     * @return the result
     * @throws Exception never on this path
     */
    @Benchmark
    public Object liftFullChainSampled() throws Exception {
        return Calls.through(this.fullChainSampled, this.input);
    }

    /**
     * Every Lift filter on, every call sampled and its span sent to the X-Ray daemon before the call
     * returns, as on Lambda.
     * @return the result
     * @throws Exception never on this path
     */
    @Benchmark
    public Object liftFullChainSampledLambda() throws Exception {
        return Calls.through(this.fullChainSampledLambda, this.input);
    }

}
