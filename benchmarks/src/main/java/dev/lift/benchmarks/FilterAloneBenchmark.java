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

import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.lift.chain.LiftChain;

/**
 * A chain holding one Lift filter, for each filter: what each one costs on its own (compare with
 * {@code SingleThread.bare}). The chain with no filter at all is {@code none}.
 */
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FilterAloneBenchmark extends LiftChainBenchmark {

    /** The filter in the chain. */
    @Param({ "none", "context", "tracing", "tracing-sampled", "tracing-sampled-lambda", "logging", "metrics", "metrics-lambda", "load-shedding", "rate-limit", "bulkhead", "circuit-breaker", "timeout", "retry" })
    public String filter;

    private LiftChain chain;

    @Override
    protected void buildChains(LiftFilters filters) {
        this.chain = "none".equals(this.filter) ? new LiftChain(List.of()) : filters.chain(this.filter);
    }

    /**
     * @return the result
     * @throws Exception never on this path
     */
    @Benchmark
    public Object call() throws Exception {
        return Calls.through(this.chain, this.input);
    }

}
