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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.autoconfigure.health.LiftPatternState;
import dev.lift.autoconfigure.health.ReadinessSignal;
import dev.lift.autoconfigure.health.RecentShareThreshold;
import dev.lift.health.HealthCheckReport;
import dev.lift.health.HealthCheckResult;
import dev.lift.health.RecentRate;
import dev.lift.ratelimit.FailurePolicy;
import dev.lift.ratelimit.RateLimitFilter;

/**
 * The state of rate limiting and its store: calls allowed and limited, calls decided without the
 * store, and for a remote store the last background check (reachability, latency). The store is
 * down while that check is down, or while at least half of at least {@code minCalls} recent calls
 * could not reach it (both configurable). A fail-closed store that is down refuses every call, so the instance is then
 * not ready.
 */
final class RateLimitStoreState implements LiftPatternState, ReadinessSignal {

    private final RateLimitFilter filter;

    private final String store;

    private final FailurePolicy failurePolicy;

    private final RateLimitStoreProbe probe;

    private final RecentShareThreshold storeFailures;

    /**
     * @param filter the rate-limit filter
     * @param store the store's kind, e.g. {@code dynamodb}
     * @param failurePolicy what calls get while the store is down
     * @param probe the background check of a remote store, or {@code null}
     * @param window the span of time recent store failures cover
     * @param minCalls the fewest recent calls whose failures can mark the store down
     */
    RateLimitStoreState(RateLimitFilter filter, String store, FailurePolicy failurePolicy, RateLimitStoreProbe probe,
            Duration window, int minCalls) {
        this.filter = filter;
        this.store = store;
        this.failurePolicy = failurePolicy;
        this.probe = probe;
        this.storeFailures = new RecentShareThreshold(new RecentRate(filter::storeFailures,
                () -> filter.allowedCalls() + filter.limitedCalls(), window, System::nanoTime), minCalls, 0.5);
    }

    @Override
    public String pattern() {
        return this.filter.name();
    }

    @Override
    public String name() {
        return "rateLimitStore";
    }

    @Override
    public Map<String, Object> describe(boolean showTenants) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("store", this.store);
        state.put("failurePolicy", (this.failurePolicy == FailurePolicy.FAIL_OPEN) ? "fail-open" : "fail-closed");
        state.put("storeDown", down());
        state.put("allowedCalls", this.filter.allowedCalls());
        state.put("limitedCalls", this.filter.limitedCalls());
        state.put("storeFailures", this.filter.storeFailures());
        state.put("storeIncidents", this.filter.storeIncidents());
        if (this.probe != null) {
            HealthCheckReport report = this.probe.report();
            Map<String, Object> check = new LinkedHashMap<>(report.result().details());
            check.put("status", report.status().name());
            if (report.checkedAt() != null) {
                check.put("checkedAt", report.checkedAt().toString());
            }
            state.put("check", check);
        }
        return state;
    }

    /** @return whether the store is down now */
    boolean down() {
        if (this.probe != null && this.probe.report().status() == HealthCheckResult.Status.DOWN) {
            return true;
        }
        return this.storeFailures.reachedBy(this.storeFailures.recent());
    }

    /** @return what calls get while the store is down */
    FailurePolicy failurePolicy() {
        return this.failurePolicy;
    }

    @Override
    public String notReadyReason() {
        return (this.failurePolicy == FailurePolicy.FAIL_CLOSED && down())
                ? "the " + this.store + " rate-limit store is down and the policy is fail-closed" : null;
    }

}
