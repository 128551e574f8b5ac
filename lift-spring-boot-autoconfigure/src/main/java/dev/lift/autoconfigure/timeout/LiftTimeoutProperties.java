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

package dev.lift.autoconfigure.timeout;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a call may run before Lift interrupts it and answers 504: a timeout per operation (from
 * the preset unless set), always capped by the invocation deadline minus a safety margin.
 */
@ConfigurationProperties("lift.timeout")
public class LiftTimeoutProperties {

    /**
     * Whether calls are interrupted when they run past their timeout.
     */
    private boolean enabled = false;

    /**
     * Where the default timeout comes from when unset: "fast" (1s), "standard" (10s), "slow" (60s) or
     * "deadline" (no timeout of its own: only the invocation deadline minus the safety margin).
     */
    private TimeoutPreset preset = TimeoutPreset.STANDARD;

    /**
     * Timeout of operations without their own; 0 for none (the deadline cap still applies). Unset:
     * from the preset.
     */
    private Duration defaultTimeout;

    /**
     * How long before the invocation deadline (Lambda's remaining time, or lift.web.deadline over
     * HTTP) a call is interrupted at the latest, leaving time to answer with a clean error before
     * Lambda stops the function.
     */
    private Duration lambdaSafetyMargin = Duration.ofMillis(250);

    /**
     * Settings of one operation (function), by operation name.
     */
    private Map<String, TimeoutSettings> operations = new LinkedHashMap<>();

    /**
     * Settings of one tenant, by tenant id; they win over the operation's.
     */
    private Map<String, TimeoutSettings> tenants = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public TimeoutPreset getPreset() {
        return this.preset;
    }

    public void setPreset(TimeoutPreset preset) {
        this.preset = preset;
    }

    public Duration getDefaultTimeout() {
        return this.defaultTimeout;
    }

    public void setDefaultTimeout(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    public Duration getLambdaSafetyMargin() {
        return this.lambdaSafetyMargin;
    }

    public void setLambdaSafetyMargin(Duration lambdaSafetyMargin) {
        this.lambdaSafetyMargin = lambdaSafetyMargin;
    }

    public Map<String, TimeoutSettings> getOperations() {
        return this.operations;
    }

    public void setOperations(Map<String, TimeoutSettings> operations) {
        this.operations = operations;
    }

    public Map<String, TimeoutSettings> getTenants() {
        return this.tenants;
    }

    public void setTenants(Map<String, TimeoutSettings> tenants) {
        this.tenants = tenants;
    }

}
