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

package dev.lift.autoconfigure.bulkhead;

import java.time.Duration;

import dev.lift.autoconfigure.resilience.PatternPreset;

/**
 * Starting points for the bulkhead's limits, chosen with {@code lift.bulkhead.preset}; explicit
 * properties override them.
 */
public enum BulkheadPreset implements PatternPreset<BulkheadSettings> {

    /** Global pool of 100, no tenant or operation level, fail fast. */
    BASIC(100, 0, 0, Duration.ZERO, false),

    /** Global pool of 100 and 10 per tenant, fail fast. */
    TENANT(100, 10, 0, Duration.ZERO, false),

    /** Global pool of 100 and 25 per operation, fail fast. */
    OPERATION(100, 0, 25, Duration.ZERO, false),

    /** Global pool of 100; calls wait up to 500ms, served by priority. */
    PRIORITY(100, 0, 0, Duration.ofMillis(500), true);

    private final int maxConcurrent;

    private final int tenantMaxConcurrent;

    private final int operationMaxConcurrent;

    private final Duration maxWait;

    private final boolean priorityOrdering;

    BulkheadPreset(int maxConcurrent, int tenantMaxConcurrent, int operationMaxConcurrent, Duration maxWait,
            boolean priorityOrdering) {
        this.maxConcurrent = maxConcurrent;
        this.tenantMaxConcurrent = tenantMaxConcurrent;
        this.operationMaxConcurrent = operationMaxConcurrent;
        this.maxWait = maxWait;
        this.priorityOrdering = priorityOrdering;
    }

    /** @return the global limit and the wait this preset sets */
    @Override
    public BulkheadSettings settings() {
        return new BulkheadSettings(this.maxConcurrent, this.maxWait);
    }

    /** @return the per-tenant limit this preset sets */
    public int tenantMaxConcurrent() {
        return this.tenantMaxConcurrent;
    }

    /** @return the per-operation limit this preset sets */
    public int operationMaxConcurrent() {
        return this.operationMaxConcurrent;
    }

    /** @return whether this preset serves waiters by priority */
    public boolean priorityOrdering() {
        return this.priorityOrdering;
    }

}
