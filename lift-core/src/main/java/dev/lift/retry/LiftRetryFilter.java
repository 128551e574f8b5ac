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

import java.util.Objects;

import io.github.resilience4j.retry.Retry;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.retry.RetryStatistics.Outcome;

/**
 * Retries failed attempts of a call with the resilience4j {@link Retry} of its tenant and operation
 * ({@link ScopedRetries}): retryable exceptions, and results whose status is in the retry list.
 * When no retry is left, the caller gets the last failure: the exception, or the last result.
 *
 * <p>Innermost of Lift's patterns: the timeout covers all attempts and the circuit breaker sees one
 * outcome per invocation. All state of a call lives on the stack; the counters are
 * {@link RetryStatistics}, exact under concurrency.
 */
public final class LiftRetryFilter implements LiftFilter {

    /** The filter's name. */
    public static final String NAME = "retry";

    private final ScopedRetries retries;

    private final RetryStatistics statistics;

    /**
     * @param retries the retry instances
     */
    public LiftRetryFilter(ScopedRetries retries) {
        this.retries = Objects.requireNonNull(retries, "retries");
        this.statistics = retries.statistics();
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        ScopedRetry scoped = this.retries.forCall(invocation.context());
        scoped.deposit();
        Retry.Context<Object> attempts = scoped.retry().context();
        Exception failure = null;
        int attempt = 0;
        while (true) {
            // The wait was checked against the deadline before it began; a loaded machine can
            // oversleep, so the start of the attempt is checked again.
            if (failure != null && this.retries.tooLateForRetry(scoped, attempt)) {
                this.statistics.ended(Outcome.FAILED_RETRY_REFUSED);
                return giveUp(failure);
            }
            attempt++;
            this.statistics.attempted();
            try {
                Object result = chain.proceed(invocation);
                if (!scoped.retriesResult(result)) {
                    attempts.onComplete();
                    this.statistics.ended((attempt == 1) ? Outcome.SUCCEEDED_WITHOUT_RETRY : Outcome.SUCCEEDED_AFTER_RETRY);
                    return result;
                }
                failure = new RetryableResultException(result);
            }
            catch (Exception ex) {
                failure = ex;
            }
            catch (Error error) {
                this.statistics.ended(Outcome.FAILED_NOT_RETRYABLE);
                throw error;
            }
            try {
                // Returns after the wait when a retry is due; throws the failure when none is.
                attempts.onError(failure);
            }
            catch (Exception last) {
                this.statistics.ended(scoped.outcomeOf(last, attempt));
                return giveUp(last);
            }
        }
    }

    private static Object giveUp(Exception failure) throws Exception {
        if (failure instanceof RetryableResultException retryable) {
            return retryable.result();
        }
        throw failure;
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.RETRY;
    }

    @Override
    public String name() {
        return NAME;
    }

}
