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
import java.util.Objects;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.ScopedInstances;

/**
 * Lift's circuit breakers: one resilience4j {@link CircuitBreaker} per key (global, tenant,
 * operation or both, see {@link InstanceKeys}), registered in a {@link CircuitBreakerRegistry} under
 * the name {@code lift-circuit-breaker[:tenant=<id>][:op=<operation>]}, so that resilience4j's
 * actuator endpoints and Micrometer binders see them. The set is bounded; an evicted breaker is
 * removed from the registry, which makes the registry's meter binder drop its meters.
 *
 * <p>Every state change is logged once and handed to the {@link CircuitBreakerStateListener}. A change
 * is noticed by the call that causes it (a failure that opens the circuit, the first call after the
 * wait, the probe that closes it); a change made from outside calls (an automatic transition to
 * half-open, an operator forcing a state) is noticed by the next call through the breaker or the next
 * {@link #noticeStateChanges()}, whichever comes first.
 */
public final class ScopedCircuitBreakers {

    /** The pattern part of instance names. */
    public static final String PATTERN = "circuit-breaker";

    private static final Logger logger = LoggerFactory.getLogger(ScopedCircuitBreakers.class);

    private final CircuitBreakerRegistry registry;

    private final InstanceKeys keys;

    private final Function<InstanceKey, CircuitBreakerPolicy> policies;

    private final CircuitBreakerStateListener listener;

    private final ScopedInstances<ScopedCircuitBreaker> instances;

    /**
     * @param registry where the breakers are registered
     * @param keys which key a call belongs to
     * @param maxInstances the most keyed breakers alive at once
     * @param idleExpiry how long an unused breaker lives
     * @param policies the configuration and fallback of the breaker for a key
     * @param listener told about state transitions
     */
    public ScopedCircuitBreakers(CircuitBreakerRegistry registry, InstanceKeys keys, long maxInstances,
            Duration idleExpiry, Function<InstanceKey, CircuitBreakerPolicy> policies,
            CircuitBreakerStateListener listener) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.instances = new ScopedInstances<>(keys.scope(), maxInstances, idleExpiry, this::create,
                (key, breaker) -> registry.remove(breaker.circuitBreaker().getName()));
    }

    /**
     * The breaker serving a call, made on first use.
     * @param context the call's context
     * @return the breaker
     */
    ScopedCircuitBreaker forCall(LiftContext context) {
        return this.instances.get(this.keys.keyOf(context));
    }

    /**
     * The resilience4j breaker serving a call, for inspection (actuator, tests).
     * @param context the call's context
     * @return the breaker
     */
    public CircuitBreaker circuitBreaker(LiftContext context) {
        return forCall(context).circuitBreaker();
    }

    /** @return the number of live breakers */
    public long size() {
        return this.instances.size();
    }

    private ScopedCircuitBreaker create(InstanceKey key) {
        CircuitBreakerPolicy policy = this.policies.apply(key);
        String name = key.name(PATTERN);
        CircuitBreaker circuitBreaker = this.registry.circuitBreaker(name, policy.config());
        return new ScopedCircuitBreaker(circuitBreaker, policy.fallback(),
                (from, to) -> onStateChange(name, key, from, to));
    }

    /**
     * Looks at every live breaker for a state change made from outside calls, e.g. an automatic
     * transition to half-open or a state forced by an operator; health checks call it.
     */
    public void noticeStateChanges() {
        this.instances.snapshot().values().forEach(ScopedCircuitBreaker::noticeStateChange);
    }

    private void onStateChange(String name, InstanceKey key, CircuitBreaker.State from, CircuitBreaker.State to) {
        if (to == CircuitBreaker.State.OPEN) {
            logger.warn("Circuit breaker '{}' opened (from {})", name, from);
        }
        else {
            logger.info("Circuit breaker '{}' changed state from {} to {}", name, from, to);
        }
        this.listener.onStateChange(name, key, from, to);
    }

}
