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

/**
 * Stands for a result worth retrying (a status in the retry list) while resilience4j decides about
 * it: Lift hands retryable results to resilience4j as this exception, so that results and
 * exceptions share one path, and returns the result itself when no retry is left. A custom backoff
 * function sees it as the failure of the previous attempt.
 */
public final class RetryableResultException extends RuntimeException {

    private final transient Object result;

    /**
     * @param result the result
     */
    public RetryableResultException(Object result) {
        super("The result of the attempt is retryable", null, false, false);
        this.result = result;
    }

    /** @return the result */
    public Object result() {
        return this.result;
    }

}
