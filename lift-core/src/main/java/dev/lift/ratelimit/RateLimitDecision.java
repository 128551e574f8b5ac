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

/**
 * The answer of a {@link RateLimitStore} for one call, with what the rate-limit response headers
 * need.
 *
 * @param allowed whether the call may run
 * @param limit the calls allowed in one period
 * @param remaining the calls left in the current period after this one, or {@link #UNCOUNTED} when
 *     the store did not count them for an allowed call (such a call carries no rate-limit headers)
 * @param reset the time until the current period ends and the quota is refilled
 * @param period the length of a period, for the {@code RateLimit-Policy} window
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration reset, Duration period) {

    /** The {@code remaining} of an allowed call whose store did not count what is left. */
    public static final long UNCOUNTED = -1;

}
