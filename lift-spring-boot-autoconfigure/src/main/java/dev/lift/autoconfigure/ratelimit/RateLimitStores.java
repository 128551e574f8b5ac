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
