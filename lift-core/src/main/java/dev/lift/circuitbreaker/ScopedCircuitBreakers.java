package dev.lift.circuitbreaker;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
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
 * removed from the registry, which makes resilience4j's binder drop its meters.
 *
 * <p>Every state transition is logged once and handed to the {@link CircuitBreakerStateListener}.
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
        ScopedCircuitBreaker breaker = new ScopedCircuitBreaker(circuitBreaker, policy.fallback());
        circuitBreaker.getEventPublisher().onStateTransition((event) -> onTransition(key, breaker, event));
        return breaker;
    }

    private void onTransition(InstanceKey key, ScopedCircuitBreaker breaker, CircuitBreakerOnStateTransitionEvent event) {
        CircuitBreaker.StateTransition transition = event.getStateTransition();
        if (transition.getToState() == CircuitBreaker.State.OPEN) {
            breaker.opened();
            logger.warn("Circuit breaker '{}' opened ({})", event.getCircuitBreakerName(), transition);
        }
        else {
            logger.info("Circuit breaker '{}' changed state ({})", event.getCircuitBreakerName(), transition);
        }
        this.listener.onStateTransition(event.getCircuitBreakerName(), key, transition);
    }

}
