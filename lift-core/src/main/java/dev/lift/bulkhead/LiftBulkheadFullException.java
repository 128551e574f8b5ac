package dev.lift.bulkhead;

import java.time.Duration;

import dev.lift.error.LiftRejectedException;

/**
 * A call found no free permit at one of the bulkhead's levels within the allowed wait. Becomes
 * HTTP 503 or 429 (as configured) with {@code Retry-After} when one is configured.
 */
public class LiftBulkheadFullException extends LiftRejectedException {

    private final BulkheadLevel level;

    /**
     * @param level the level that was full
     * @param status the HTTP status the rejection becomes
     * @param retryAfter when to try again, or {@code null}
     */
    public LiftBulkheadFullException(BulkheadLevel level, int status, Duration retryAfter) {
        super("The bulkhead has no free permit at the " + level.id() + " level", status, retryAfter, "bulkhead");
        this.level = level;
    }

    /** @return the level that was full */
    public BulkheadLevel level() {
        return this.level;
    }

    @Override
    public String code() {
        return "bulkhead-full";
    }

}
