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

import java.util.function.Supplier;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;

import dev.lift.chain.LiftChain;

/**
 * One call of the function: bare, through the resilience4j reference, through Lift's four
 * resilience patterns, and through the full chain. The state is shared by all benchmark threads, as
 * an application shares its chain; {@link SingleThread} and {@link TwoThreads} run the same methods.
 */
@Fork(2)
public abstract class InvocationBenchmarks extends LiftChainBenchmark {

    private Supplier<Integer> reference;

    private LiftChain fourPatterns;

    private LiftChain fourPatternsGlobal;

    private LiftChain fullChain;

    private LiftChain fullChainSampled;

    private LiftChain fullChainSampledLambda;

    /** Builds what the benchmarks call. */
    @Override
    protected void buildChains(LiftFilters filters) {
        this.reference = Resilience4jReference.decorate(() -> this.input);
        this.fourPatterns = filters.chain(LiftFilters.FOUR_PATTERNS);
        this.fourPatternsGlobal = filters.chain(LiftFilters.FOUR_PATTERNS_GLOBAL);
        this.fullChain = filters.chain(LiftFilters.ALL);
        this.fullChainSampled = filters.chain(LiftFilters.ALL_SAMPLED);
        this.fullChainSampledLambda = filters.chain(LiftFilters.ALL_SAMPLED_LAMBDA);
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
