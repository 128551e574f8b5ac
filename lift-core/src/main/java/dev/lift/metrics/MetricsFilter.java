package dev.lift.metrics;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

import dev.lift.chain.Invocation;
import dev.lift.chain.InvocationOutcome;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Records per-invocation metrics and, where configured, flushes them when the invocation ends:
 * <ul>
 * <li>{@value #DURATION} (timer; tags {@code operation}, {@code outcome} = success | error | rejected)</li>
 * <li>{@value #ERRORS} (counter; tag {@code operation}): the function failed, or answered 5xx</li>
 * <li>{@value #REJECTIONS} (counter; tags {@code operation}, {@code pattern}): a Lift pattern refused the call</li>
 * <li>{@value #COLD_START} (counter; tag {@code operation}): the first invocation of an environment, named as
 * Powertools names it so existing alarms keep working</li>
 * </ul>
 * With a {@link TenantDimension}, every meter also carries the {@code tenant} tag.
 *
 * <p>The flush runs in a {@code finally} block: a failed, rejected or timed-out invocation still
 * emits its metrics before Lambda may freeze the environment.
 */
public final class MetricsFilter implements LiftFilter {

    /** Duration of invocations. */
    public static final String DURATION = "lift.invocation";

    /** Failed invocations. */
    public static final String ERRORS = "lift.invocation.errors";

    /** Invocations a Lift pattern rejected. */
    public static final String REJECTIONS = "lift.invocation.rejections";

    /** Cold starts. */
    public static final String COLD_START = "ColdStart";

    private final MeterProvider<Timer> durations;

    private final MeterProvider<Counter> errors;

    private final MeterProvider<Counter> rejections;

    private final MeterProvider<Counter> coldStarts;

    private final TenantDimension tenants;

    private final Runnable afterInvocation;

    /**
     * @param registry where the meters live
     * @param tenants the tenant dimension, or {@code null} for metrics without tenant
     * @param afterInvocation runs after every invocation, also failed ones: on Lambda, the EMF flush
     */
    public MetricsFilter(MeterRegistry registry, TenantDimension tenants, Runnable afterInvocation) {
        Objects.requireNonNull(registry, "registry");
        this.durations = Timer.builder(DURATION).description("Duration of Lift invocations").withRegistry(registry);
        this.errors = Counter.builder(ERRORS).description("Failed Lift invocations").withRegistry(registry);
        this.rejections = Counter.builder(REJECTIONS)
            .description("Lift invocations rejected by a pattern")
            .withRegistry(registry);
        this.coldStarts = Counter.builder(COLD_START).description("Cold starts").withRegistry(registry);
        this.tenants = tenants;
        this.afterInvocation = Objects.requireNonNull(afterInvocation, "afterInvocation");
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        try {
            return InvocationOutcome.observe(invocation, chain,
                    (outcome, nanos) -> record(invocation, nanos, outcome));
        }
        finally {
            this.afterInvocation.run();
        }
    }

    private void record(Invocation invocation, long nanos, InvocationOutcome outcome) {
        Tags tags = Tags.of("operation", invocation.operation());
        if (this.tenants != null) {
            tags = tags.and(TenantDimension.TAG, this.tenants.tagValue(invocation.context().tenantId()));
        }
        this.durations.withTags(tags.and("outcome", outcome.name())).record(nanos, TimeUnit.NANOSECONDS);
        if (outcome.rejected()) {
            this.rejections.withTags(tags.and("pattern", outcome.rejectedBy())).increment();
        }
        else if (outcome.failed()) {
            this.errors.withTags(tags).increment();
        }
        if (invocation.context().coldStart()) {
            this.coldStarts.withTags(tags).increment();
        }
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.METRICS;
    }

    @Override
    public String name() {
        return "metrics";
    }

}
