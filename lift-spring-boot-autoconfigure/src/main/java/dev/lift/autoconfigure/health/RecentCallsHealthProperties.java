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

import java.time.Duration;

/**
 * Health judged from a share of the recent calls (calls that could not reach the rate-limit store,
 * calls shed): the share counts over the last window ({@link dev.lift.health.RecentRate}) once the
 * window holds at least min-calls calls.
 */
public abstract class RecentCallsHealthProperties {

    /**
     * Span of time the recent calls cover (between one and two windows).
     */
    private Duration window = Duration.ofSeconds(10);

    /**
     * Fewest calls in the window for their share to count; with fewer, the share is left out of
     * health and readiness.
     */
    private int minCalls;

    /**
     * @param minCalls the pattern's default of min-calls (also in
     * additional-spring-configuration-metadata.json, as metadata reads only field initializers)
     */
    protected RecentCallsHealthProperties(int minCalls) {
        this.minCalls = minCalls;
    }

    public Duration getWindow() {
        return this.window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public int getMinCalls() {
        return this.minCalls;
    }

    public void setMinCalls(int minCalls) {
        this.minCalls = minCalls;
    }

}
