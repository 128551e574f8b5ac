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

package dev.lift.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import dev.lift.error.LiftRejectedException;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.ScopedInstances;

/**
 * Lift's retry instances: one resilience4j {@link Retry} per key, registered in a
 * {@link RetryRegistry} as {@code lift-retry[:tenant=<id>][:op=<operation>]}, bounded like every
 * per-key instance and removed from the registry on eviction.
 *
 * <p>Each instance's interval function wraps the configured one with two checks made before every
 * wait, in this order:
 * <ol>
 * <li><b>deadline</b>: a retry whose wait would end past the invocation deadline minus the safety
 * margin is not started (the call fails with its last failure, while there is still time to answer);
 * <li><b>budget</b>: a retry the {@link RetryBudget} cannot pay for is not started.
 * </ol>
 * A refused retry makes the interval negative, which resilience4j treats as "give up": it publishes
 * an error event and rethrows the last failure. After the wait, the filter checks the deadline once
 * more before the attempt starts, since a loaded machine can oversleep.
 *
 * <p>Interruptions ({@link InterruptedException}) and Lift's own rejections are never retried.
 */
public final class ScopedRetries {

    /** The pattern part of instance names. */
    public static final String PATTERN = "retry";

    private static final long REFUSE = -1;

    private final RetryRegistry registry;

    private final InstanceKeys keys;

    private final Function<InstanceKey, RetryPolicy> policies;

    private final long safetyMarginNanos;

    private final RetryListener listener;

    private final RetryStatistics statistics = new RetryStatistics();

    private final ScopedInstances<ScopedRetry> instances;

    /**
     * @param registry where the retries are registered
     * @param keys which key a call belongs to
     * @param maxInstances the most keyed instances alive at once
     * @param idleExpiry how long an unused instance lives
     * @param policies the policy of the instance for a key
     * @param safetyMargin time kept free before the invocation deadline: no retry may end its wait later
     * @param listener told about retries and refused retries
     */
    public ScopedRetries(RetryRegistry registry, InstanceKeys keys, long maxInstances, Duration idleExpiry,
            Function<InstanceKey, RetryPolicy> policies, Duration safetyMargin, RetryListener listener) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.safetyMarginNanos = safetyMargin.toNanos();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.instances = new ScopedInstances<>(keys.scope(), maxInstances, idleExpiry, this::create,
                (key, retry) -> registry.remove(retry.retry().getName()));
    }

    ScopedRetry forCall(LiftContext context) {
        return this.instances.get(this.keys.keyOf(context));
    }

    /**
     * The resilience4j retry serving a call, for inspection (actuator, tests).
     * @param context the call's context
     * @return the retry
     */
    public Retry retry(LiftContext context) {
        return forCall(context).retry();
    }

    /** @return the counts of attempts, outcomes and refused retries */
    public RetryStatistics statistics() {
        return this.statistics;
    }

    /** @return the number of live instances */
    public long size() {
        return this.instances.size();
    }

    private ScopedRetry create(InstanceKey key) {
        RetryPolicy policy = this.policies.apply(key);
        String name = key.name(PATTERN);
        RetryBudget budget = (policy.budget() != null) ? new RetryBudget(policy.budget()) : null;
        RetryConfig base = policy.config();
        Predicate<Throwable> retryable = base.getExceptionPredicate();
        RetryConfig config = RetryConfig.from(base)
            .retryOnException((failure) -> (failure instanceof RetryableResultException) || (retryable.test(failure)
                    && !(failure instanceof InterruptedException) && !(failure instanceof LiftRejectedException)))
            .retryExceptions()
            .ignoreExceptions()
            .retryOnResult(null)
            .intervalBiFunction(guarded(name, base.getIntervalBiFunction(), budget))
            .build();
        Retry retry = this.registry.retry(name, config);
        if (this.listener != RetryListener.NONE) {
            retry.getEventPublisher()
                .onRetry((event) -> this.listener.onRetry(name, event.getNumberOfRetryAttempts(), event.getWaitInterval(),
                        event.getLastThrowable()));
        }
        return new ScopedRetry(retry, policy.retryStatuses(), base.getResultPredicate(), budget);
    }

    /**
     * Whether a retry whose wait is over would now start past the deadline minus the safety margin;
     * counts and reports the refusal if so.
     */
    boolean tooLateForRetry(ScopedRetry scoped, int retry) {
        if (!passesDeadline(0)) {
            return false;
        }
        refuse(scoped.retry().getName(), retry, RetryRefusal.DEADLINE);
        return true;
    }

    private IntervalBiFunction<Object> guarded(String name, IntervalBiFunction<Object> waits, RetryBudget budget) {
        return (retry, failure) -> {
            long wait = waits.apply(retry, failure);
            if (wait < 0) {
                return wait;
            }
            if (passesDeadline(wait)) {
                return refuse(name, retry, RetryRefusal.DEADLINE);
            }
            if (budget != null && !budget.tryWithdraw()) {
                return refuse(name, retry, RetryRefusal.BUDGET);
            }
            return wait;
        };
    }

    private boolean passesDeadline(long waitMillis) {
        LiftContext context = LiftContextHolder.get();
        if (context == null || !context.hasDeadline()) {
            return false;
        }
        return context.remainingNanos() - this.safetyMarginNanos < TimeUnit.MILLISECONDS.toNanos(waitMillis);
    }

    private long refuse(String name, int retry, RetryRefusal reason) {
        this.statistics.countRefusal(reason);
        this.listener.onRetryRefused(name, retry, reason);
        return REFUSE;
    }

}
