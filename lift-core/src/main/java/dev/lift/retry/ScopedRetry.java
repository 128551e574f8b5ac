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

import java.util.function.Predicate;

import io.github.resilience4j.retry.Retry;

import dev.lift.chain.StatusCodes;

/**
 * One retry instance as Lift uses it: the resilience4j {@link Retry} (whose interval function also
 * enforces the deadline and the budget), the results worth retrying, and the budget calls deposit in.
 */
final class ScopedRetry {

    private final Retry retry;

    private final StatusCodes retryStatuses;

    private final Predicate<Object> retryResults;

    private final RetryBudget budget;

    ScopedRetry(Retry retry, StatusCodes retryStatuses, Predicate<Object> retryResults, RetryBudget budget) {
        this.retry = retry;
        this.retryStatuses = retryStatuses;
        this.retryResults = retryResults;
        this.budget = budget;
    }

    Retry retry() {
        return this.retry;
    }

    void deposit() {
        if (this.budget != null) {
            this.budget.deposit();
        }
    }

    boolean retriesResult(Object result) {
        return this.retryStatuses.matches(result) || (this.retryResults != null && this.retryResults.test(result));
    }

    RetryStatistics.Outcome outcomeOf(Exception failure, int attempts) {
        if (!this.retry.getRetryConfig().getExceptionPredicate().test(failure)) {
            return RetryStatistics.Outcome.FAILED_NOT_RETRYABLE;
        }
        if (attempts >= this.retry.getRetryConfig().getMaxAttempts()) {
            return RetryStatistics.Outcome.FAILED_RETRIES_EXHAUSTED;
        }
        return RetryStatistics.Outcome.FAILED_RETRY_REFUSED;
    }

}
