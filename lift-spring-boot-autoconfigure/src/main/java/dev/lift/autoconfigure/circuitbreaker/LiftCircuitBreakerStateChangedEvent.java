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

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.context.ApplicationEvent;

import dev.lift.instances.InstanceKey;

/**
 * A Lift circuit breaker changed state. Published once per change, on the thread of the call that
 * caused it (or, for a change made from outside calls, of the next call or health check that noticed
 * it); listen with {@code @EventListener}.
 */
public class LiftCircuitBreakerStateChangedEvent extends ApplicationEvent {

    private final InstanceKey key;

    private final CircuitBreaker.State fromState;

    private final CircuitBreaker.State toState;

    /**
     * @param instanceName the breaker's instance name (the event's source)
     * @param key the tenant and operation the breaker serves
     * @param fromState the state the breaker was last seen in
     * @param toState the state it is in now
     */
    public LiftCircuitBreakerStateChangedEvent(String instanceName, InstanceKey key, CircuitBreaker.State fromState,
            CircuitBreaker.State toState) {
        super(instanceName);
        this.key = key;
        this.fromState = fromState;
        this.toState = toState;
    }

    /** @return the breaker's instance name, e.g. {@code lift-circuit-breaker:tenant=acme} */
    public String getInstanceName() {
        return (String) getSource();
    }

    /** @return the tenant the breaker serves, or {@code null} when it serves all tenants */
    public String getTenant() {
        return this.key.tenant();
    }

    /** @return the operation the breaker serves, or {@code null} when it serves all operations */
    public String getOperation() {
        return this.key.operation();
    }

    /** @return the state before */
    public CircuitBreaker.State getFromState() {
        return this.fromState;
    }

    /** @return the state after */
    public CircuitBreaker.State getToState() {
        return this.toState;
    }

}
