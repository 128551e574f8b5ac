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

package dev.lift.circuitbreaker;

import java.util.Objects;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * What one circuit breaker instance runs with: its resilience4j configuration (thresholds, windows,
 * what counts as failure, including results with a failure status) and its fallback.
 *
 * @param config the resilience4j configuration
 * @param fallback the fallback, or {@code null} for none
 */
public record CircuitBreakerPolicy(CircuitBreakerConfig config, LiftFallback fallback) {

    /**
     * @param config the resilience4j configuration
     * @param fallback the fallback, or {@code null} for none
     */
    public CircuitBreakerPolicy {
        Objects.requireNonNull(config, "config");
    }

}
