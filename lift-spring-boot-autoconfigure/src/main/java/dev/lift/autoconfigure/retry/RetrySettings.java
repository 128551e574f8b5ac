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
import java.util.List;

import dev.lift.autoconfigure.resilience.PatternSettings;
import dev.lift.retry.BackoffStrategy;

/**
 * Retry settings, at the top level ("lift.retry.*") and in each override
 * ({@code lift.retry.operations.<name>.*}, {@code lift.retry.tenants.<id>.*}). Unset values come from
 * the layer below (see {@link PatternSettings}).
 */
public class RetrySettings extends PatternSettings {

    /**
     * Attempts in all, the first one included. resilience4j's default: 3.
     */
    private Integer maxAttempts;

    /**
     * How the wait between attempts grows: fixed, linear, exponential or custom. Unset while no other
     * backoff property is set: the base configuration's waits (resilience4j's default: a fixed 500ms).
     * Unset while another backoff property is set: fixed.
     */
    private BackoffStrategy strategy;

    /**
     * Wait before the first retry; linear waits grow by it. Default: 500ms.
     */
    private Duration initialDelay;

    /**
     * Longest wait between attempts, before jitter (linear and exponential). Default: 30s.
     */
    private Duration maxDelay;

    /**
     * Growth factor of exponential waits, 1 or more. Default: 1.5.
     */
    private Double multiplier;

    /**
     * Random spread of each wait, from 0 (none) to 1: a wait w becomes a random value between
     * w × (1 − jitter) and w × (1 + jitter). Default: 0.
     */
    private Double jitter;

    /**
     * Name of the bean computing waits for the custom strategy: a resilience4j "IntervalFunction"
     * (retry number to milliseconds) or "IntervalBiFunction" (also given the failure).
     */
    private String customBackoff;

    /**
     * Exceptions worth retrying (and their subclasses); unset: every exception not ignored.
     */
    private List<Class<? extends Throwable>> retryExceptions;

    /**
     * Exceptions never retried (and their subclasses).
     */
    private List<Class<? extends Throwable>> ignoreExceptions;

    /**
     * HTTP statuses of results worth retrying, as codes or classes ("503", "5xx"). Default:
     * none.
     */
    private List<String> retryStatuses;

    /**
     * HTTP statuses never retried, taken out of "retry-statuses" (e.g. "501" from
     * "5xx").
     */
    private List<String> ignoreStatuses;

    public Integer getMaxAttempts() {
        return this.maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public BackoffStrategy getStrategy() {
        return this.strategy;
    }

    public void setStrategy(BackoffStrategy strategy) {
        this.strategy = strategy;
    }

    public Duration getInitialDelay() {
        return this.initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    public Duration getMaxDelay() {
        return this.maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    public Double getMultiplier() {
        return this.multiplier;
    }

    public void setMultiplier(Double multiplier) {
        this.multiplier = multiplier;
    }

    public Double getJitter() {
        return this.jitter;
    }

    public void setJitter(Double jitter) {
        this.jitter = jitter;
    }

    public String getCustomBackoff() {
        return this.customBackoff;
    }

    public void setCustomBackoff(String customBackoff) {
        this.customBackoff = customBackoff;
    }

    public List<Class<? extends Throwable>> getRetryExceptions() {
        return this.retryExceptions;
    }

    public void setRetryExceptions(List<Class<? extends Throwable>> retryExceptions) {
        this.retryExceptions = retryExceptions;
    }

    public List<Class<? extends Throwable>> getIgnoreExceptions() {
        return this.ignoreExceptions;
    }

    public void setIgnoreExceptions(List<Class<? extends Throwable>> ignoreExceptions) {
        this.ignoreExceptions = ignoreExceptions;
    }

    public List<String> getRetryStatuses() {
        return this.retryStatuses;
    }

    public void setRetryStatuses(List<String> retryStatuses) {
        this.retryStatuses = retryStatuses;
    }

    public List<String> getIgnoreStatuses() {
        return this.ignoreStatuses;
    }

    public void setIgnoreStatuses(List<String> ignoreStatuses) {
        this.ignoreStatuses = ignoreStatuses;
    }

}
