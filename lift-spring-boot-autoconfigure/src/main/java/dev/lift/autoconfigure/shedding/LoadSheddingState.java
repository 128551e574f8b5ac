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

package dev.lift.autoconfigure.shedding;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.lift.autoconfigure.health.LiftPatternState;
import dev.lift.autoconfigure.health.ReadinessSignal;
import dev.lift.autoconfigure.health.RecentShareThreshold;
import dev.lift.health.RecentRate;
import dev.lift.shedding.LoadSheddingFilter;

/**
 * The state of load shedding: the current concurrency limit, calls in flight, calls admitted and
 * shed, and the recent shed ratio. Shedding is "hard" when at least {@code hardShedRatio} of at least
 * {@code minCalls} recent calls were shed: the instance is then not ready for more traffic.
 */
final class LoadSheddingState implements LiftPatternState, ReadinessSignal {

    private final LoadSheddingFilter filter;

    private final RecentShareThreshold hardShedding;

    LoadSheddingState(LoadSheddingFilter filter, Duration window, int minCalls, double hardShedRatio) {
        this.filter = filter;
        this.hardShedding = new RecentShareThreshold(new RecentRate(filter::shedCalls,
                () -> filter.shedCalls() + filter.admittedCalls(), window, System::nanoTime), minCalls, hardShedRatio);
    }

    @Override
    public String pattern() {
        return this.filter.name();
    }

    @Override
    public String name() {
        return "loadShedding";
    }

    @Override
    public Map<String, Object> describe(boolean showTenants) {
        return now().toMap();
    }

    /** @return the state now */
    Snapshot now() {
        RecentRate.Counts recent = this.hardShedding.recent();
        return new Snapshot(this.filter.limit(), this.filter.inFlight(), this.filter.admittedCalls(),
                this.filter.shedCalls(), recent.total(), recent.ratio(), recent.part() > 0,
                this.hardShedding.reachedBy(recent));
    }

    @Override
    public String notReadyReason() {
        RecentRate.Counts recent = this.hardShedding.recent();
        return this.hardShedding.reachedBy(recent) ? String.format(Locale.ROOT, "shedding %.0f%% of %d recent calls",
                recent.ratio() * 100, recent.total()) : null;
    }

    /**
     * Load shedding at one moment.
     *
     * @param limit the concurrency limit, negative when there is none
     * @param inFlight calls running now
     * @param admittedCalls calls admitted so far
     * @param shedCalls calls shed so far
     * @param recentCalls calls in the recent window
     * @param recentShedRatio the part of them that was shed
     * @param shedding whether a recent call was shed
     * @param sheddingHard whether recent shedding makes the instance unready
     */
    record Snapshot(int limit, int inFlight, long admittedCalls, long shedCalls, long recentCalls,
            double recentShedRatio, boolean shedding, boolean sheddingHard) {

        Map<String, Object> toMap() {
            Map<String, Object> state = new LinkedHashMap<>();
            if (this.limit >= 0) {
                state.put("limit", this.limit);
            }
            state.put("inFlight", this.inFlight);
            state.put("admittedCalls", this.admittedCalls);
            state.put("shedCalls", this.shedCalls);
            state.put("recentCalls", this.recentCalls);
            state.put("recentShedRatio", this.recentShedRatio);
            state.put("shedding", this.shedding);
            state.put("sheddingHard", this.sheddingHard);
            return state;
        }

    }

}
