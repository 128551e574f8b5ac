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

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import dev.lift.instances.InstanceKey;

/**
 * Told about every state change of a Lift circuit breaker, once per change, on the thread that
 * noticed it: the call that caused it, or the next call or health check for a change made from
 * outside calls (see {@link ScopedCircuitBreakers}). Keep it quick: it usually runs inside a call.
 */
@FunctionalInterface
public interface CircuitBreakerStateListener {

    /** A listener that does nothing. */
    CircuitBreakerStateListener NONE = (instanceName, key, from, to) -> {
    };

    /**
     * @param instanceName the instance name, e.g. {@code lift-circuit-breaker:tenant=acme}
     * @param key the tenant and operation the instance serves
     * @param from the state the breaker was last seen in
     * @param to the state it is in now
     */
    void onStateChange(String instanceName, InstanceKey key, CircuitBreaker.State from, CircuitBreaker.State to);

}
