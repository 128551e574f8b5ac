package dev.lift.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BulkheadTimeoutBenchmark {

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
