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
import java.util.concurrent.ThreadLocalRandom;

import io.github.resilience4j.core.IntervalFunction;

/**
 * Builds the resilience4j {@link IntervalFunction} of a {@link BackoffStrategy}: the wait before
 * retry {@code n} (1 for the first retry).
 *
 * <p>Jitter spreads each wait uniformly over {@code [w × (1 − jitter), w × (1 + jitter)]}, the way
 * resilience4j randomises its own intervals, so that callers that failed together do not retry
 * together. It applies after the cap, so a capped wait still spreads.
 */
public final class RetryBackoff {

    private RetryBackoff() {
    }

    /**
     * @param strategy fixed, linear or exponential ({@link BackoffStrategy#CUSTOM} comes from a bean)
     * @param initial the first wait
     * @param multiplier the growth factor of exponential waits
     * @param max the longest wait, before jitter
     * @param jitter the spread, from 0 (none) to 1
     * @return the interval function
     */
    public static IntervalFunction of(BackoffStrategy strategy, Duration initial, double multiplier, Duration max,
            double jitter) {
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        IntervalFunction waits = switch (strategy) {
            case FIXED -> IntervalFunction.of(initialMillis);
            case LINEAR -> IntervalFunction.of(initialMillis, (previous) -> Math.min(previous + initialMillis, maxMillis));
            case EXPONENTIAL -> IntervalFunction.ofExponentialBackoff(initialMillis, multiplier, maxMillis);
            case CUSTOM -> throw new IllegalArgumentException("A custom backoff is a bean, not built here");
        };
        if (jitter <= 0) {
            return waits;
        }
        return (attempt) -> spread(waits.apply(attempt), jitter);
    }

    private static long spread(long wait, double jitter) {
        double delta = jitter * wait;
        return Math.round(wait - delta + ThreadLocalRandom.current().nextDouble() * 2 * delta);
    }

}
