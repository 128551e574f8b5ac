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

package dev.lift.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit: at most {@code limitForPeriod} calls in each {@code period}.
 *
 * @param limitForPeriod the calls allowed in one period, at least one
 * @param period the length of a period, at least one millisecond
 */
public record RateLimit(long limitForPeriod, Duration period) {

    /**
     * Checks the values.
     * @param limitForPeriod the calls allowed in one period
     * @param period the length of a period
     */
    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (limitForPeriod < 1) {
            throw new IllegalArgumentException("limitForPeriod must be at least 1, was " + limitForPeriod);
        }
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException("period must be at least 1ms, was " + period);
        }
    }

    /** @return the sustained rate this limit allows, in calls per second, to compare limits of different periods */
    public double perSecond() {
        return this.limitForPeriod * 1000.0 / this.period.toMillis();
    }

}
