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

package dev.lift.ratelimit;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRateLimitedException;

/**
 * Rejects calls over their rate limit with a {@link LiftRateLimitedException} (429, {@code Retry-After}
 * and the rate-limit headers' values). A call passes every store in order (e.g. the per-tenant limit,
 * then the global one); the first that says no rejects it. A store that cannot answer is handled by
 * the {@link FailurePolicy}, and the outage is logged once per incident.
 *
 * <p>With {@code allowedCallHeaders}, a call within its limits carries the same headers as a rejection
 * ({@code RateLimit-Policy} and {@code RateLimit}, one list item per store), from every store that
 * counted what is left ({@link RateLimitDecision#UNCOUNTED} otherwise); the entry points write them
 * into the caller's answer ({@link Invocation#responseHeader}).
 *
 * <p>Meters: {@code lift.rate-limit.calls} by {@code outcome} ({@code allowed}, {@code limited}) and
 * {@code lift.rate-limit.store.failures} by {@code policy}, the calls decided without the store.
 */
public final class RateLimitFilter implements LiftFilter, MeterBinder {

    private final List<RateLimitStore> stores;

    private final FailurePolicy failurePolicy;

    private final StoreOutage outage;

    private final boolean allowedCallHeaders;

    private final LongAdder allowed = new LongAdder();

    private final LongAdder limited = new LongAdder();

    /**
     * @param stores the limits every call must pass, in order
     * @param failurePolicy what a call gets when a store cannot answer
     */
    public RateLimitFilter(List<RateLimitStore> stores, FailurePolicy failurePolicy) {
        this(stores, failurePolicy, false);
    }

    /**
     * @param stores the limits every call must pass, in order
     * @param failurePolicy what a call gets when a store cannot answer
     * @param allowedCallHeaders whether calls within their limits carry the rate-limit headers too
     */
    public RateLimitFilter(List<RateLimitStore> stores, FailurePolicy failurePolicy, boolean allowedCallHeaders) {
        this.stores = List.copyOf(stores);
        this.failurePolicy = Objects.requireNonNull(failurePolicy, "failurePolicy");
        this.outage = new StoreOutage(failurePolicy);
        this.allowedCallHeaders = allowedCallHeaders;
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        String policies = null;
        String quotas = null;
        for (RateLimitStore store : this.stores) {
            RateLimitDecision decision = decide(store, invocation.context());
            if (!decision.allowed()) {
                this.limited.increment();
                invocation.rejectedBy(name());
                throw new LiftRateLimitedException(store.name(), decision.limit(), decision.remaining(),
                        decision.reset(), decision.period());
            }
            if (this.allowedCallHeaders && decision.remaining() != RateLimitDecision.UNCOUNTED) {
                policies = item(policies,
                        LiftRateLimitedException.policyItem(store.name(), decision.limit(), decision.period()));
                quotas = item(quotas,
                        LiftRateLimitedException.quotaItem(store.name(), decision.remaining(), decision.reset()));
            }
        }
        this.allowed.increment();
        if (policies != null) {
            invocation.responseHeader(LiftRateLimitedException.POLICY_HEADER, policies);
            invocation.responseHeader(LiftRateLimitedException.QUOTA_HEADER, quotas);
        }
        return chain.proceed(invocation);
    }

    // A structured-field list: one item per store that counted the call (most often one).
    private static String item(String list, String item) {
        return (list == null) ? item : list + ", " + item;
    }

    private RateLimitDecision decide(RateLimitStore store, LiftContext context) {
        try {
            RateLimitDecision decision = store.tryAcquire(context);
            this.outage.answered(store);
            return decision;
        }
        catch (RateLimitStoreException ex) {
            this.outage.failed(store, ex);
            RateLimit limit = store.limitFor(context);
            boolean open = this.failurePolicy == FailurePolicy.FAIL_OPEN;
            // A call let through without the store was not counted: it says nothing about what is left.
            return new RateLimitDecision(open, limit.limitForPeriod(), open ? RateLimitDecision.UNCOUNTED : 0,
                    limit.period(), limit.period());
        }
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.RATE_LIMIT;
    }

    @Override
    public String name() {
        return "rate-limit";
    }

    /** @return the calls let through so far */
    public long allowedCalls() {
        return this.allowed.sum();
    }

    /** @return the calls rejected so far */
    public long limitedCalls() {
        return this.limited.sum();
    }

    /** @return the calls decided by the failure policy because a store could not answer */
    public long storeFailures() {
        return this.outage.failedCalls();
    }

    /** @return the store outages seen so far, each logged once */
    public long storeIncidents() {
        return this.outage.incidents();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("lift.rate-limit.calls", this, RateLimitFilter::allowedCalls)
            .tag("outcome", "allowed")
            .description("Calls within their rate limit")
            .register(registry);
        FunctionCounter.builder("lift.rate-limit.calls", this, RateLimitFilter::limitedCalls)
            .tag("outcome", "limited")
            .description("Calls rejected by a rate limit")
            .register(registry);
        FunctionCounter.builder("lift.rate-limit.store.failures", this, RateLimitFilter::storeFailures)
            .tag("policy", (this.failurePolicy == FailurePolicy.FAIL_OPEN) ? "fail-open" : "fail-closed")
            .description("Calls decided by the failure policy because the rate-limit store did not answer")
            .register(registry);
    }

}
