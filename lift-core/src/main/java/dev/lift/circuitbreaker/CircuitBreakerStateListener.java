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
