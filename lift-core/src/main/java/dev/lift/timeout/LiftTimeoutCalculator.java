package dev.lift.timeout;

import java.time.Duration;
import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * Decides how long a call may run, from its context (operation, tenant, priority, attributes).
 * Declare a bean of this type to replace the configured per-operation timeouts. Whatever it answers,
 * the {@link TimeoutFilter} caps it by the invocation deadline minus the safety margin.
 */
@FunctionalInterface
public interface LiftTimeoutCalculator {

    /**
     * @param context the call's context
     * @return how long the call may run; {@code null} or zero for no timeout of its own (the deadline
     *     cap still applies)
     */
    Duration timeout(LiftContext context);

    /**
     * @param timeout the timeout of every call, zero for none
     * @return a calculator answering the same timeout for every call
     */
    static LiftTimeoutCalculator fixed(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return (context) -> timeout;
    }

}
