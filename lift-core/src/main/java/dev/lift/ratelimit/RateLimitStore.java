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
