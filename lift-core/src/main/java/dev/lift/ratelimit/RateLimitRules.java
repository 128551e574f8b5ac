/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.ratelimit;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

/**
 * Which key a call is counted under, and that key's limit. Keys follow {@link InstanceKeys}: the
 * scope, plus a key of its own for each tenant or operation with an override, whatever the scope.
 * The limits are resolved before the first call (the auto-configuration resolves each combination of
 * overrides at start-up), so counting a call only looks its limit up.
 */
public final class RateLimitRules implements Function<InstanceKey, RateLimit> {

    private final InstanceKeys keys;

    private final Function<InstanceKey, RateLimit> limits;

    /**
     * @param keys which key a call is counted under
     * @param limits the limit of each key
     */
    public RateLimitRules(InstanceKeys keys, Function<InstanceKey, RateLimit> limits) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Whole-limit overrides: the tenant's override when the key has a tenant with one, else the
     * operation's override when the key has an operation with one, else the default, the order in
     * which every pattern's overrides apply.
     * @param scope what one limit counts calls of (global, per tenant, per operation, or both)
     * @param defaultLimit the limit of keys without an override
     * @param tenants per-tenant overrides, by tenant id
     * @param operations per-operation overrides, by operation name
     */
    public RateLimitRules(InstanceScope scope, RateLimit defaultLimit, Map<String, RateLimit> tenants,
            Map<String, RateLimit> operations) {
        this(new InstanceKeys(scope, tenants.keySet(), operations.keySet()),
                overridden(Objects.requireNonNull(defaultLimit, "defaultLimit"), Map.copyOf(tenants),
                        Map.copyOf(operations)));
    }

    private static Function<InstanceKey, RateLimit> overridden(RateLimit defaultLimit, Map<String, RateLimit> tenants,
            Map<String, RateLimit> operations) {
        return (key) -> {
            RateLimit limit = (key.tenant() != null) ? tenants.get(key.tenant()) : null;
            if (limit == null && key.operation() != null) {
                limit = operations.get(key.operation());
            }
            return (limit != null) ? limit : defaultLimit;
        };
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

    /** @return what one limit counts calls of, before overrides */
    public InstanceScope scope() {
        return this.keys.scope();
    }

    /**
     * The key a call is counted under.
     * @param context the call's context
     * @return its key
     */
    public InstanceKey keyOf(LiftContext context) {
        return this.keys.keyOf(context);
    }

    /**
     * The limit for one key.
     * @param key the key, from {@link #keyOf(LiftContext)}
     * @return its limit
     */
    @Override
    public RateLimit apply(InstanceKey key) {
        return this.limits.apply(key);
    }

}
