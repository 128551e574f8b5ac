package dev.lift.circuitbreaker;

import dev.lift.chain.Invocation;

/**
 * Answers a call in place of the function when its circuit breaker is open or the call failed: a
 * cached value, a default, a degraded answer. Configured per operation.
 */
@FunctionalInterface
public interface LiftFallback {

    /**
     * Produces the answer for a call that could not be served.
     * @param invocation the call
     * @param cause why: a {@link LiftCircuitOpenException} when the circuit refused the call, the
     *     exception the call threw, or a
     *     {@link io.github.resilience4j.circuitbreaker.ResultRecordedAsFailureException} holding a
     *     result counted as a failure (a 5xx status)
     * @return the answer
     * @throws Exception to fail the call after all (rethrowing {@code cause} is fine)
     */
    Object fallback(Invocation invocation, Throwable cause) throws Exception;

}
