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
import java.util.List;

/**
 * Told about retries as they happen, on the thread running the call, so that a tracing integration
 * can add them to the current span. Keep it quick.
 */
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = new RetryListener() {
    };

    /**
     * One listener telling several, in order.
     * @param listeners the listeners
     * @return a listener for all of them
     */
    static RetryListener of(List<? extends RetryListener> listeners) {
        List<RetryListener> all = List.copyOf(listeners);
        if (all.isEmpty()) {
            return NONE;
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return new RetryListener() {

            @Override
            public void onRetry(String instanceName, int retry, Duration wait, Throwable cause) {
                all.forEach((listener) -> listener.onRetry(instanceName, retry, wait, cause));
            }

            @Override
            public void onRetryRefused(String instanceName, int retry, RetryRefusal reason) {
                all.forEach((listener) -> listener.onRetryRefused(instanceName, retry, reason));
            }

        };
    }

    /**
     * A retry is about to wait and start.
     * @param instanceName the retry instance, e.g. {@code lift-retry:op=orders}
     * @param retry the number of this retry (1 for the first)
     * @param wait the wait before it starts
     * @param cause why the previous attempt failed
     */
    default void onRetry(String instanceName, int retry, Duration wait, Throwable cause) {
    }

    /**
     * A retry was due but will not start.
     * @param instanceName the retry instance
     * @param retry the number the retry would have had
     * @param reason why not
     */
    default void onRetryRefused(String instanceName, int retry, RetryRefusal reason) {
    }

}
