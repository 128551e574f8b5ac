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

package dev.lift.autoconfigure.ratelimit;

import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.ratelimit.FailurePolicy;

/**
 * {@code liftRateLimitStore}: {@code UP} while the store answers; while it is down, the configured
 * down status for a fail-closed store (every call is refused, default {@code DOWN}) or the fail-open
 * down status (calls run unlimited, default {@code UP}).
 */
final class RateLimitStoreHealthIndicator implements LiftHealthIndicator {

    private final RateLimitStoreState state;

    private final String downStatus;

    private final String failOpenDownStatus;

    RateLimitStoreHealthIndicator(RateLimitStoreState state, String downStatus, String failOpenDownStatus) {
        this.state = state;
        this.downStatus = downStatus;
        this.failOpenDownStatus = failOpenDownStatus;
    }

    @Override
    public LiftHealth health() {
        String status = LiftHealth.UP;
        if (this.state.down()) {
            status = (this.state.failurePolicy() == FailurePolicy.FAIL_CLOSED) ? this.downStatus
                    : this.failOpenDownStatus;
        }
        return new LiftHealth(status, this.state.describe(false));
    }

}
