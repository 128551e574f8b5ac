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

package dev.lift.autoconfigure.health;

import dev.lift.health.RecentRate;

/**
 * A threshold on the recent share of calls of one kind (shed, failed to reach the store...): reached
 * when at least {@code share} of at least {@code minCalls} recent calls were of that kind, so that a
 * few calls after a quiet spell cannot change what health says.
 */
public final class RecentShareThreshold {

    private final RecentRate rate;

    private final int minCalls;

    private final double share;

    /**
     * @param rate the recent share
     * @param minCalls the fewest recent calls that can reach the threshold
     * @param share the share, from 0 to 1, that reaches it
     */
    public RecentShareThreshold(RecentRate rate, int minCalls, double share) {
        this.rate = rate;
        this.minCalls = minCalls;
        this.share = share;
    }

    /** @return the recent calls, and those of the kind measured */
    public RecentRate.Counts recent() {
        return this.rate.recent();
    }

    /**
     * @param recent counts read with {@link #recent()}
     * @return whether they reach the threshold
     */
    public boolean reachedBy(RecentRate.Counts recent) {
        return recent.total() >= this.minCalls && recent.ratio() >= this.share;
    }

}
