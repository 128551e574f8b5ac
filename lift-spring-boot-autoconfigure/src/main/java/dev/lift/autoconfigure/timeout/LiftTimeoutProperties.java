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
    private Preset preset = Preset.STANDARD;

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
    private Map<String, Operation> operations = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Preset getPreset() {
        return this.preset;
    }

    public void setPreset(Preset preset) {
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

    public Map<String, Operation> getOperations() {
        return this.operations;
    }

    public void setOperations(Map<String, Operation> operations) {
        this.operations = operations;
    }

    /**
     * Settings of one operation.
     */
    public static class Operation {

        /**
         * Timeout of this operation; 0 for none of its own (the deadline cap still applies).
         */
        private Duration timeout;

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

    }

    /**
     * Starting points for the default timeout, by how much work a call does; explicit properties
     * override them.
     */
    public enum Preset {

        /** 1s: lookups, validations, calls answered from a cache. */
        FAST(Duration.ofSeconds(1)),

        /** 10s: a few calls to databases or other services. */
        STANDARD(Duration.ofSeconds(10)),

        /** 60s: reports, batch steps, large files. */
        SLOW(Duration.ofSeconds(60)),

        /** No timeout of its own: only the invocation deadline minus the safety margin. */
        DEADLINE(Duration.ZERO);

        private final Duration defaultTimeout;

        Preset(Duration defaultTimeout) {
            this.defaultTimeout = defaultTimeout;
        }

        /** @return the default timeout this preset sets, zero for none */
        public Duration defaultTimeout() {
            return this.defaultTimeout;
        }

    }

}
