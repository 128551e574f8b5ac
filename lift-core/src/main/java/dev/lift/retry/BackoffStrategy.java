package dev.lift.retry;

/** How the wait before each retry grows. */
public enum BackoffStrategy {

    /** The same wait before every retry: {@code initial}. */
    FIXED,

    /** A wait growing by {@code initial} each retry: {@code initial × n}, capped at the maximum. */
    LINEAR,

    /** A wait multiplied each retry: {@code initial × multiplier^(n-1)}, capped at the maximum. */
    EXPONENTIAL,

    /** A wait computed by a user's {@link io.github.resilience4j.core.IntervalBiFunction} bean. */
    CUSTOM

}
