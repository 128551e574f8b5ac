package dev.lift.retry;

import java.util.Objects;

import io.github.resilience4j.retry.RetryConfig;

import dev.lift.chain.StatusCodes;

/**
 * What one retry instance runs with.
 *
 * @param config the resilience4j configuration: attempts, waits, which exceptions (and results,
 *     through its result predicate) to retry
 * @param retryStatuses results with these statuses are retried too
 * @param budget the retry budget's settings, or {@code null} for none
 */
public record RetryPolicy(RetryConfig config, StatusCodes retryStatuses, RetryBudget.Settings budget) {

    /**
     * @param config the resilience4j configuration
     * @param retryStatuses results with these statuses are retried too
     * @param budget the retry budget's settings, or {@code null} for none
     */
    public RetryPolicy {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(retryStatuses, "retryStatuses");
    }

}
