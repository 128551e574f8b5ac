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

package dev.lift.autoconfigure.bulkhead;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftBulkheads} health contributor.
 */
@ConfigurationProperties("lift.health.bulkheads")
public class LiftBulkheadHealthProperties {

    /**
     * Share of a global or per-operation pool's permits in use, from 0 to 1, at which the pool
     * counts as saturated. Per-tenant pools are shown but never change the status: one busy
     * tenant is what they are for.
     */
    private double saturationThreshold = 1.0;

    /**
     * Health status while a global or per-operation pool is saturated.
     */
    private String saturatedStatus = "UP";

    public double getSaturationThreshold() {
        return this.saturationThreshold;
    }

    public void setSaturationThreshold(double saturationThreshold) {
        this.saturationThreshold = saturationThreshold;
    }

    public String getSaturatedStatus() {
        return this.saturatedStatus;
    }

    public void setSaturatedStatus(String saturatedStatus) {
        this.saturatedStatus = saturatedStatus;
    }

}
