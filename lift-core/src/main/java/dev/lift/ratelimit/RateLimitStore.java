package dev.lift.ratelimit;

import dev.lift.context.LiftContext;

/**
 * Counts calls against one kind of limit (e.g. per tenant) and decides whether a call is within it.
 * Implementations are thread-safe; one call is one {@link #tryAcquire} and takes one permit if allowed.
 */
public interface RateLimitStore {

    /**
     * Takes a permit for a call if its limit allows it.
     * @param context the call's context, which selects the counted key and its limit
     * @return the decision
     * @throws RateLimitStoreException when the store cannot answer (down, slow, throttled)
     */
    RateLimitDecision tryAcquire(LiftContext context);

    /**
     * The limit that applies to a call, without counting it; used to describe a rejection when the
     * store cannot answer.
     * @param context the call's context
     * @return its limit
     */
    RateLimit limitFor(LiftContext context);

    /**
     * A short name of what this store counts, used in the {@code RateLimit-Policy} header and in
     * logs, e.g. {@code tenant} or {@code global}.
     * @return the name
     */
    String name();

}
