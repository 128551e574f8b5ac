package dev.lift.ratelimit;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceScope;

/**
 * Which limit applies to each instance of a scope: a tenant's override when the key has a tenant with
 * one, else an operation's override when the key has an operation with one, else the default. A
 * tenant's own contract is more specific than an operation's, hence that order.
 *
 * @param scope what one limit counts calls of (global, per tenant, per operation, or both)
 * @param defaultLimit the limit of keys without an override
 * @param tenants per-tenant overrides, by tenant id
 * @param operations per-operation overrides, by operation name
 */
public record RateLimitRules(InstanceScope scope, RateLimit defaultLimit, Map<String, RateLimit> tenants,
        Map<String, RateLimit> operations) implements Function<InstanceKey, RateLimit> {

    /**
     * Copies the overrides.
     * @param scope the scope
     * @param defaultLimit the default limit
     * @param tenants per-tenant overrides
     * @param operations per-operation overrides
     */
    public RateLimitRules {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(defaultLimit, "defaultLimit");
        tenants = Map.copyOf(tenants);
        operations = Map.copyOf(operations);
    }

    /**
     * A single limit for every key of a scope.
     * @param scope the scope
     * @param limit the limit
     * @return the rules
     */
    public static RateLimitRules of(InstanceScope scope, RateLimit limit) {
        return new RateLimitRules(scope, limit, Map.of(), Map.of());
    }

    /**
     * The limit for one key.
     * @param key the key, made by {@link InstanceKey#of(InstanceScope, dev.lift.context.LiftContext)} with this scope
     * @return its limit
     */
    @Override
    public RateLimit apply(InstanceKey key) {
        RateLimit limit = (key.tenant() != null) ? this.tenants.get(key.tenant()) : null;
        if (limit == null && key.operation() != null) {
            limit = this.operations.get(key.operation());
        }
        return (limit != null) ? limit : this.defaultLimit;
    }

}
