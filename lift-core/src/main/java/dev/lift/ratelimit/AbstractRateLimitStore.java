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

import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * What every store that counts by {@link RateLimitRules} shares: the name of what it counts, and the
 * limit of a call, which is its key's limit under the rules. Subclasses count the calls.
 */
public abstract class AbstractRateLimitStore implements RateLimitStore {

    private final String name;

    /** Which key a call is counted under, and that key's limit. */
    protected final RateLimitRules rules;

    /**
     * @param name what this store counts, e.g. {@code tenant}
     * @param rules the scope and the limits
     */
    protected AbstractRateLimitStore(String name, RateLimitRules rules) {
        this.name = Objects.requireNonNull(name, "name");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public String name() {
        return this.name;
    }

    @Override
    public RateLimit limitFor(LiftContext context) {
        return this.rules.apply(this.rules.keyOf(context));
    }

}
