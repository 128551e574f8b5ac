package dev.lift.error;

import java.time.Duration;

/**
 * A call shed because the function is overloaded: 503 with {@code Retry-After}. Shedding early keeps
 * the latency of admitted calls bounded instead of letting every call queue and time out.
 */
public class LiftLoadShedException extends LiftRejectedException {

    private final String strategy;

    /**
     * @param strategy the strategy that shed the call ({@code adaptive}, {@code priority}, {@code random})
     * @param retryAfter when a retry may succeed
     */
    public LiftLoadShedException(String strategy, Duration retryAfter) {
        super("Load shed by the '" + strategy + "' strategy", 503, retryAfter, "load-shedding");
        this.strategy = strategy;
    }

    @Override
    public String code() {
        return "load-shed";
    }

    /** @return the strategy that shed the call */
    public String strategy() {
        return this.strategy;
    }

}
