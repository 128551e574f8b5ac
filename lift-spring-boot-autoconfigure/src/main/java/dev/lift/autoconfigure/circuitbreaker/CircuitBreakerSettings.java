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

package dev.lift.autoconfigure.circuitbreaker;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

import dev.lift.autoconfigure.resilience.PatternSettings;

/**
 * Circuit breaker settings, at the top level ("lift.circuit-breaker.*") and in each override
 * ({@code lift.circuit-breaker.operations.<name>.*}, {@code lift.circuit-breaker.tenants.<id>.*}).
 * Unset values come from the layer below (see {@link PatternSettings}); names follow resilience4j's.
 */
public class CircuitBreakerSettings extends PatternSettings {

    /**
     * Whether the window counts the last N calls ("count-based") or the calls of the last N
     * seconds ("time-based"). resilience4j's default: count-based.
     */
    private SlidingWindowType slidingWindowType;

    /**
     * Size of the sliding window: calls (count-based) or seconds (time-based). resilience4j's
     * default: 100.
     */
    private Integer slidingWindowSize;

    /**
     * Calls the window needs before a failure or slow-call rate is computed. At most
     * sliding-window-size with a count-based window. resilience4j's default: 100.
     */
    private Integer minimumNumberOfCalls;

    /**
     * Failure rate, in percent, at or above which the circuit opens. resilience4j's default: 50.
     */
    private Float failureRateThreshold;

    /**
     * Slow-call rate, in percent, at or above which the circuit opens. resilience4j's default: 100.
     */
    private Float slowCallRateThreshold;

    /**
     * Duration above which a call counts as slow. resilience4j's default: 60s.
     */
    private Duration slowCallDurationThreshold;

    /**
     * How long the circuit stays open before it lets probes through. resilience4j's default: 60s.
     */
    private Duration waitDurationInOpenState;

    /**
     * Probe calls a half-open circuit lets through before deciding to close or reopen. resilience4j's
     * default: 10.
     */
    private Integer permittedNumberOfCallsInHalfOpenState;

    /**
     * Exceptions that count as failures (and their subclasses); unset: every exception not ignored.
     */
    private List<Class<? extends Throwable>> recordExceptions;

    /**
     * Exceptions that count neither as failure nor as success (and their subclasses).
     */
    private List<Class<? extends Throwable>> ignoreExceptions;

    /**
     * HTTP statuses of results that count as failures, as codes or classes ("503", "5xx").
     * Applies to results carrying a status (API Gateway responses, messages with a status). Default:
     * 5xx; an empty list counts no result as failure.
     */
    private List<String> recordStatuses;

    /**
     * Name of a "LiftFallback" bean that answers calls when the circuit is open or the call
     * failed. Unset: no fallback, callers get the failure or a 503.
     */
    private String fallback;

    public SlidingWindowType getSlidingWindowType() {
        return this.slidingWindowType;
    }

    public void setSlidingWindowType(SlidingWindowType slidingWindowType) {
        this.slidingWindowType = slidingWindowType;
    }

    public Integer getSlidingWindowSize() {
        return this.slidingWindowSize;
    }

    public void setSlidingWindowSize(Integer slidingWindowSize) {
        this.slidingWindowSize = slidingWindowSize;
    }

    public Integer getMinimumNumberOfCalls() {
        return this.minimumNumberOfCalls;
    }

    public void setMinimumNumberOfCalls(Integer minimumNumberOfCalls) {
        this.minimumNumberOfCalls = minimumNumberOfCalls;
    }

    public Float getFailureRateThreshold() {
        return this.failureRateThreshold;
    }

    public void setFailureRateThreshold(Float failureRateThreshold) {
        this.failureRateThreshold = failureRateThreshold;
    }

    public Float getSlowCallRateThreshold() {
        return this.slowCallRateThreshold;
    }

    public void setSlowCallRateThreshold(Float slowCallRateThreshold) {
        this.slowCallRateThreshold = slowCallRateThreshold;
    }

    public Duration getSlowCallDurationThreshold() {
        return this.slowCallDurationThreshold;
    }

    public void setSlowCallDurationThreshold(Duration slowCallDurationThreshold) {
        this.slowCallDurationThreshold = slowCallDurationThreshold;
    }

    public Duration getWaitDurationInOpenState() {
        return this.waitDurationInOpenState;
    }

    public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
        this.waitDurationInOpenState = waitDurationInOpenState;
    }

    public Integer getPermittedNumberOfCallsInHalfOpenState() {
        return this.permittedNumberOfCallsInHalfOpenState;
    }

    public void setPermittedNumberOfCallsInHalfOpenState(Integer permittedNumberOfCallsInHalfOpenState) {
        this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
    }

    public List<Class<? extends Throwable>> getRecordExceptions() {
        return this.recordExceptions;
    }

    public void setRecordExceptions(List<Class<? extends Throwable>> recordExceptions) {
        this.recordExceptions = recordExceptions;
    }

    public List<Class<? extends Throwable>> getIgnoreExceptions() {
        return this.ignoreExceptions;
    }

    public void setIgnoreExceptions(List<Class<? extends Throwable>> ignoreExceptions) {
        this.ignoreExceptions = ignoreExceptions;
    }

    public List<String> getRecordStatuses() {
        return this.recordStatuses;
    }

    public void setRecordStatuses(List<String> recordStatuses) {
        this.recordStatuses = recordStatuses;
    }

    public String getFallback() {
        return this.fallback;
    }

    public void setFallback(String fallback) {
        this.fallback = fallback;
    }

}
