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

package dev.lift.autoconfigure.logging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Structured logs, debug sampling and the invocation summary line.
 */
@ConfigurationProperties("lift.logging")
public class LiftLoggingProperties {

    /**
     * Whether Lift's per-invocation logging (debug sampling, invocation summary) is on.
     */
    private boolean enabled = true;

    /**
     * Whether console logs use Lift's JSON format by default. Unset: on Lambda only. A
     * 'logging.structured.format.console' of the application's own always wins.
     */
    private Boolean structured;

    /**
     * Share of invocations, from 0 to 1, whose DEBUG lines are logged whatever the configured level.
     */
    private double sampleRate = 0;

    /**
     * Whether to log one line per invocation with its duration, outcome and the pattern that
     * rejected it, if any.
     */
    private boolean invocationSummary = false;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getStructured() {
        return this.structured;
    }

    public void setStructured(Boolean structured) {
        this.structured = structured;
    }

    public double getSampleRate() {
        return this.sampleRate;
    }

    public void setSampleRate(double sampleRate) {
        this.sampleRate = sampleRate;
    }

    public boolean isInvocationSummary() {
        return this.invocationSummary;
    }

    public void setInvocationSummary(boolean invocationSummary) {
        this.invocationSummary = invocationSummary;
    }

}
