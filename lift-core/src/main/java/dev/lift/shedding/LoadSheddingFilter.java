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

package dev.lift.shedding;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limiter.AbstractLimiter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftLoadShedException;
import dev.lift.error.LiftRejectedException;

/**
 * Sheds calls the function cannot take now with a {@link LiftLoadShedException} (503,
 * {@code Retry-After}), so that the calls it admits keep a bounded latency instead of all queueing
 * and timing out. The decision belongs to a concurrency-limits {@link Limiter}: an adaptive limit
 * (gradient2, vegas, aimd) that learns the concurrency the function sustains from its latency, a
 * partitioned one by priority ({@link PriorityLimiter}), or {@link RandomLimiter}. A
 * {@link SheddingRateCap} bounds the fraction of calls shed.
 *
 * <p>Each admitted call reports its outcome to the limiter: success feeds the latency sample, a
 * timeout (a 504 rejection from an inner filter) counts as a drop, any other failure is ignored.
 *
 * <p>Meters: {@code lift.load-shedding.calls} by {@code outcome} ({@code admitted}, {@code shed}),
 * {@code lift.load-shedding.limit} (the current concurrency limit) and
 * {@code lift.load-shedding.in-flight}. Admitted plus shed equals the calls made, under any
 * concurrency: each call increments exactly one {@link LongAdder}.
 */
public final class LoadSheddingFilter implements LiftFilter, MeterBinder {

    private final String strategy;

    private final Limiter<LiftContext> limiter;

    private final SheddingRateCap cap;

    private final Duration retryAfter;

    private final LongAdder admitted = new LongAdder();

    private final LongAdder shed = new LongAdder();

    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param strategy the strategy's name, shown in rejections ({@code adaptive}, {@code priority}, {@code random})
     * @param limiter decides whether a call is admitted
     * @param cap bounds the fraction of calls shed
     * @param retryAfter what shed callers are told to wait
     */
    public LoadSheddingFilter(String strategy, Limiter<LiftContext> limiter, SheddingRateCap cap, Duration retryAfter) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        Limiter.Listener listener = admit(invocation);
        this.inFlight.incrementAndGet();
        boolean reported = false;
        try {
            Object result = chain.proceed(invocation);
            listener.onSuccess();
            reported = true;
            return result;
        }
        catch (LiftRejectedException ex) {
            if (ex.status() == 504) {
                listener.onDropped();
                reported = true;
            }
            throw ex;
        }
        finally {
            if (!reported) {
                listener.onIgnore();
            }
            this.inFlight.decrementAndGet();
        }
    }

    private Limiter.Listener admit(Invocation invocation) {
        Optional<Limiter.Listener> permit = this.limiter.acquire(invocation.context());
        if (permit.isPresent()) {
            this.cap.admitted();
            this.admitted.increment();
            return permit.get();
        }
        if (this.cap.tryShed()) {
            this.shed.increment();
            invocation.rejectedBy(name());
            throw new LiftLoadShedException(this.strategy, this.retryAfter);
        }
        // The cap keeps this call: it runs outside the limiter's accounting.
        this.admitted.increment();
        return UntrackedListener.INSTANCE;
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.LOAD_SHEDDING;
    }

    @Override
    public String name() {
        return "load-shedding";
    }

    /** @return the calls admitted so far */
    public long admittedCalls() {
        return this.admitted.sum();
    }

    /** @return the calls shed so far */
    public long shedCalls() {
        return this.shed.sum();
    }

    /** @return the calls running now */
    public int inFlight() {
        return this.inFlight.get();
    }

    /** @return the current concurrency limit, or -1 when the strategy has none */
    public int limit() {
        return (this.limiter instanceof AbstractLimiter<?> adaptive) ? adaptive.getLimit() : -1;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("lift.load-shedding.calls", this, LoadSheddingFilter::admittedCalls)
            .tag("outcome", "admitted")
            .description("Calls admitted by load shedding")
            .register(registry);
        FunctionCounter.builder("lift.load-shedding.calls", this, LoadSheddingFilter::shedCalls)
            .tag("outcome", "shed")
            .description("Calls shed because the function was overloaded")
            .register(registry);
        Gauge.builder("lift.load-shedding.in-flight", this, LoadSheddingFilter::inFlight)
            .description("Calls running inside load shedding")
            .register(registry);
        if (this.limiter instanceof AbstractLimiter<?>) {
            Gauge.builder("lift.load-shedding.limit", this, LoadSheddingFilter::limit)
                .description("The current concurrency limit")
                .tag("strategy", this.strategy)
                .register(registry);
        }
    }

}
