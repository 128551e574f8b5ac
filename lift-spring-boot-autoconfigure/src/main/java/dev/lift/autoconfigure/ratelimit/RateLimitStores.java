package dev.lift.autoconfigure.ratelimit;

import dev.lift.ratelimit.RateLimitRules;
import dev.lift.ratelimit.RateLimitStore;

/**
 * Makes the store of one limit (the scoped one, the global ceiling) where
 * {@code lift.rate-limit.store} says calls are counted.
 */
@FunctionalInterface
interface RateLimitStores {

    /**
     * @param name what the store counts, e.g. {@code tenant}
     * @param rules its scope and limits
     * @return the store
     */
    RateLimitStore create(String name, RateLimitRules rules);

}
