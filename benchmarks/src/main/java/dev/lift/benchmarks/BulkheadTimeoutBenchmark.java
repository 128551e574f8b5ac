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

import java.time.Duration;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.lift.bulkhead.BulkheadConfig;
import dev.lift.bulkhead.BulkheadFilter;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.timeout.LiftTimeoutCalculator;
import dev.lift.timeout.TimeoutFilter;
import dev.lift.timeout.TimeoutScheduler;

/**
 * What the bulkhead (three levels) and the timeout (one armed and disarmed timer) add to a call that
 * neither waits nor times out, against the bare chain.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BulkheadTimeoutBenchmark extends AverageTimeBenchmark {

    private static final LiftTarget TARGET = (invocation) -> "ok";

    private final LiftContext context = LiftContext.builder("request", "orders").tenantId("acme").build();

    private LiftChain bare;

    private LiftChain bulkhead;

    private LiftChain timeout;

    private TimeoutScheduler scheduler;

    @Setup(Level.Trial)
    public void setUp() {
        this.scheduler = new TimeoutScheduler();
        this.bare = new LiftChain(List.<LiftFilter>of());
        this.bulkhead = new LiftChain(List.of(new BulkheadFilter(new LiftBulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 100)
            .limit(BulkheadLevel.TENANT, 10)
            .limit(BulkheadLevel.OPERATION, 25)
            .build(), null))));
        this.timeout = new LiftChain(List.of(new TimeoutFilter(LiftTimeoutCalculator.fixed(Duration.ofSeconds(10)),
                Duration.ofMillis(250), this.scheduler)));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        this.scheduler.close();
    }

    @Benchmark
    public Object bareChain() throws Exception {
        return this.bare.execute(new Invocation(this.context, null, TARGET));
    }

    @Benchmark
    public Object bulkheadThreeLevels() throws Exception {
        return this.bulkhead.execute(new Invocation(this.context, null, TARGET));
    }

    @Benchmark
    public Object timeoutArmedAndDisarmed() throws Exception {
        return this.timeout.execute(new Invocation(this.context, null, TARGET));
    }

}
