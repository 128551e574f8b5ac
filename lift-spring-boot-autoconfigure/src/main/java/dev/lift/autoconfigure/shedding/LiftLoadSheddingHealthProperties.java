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

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.lift.autoconfigure.health.RecentCallsHealthProperties;

/**
 * The {@code liftLoadShedding} health contributor and load shedding's readiness signal.
 */
@ConfigurationProperties("lift.health.load-shedding")
public class LiftLoadSheddingHealthProperties extends RecentCallsHealthProperties {

    /**
     * Recent share of calls shed, from 0 to 1, at which load shedding is "hard": readiness goes
     * OUT_OF_SERVICE until it drops below.
     */
    private double hardShedRatio = 0.5;

    /**
     * Health status while calls are being shed at all.
     */
    private String sheddingStatus = "UP";

    public LiftLoadSheddingHealthProperties() {
        super(20);
    }

    public double getHardShedRatio() {
        return this.hardShedRatio;
    }

    public void setHardShedRatio(double hardShedRatio) {
        this.hardShedRatio = hardShedRatio;
    }

    public String getSheddingStatus() {
        return this.sheddingStatus;
    }

    public void setSheddingStatus(String sheddingStatus) {
        this.sheddingStatus = sheddingStatus;
    }

}
