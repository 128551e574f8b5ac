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
