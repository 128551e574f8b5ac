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

import java.time.Duration;

import dev.lift.error.LiftRejectedException;

/**
 * The circuit breaker serving a call is open (or half-open with every probe taken): the call was not
 * made. Becomes HTTP 503 with {@code Retry-After} set to the time the circuit stays open.
 */
public class LiftCircuitOpenException extends LiftRejectedException {

    private final String instanceName;

    /**
     * @param instanceName the name of the circuit breaker instance that refused the call
     * @param retryAfter when the circuit lets calls through again, or {@code null} when unknown
     */
    public LiftCircuitOpenException(String instanceName, Duration retryAfter) {
        // The instance name may hold a tenant id: it stays out of the message callers see.
        super("The circuit breaker is open: calls are not permitted for now", 503, retryAfter,
                LiftCircuitBreakerFilter.NAME);
        this.instanceName = instanceName;
    }

    /** @return the name of the circuit breaker instance that refused the call */
    public String instanceName() {
        return this.instanceName;
    }

    @Override
    public String code() {
        return "circuit-open";
    }

}
