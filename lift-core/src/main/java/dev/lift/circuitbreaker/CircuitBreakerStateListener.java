package dev.lift.circuitbreaker;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import dev.lift.instances.InstanceKey;

/**
 * Told about every state transition of a Lift circuit breaker, once per transition, on the thread
 * that caused it. Keep it quick: it runs inside a call.
 */
@FunctionalInterface
public interface CircuitBreakerStateListener {

    /** A listener that does nothing. */
    CircuitBreakerStateListener NONE = (instanceName, key, transition) -> {
    };

    /**
     * @param instanceName the instance name, e.g. {@code lift-circuit-breaker:tenant=acme}
     * @param key the tenant and operation the instance serves
     * @param transition the transition
     */
    void onStateTransition(String instanceName, InstanceKey key, CircuitBreaker.StateTransition transition);

}
