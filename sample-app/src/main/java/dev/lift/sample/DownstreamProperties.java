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

package dev.lift.sample;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sample's stand-in downstream service behaves.
 */
@ConfigurationProperties("sample.downstream")
public class DownstreamProperties {

    /**
     * How long each call takes.
     */
    private Duration latency = Duration.ofMillis(50);

    /**
     * Probability, from 0 to 1, that a call fails.
     */
    private double failureRate = 0.2;

    /**
     * Whether the service answers its health ping; false shows a dependency check going DOWN.
     */
    private boolean reachable = true;

    public Duration getLatency() {
        return this.latency;
    }

    public void setLatency(Duration latency) {
        this.latency = latency;
    }

    public double getFailureRate() {
        return this.failureRate;
    }

    public void setFailureRate(double failureRate) {
        this.failureRate = failureRate;
    }

    public boolean isReachable() {
        return this.reachable;
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

}
