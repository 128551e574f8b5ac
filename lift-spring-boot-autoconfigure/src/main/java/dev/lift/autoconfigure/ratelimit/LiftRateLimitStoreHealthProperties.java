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

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.lift.autoconfigure.health.RecentCallsHealthProperties;

/**
 * The {@code liftRateLimitStore} health contributor and the rate-limit store's readiness signal.
 */
@ConfigurationProperties("lift.health.rate-limit-store")
public class LiftRateLimitStoreHealthProperties extends RecentCallsHealthProperties {

    /**
     * Health status while a fail-closed store is down (every call is refused); readiness is
     * then OUT_OF_SERVICE too. The store is down while its check fails or at least half of the
     * window's calls could not reach it.
     */
    private String downStatus = "DOWN";

    /**
     * Health status while a fail-open store is down (calls run without a limit).
     */
    private String failOpenDownStatus = "UP";

    public LiftRateLimitStoreHealthProperties() {
        super(5);
    }

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

}
