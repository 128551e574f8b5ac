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

package dev.lift.circuitbreaker;

import java.util.Objects;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.ResultRecordedAsFailureException;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;

/**
 * Runs each call through the circuit breaker of its tenant and operation
 * ({@link ScopedCircuitBreakers}). A call the breaker does not permit gets the operation's
 * {@link LiftFallback} or a {@link LiftCircuitOpenException}; a call that fails (an exception the
 * breaker records, or a result with a failure status) gets the fallback when there is one.
 *
 * <p>Retries and the timeout run inside this filter, so the breaker sees one outcome per invocation.
 */
public final class LiftCircuitBreakerFilter implements LiftFilter {

    /** The filter's name, also the pattern recorded on rejected invocations. */
    public static final String NAME = "circuit-breaker";

    private final ScopedCircuitBreakers breakers;

    /**
     * @param breakers the circuit breakers
     */
    public LiftCircuitBreakerFilter(ScopedCircuitBreakers breakers) {
        this.breakers = Objects.requireNonNull(breakers, "breakers");
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        ScopedCircuitBreaker breaker = this.breakers.forCall(invocation.context());
        CircuitBreaker circuitBreaker = breaker.circuitBreaker();
        boolean permitted = circuitBreaker.tryAcquirePermission();
        // Asking for a permit moves an open circuit to half-open once its wait is over.
        breaker.noticeStateChange();
        if (!permitted) {
            invocation.rejectedBy(NAME);
            LiftCircuitOpenException rejection = breaker.rejection();
            if (breaker.fallback() != null) {
                return breaker.fallback().fallback(invocation, rejection);
            }
            throw rejection;
        }
        long start = circuitBreaker.getCurrentTimestamp();
        Object result;
        try {
            result = chain.proceed(invocation);
        }
        catch (Throwable ex) {
            // Also for Errors: a permit taken in half-open state must always be accounted for.
            circuitBreaker.onError(circuitBreaker.getCurrentTimestamp() - start, circuitBreaker.getTimestampUnit(), ex);
            breaker.noticeStateChange();
            if (ex instanceof Exception failure && breaker.fallback() != null && breaker.records(failure)) {
                return breaker.fallback().fallback(invocation, failure);
            }
            throw ex;
        }
        circuitBreaker.onResult(circuitBreaker.getCurrentTimestamp() - start, circuitBreaker.getTimestampUnit(), result);
        breaker.noticeStateChange();
        if (breaker.fallback() != null && breaker.recordsResult(result)) {
            return breaker.fallback().fallback(invocation,
                    new ResultRecordedAsFailureException(circuitBreaker.getName(), result));
        }
        return result;
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.CIRCUIT_BREAKER;
    }

    @Override
    public String name() {
        return NAME;
    }

}
