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

package dev.lift.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final int MAX_CACHED_OPERATIONS = 256;

    private final MeterProvider<Timer> durations;

    private final MeterProvider<Counter> errors;

    private final MeterProvider<Counter> rejections;

    private final MeterProvider<Counter> coldStarts;

    private final TenantDimension tenants;

    private final Runnable afterInvocation;

    /** Made once: a method reference written in {@code filter} would be a new object per call. */
    private final InvocationOutcome.Observer recorder = this::record;

    /**
     * The duration timer of successful calls per operation: most calls end that way, and Micrometer's
     * lookup by tags (building and sorting the tags, a meter id, a map lookup) costs more than the
     * recording itself. Emptied whenever the registry drops a meter, so a cached timer is never stale.
     */
    private final Map<String, Timer> successTimers = new ConcurrentHashMap<>();

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
        registry.config().onMeterRemoved((meter) -> this.successTimers.clear());
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        try {
            return InvocationOutcome.observe(invocation, chain, this.recorder);
        }
        finally {
            this.afterInvocation.run();
        }
    }

    private void record(Invocation invocation, InvocationOutcome outcome, long nanos) {
        if (this.tenants == null && !outcome.rejected() && !outcome.failed() && !invocation.context().coldStart()) {
            successTimer(invocation.operation()).record(nanos, TimeUnit.NANOSECONDS);
            return;
        }
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

    private Timer successTimer(String operation) {
        Timer timer = this.successTimers.get(operation);
        if (timer == null) {
            timer = this.durations.withTags(Tags.of("operation", operation, "outcome", InvocationOutcome.SUCCESS));
            // Operation names are few, but bound the cache anyway: past the bound, calls look up as before.
            if (this.successTimers.size() < MAX_CACHED_OPERATIONS) {
                this.successTimers.put(operation, timer);
            }
        }
        return timer;
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
