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
