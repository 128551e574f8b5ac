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

package dev.lift.autoconfigure.retry;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.lift.instances.InstanceScope;

/**
 * Configuration of Lift's retry ("lift.retry.*"). The settings inherited from
 * {@link RetrySettings} apply to every retry instance; {@code operations.<name>} and
 * {@code tenants.<id>} override them for one operation or tenant.
 */
@ConfigurationProperties("lift.retry")
public class LiftRetryProperties extends RetrySettings {

    /**
     * Whether failed attempts are retried.
     */
    private boolean enabled;

    /**
     * What to keep one retry instance (and retry budget) per: global, tenant, operation or
     * tenant-operation.
     */
    private InstanceScope scope = InstanceScope.GLOBAL;

    /**
     * Ready-made settings to start from: basic, http, database or custom. Unset: resilience4j's
     * defaults (or the base configuration).
     */
    private RetryPreset preset;

    /**
     * Time kept free before the invocation deadline (Lambda's remaining time): no retry starts whose
     * wait would end later, so the function still answers before it is killed.
     */
    private Duration safetyMargin = Duration.ofMillis(50);

    /**
     * Retry budget: retries limited to a share of recent calls.
     */
    private final Budget budget = new Budget();

    /**
     * Settings for one operation (function), by operation name. The operation gets its own instance.
     */
    private final Map<String, RetrySettings> operations = new LinkedHashMap<>();

    /**
     * Settings for one tenant, by tenant id. The tenant gets its own instance.
     */
    private final Map<String, RetrySettings> tenants = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public InstanceScope getScope() {
        return this.scope;
    }

    public void setScope(InstanceScope scope) {
        this.scope = scope;
    }

    public RetryPreset getPreset() {
        return this.preset;
    }

    public void setPreset(RetryPreset preset) {
        this.preset = preset;
    }

    public Duration getSafetyMargin() {
        return this.safetyMargin;
    }

    public void setSafetyMargin(Duration safetyMargin) {
        this.safetyMargin = safetyMargin;
    }

    public Budget getBudget() {
        return this.budget;
    }

    public Map<String, RetrySettings> getOperations() {
        return this.operations;
    }

    public Map<String, RetrySettings> getTenants() {
        return this.tenants;
    }

    /**
     * The retry budget of each instance: a retry is allowed while
     * "min-retries-per-second × window + percent/100 × calls − retries ≥ 1", counting the calls
     * and retries of the last "window".
     */
    public static class Budget {

        /**
         * Whether retries are limited by a budget.
         */
        private boolean enabled = true;

        /**
         * Retries allowed as a percentage of recent calls, from 0 to 1000.
         */
        private double percent = 20;

        /**
         * Retries allowed per second however few the calls, so that a quiet function can still retry.
         */
        private int minRetriesPerSecond = 10;

        /**
         * How long calls and retries count towards the budget.
         */
        private Duration window = Duration.ofSeconds(10);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public double getPercent() {
            return this.percent;
        }

        public void setPercent(double percent) {
            this.percent = percent;
        }

        public int getMinRetriesPerSecond() {
            return this.minRetriesPerSecond;
        }

        public void setMinRetriesPerSecond(int minRetriesPerSecond) {
            this.minRetriesPerSecond = minRetriesPerSecond;
        }

        public Duration getWindow() {
            return this.window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }

    }

}
