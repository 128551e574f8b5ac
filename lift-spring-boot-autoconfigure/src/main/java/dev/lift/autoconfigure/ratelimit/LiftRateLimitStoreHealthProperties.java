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

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftRateLimitStore} health contributor and the rate-limit store's readiness signal.
 */
@ConfigurationProperties("lift.health.rate-limit-store")
public class LiftRateLimitStoreHealthProperties {

    /**
     * Health status while a fail-closed store is down (every call is refused); readiness is
     * then OUT_OF_SERVICE too.
     */
    private String downStatus = "DOWN";

    /**
     * Health status while a fail-open store is down (calls run without a limit).
     */
    private String failOpenDownStatus = "UP";

    /**
     * Span of time the recent store failures cover (between one and two windows): the store is down
     * while at least half of at least min-calls recent calls could not reach it.
     */
    private Duration window = Duration.ofSeconds(10);

    /**
     * Fewest recent calls from which their store failures can mark the store down.
     */
    private int minCalls = 5;

    public String getDownStatus() {
        return this.downStatus;
    }

    public void setDownStatus(String downStatus) {
        this.downStatus = downStatus;
    }

    public String getFailOpenDownStatus() {
        return this.failOpenDownStatus;
    }

    public void setFailOpenDownStatus(String failOpenDownStatus) {
        this.failOpenDownStatus = failOpenDownStatus;
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
