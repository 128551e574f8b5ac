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

package dev.lift.bulkhead;

import java.util.Objects;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;

/**
 * Runs each call inside the permits of a {@link LiftBulkhead}: takes them before the rest of the chain
 * and gives them back when it ends, however it ends (result, exception, timeout, interruption). A
 * call that gets no permit in time is rejected with {@link LiftBulkheadFullException} and recorded as
 * rejected by this filter.
 */
public final class BulkheadFilter implements LiftFilter {

    private final LiftBulkhead bulkhead;

    /**
     * @param bulkhead the permits
     */
    public BulkheadFilter(LiftBulkhead bulkhead) {
        this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        BulkheadPermits permits;
        try {
            permits = this.bulkhead.acquire(invocation.context());
        }
        catch (LiftBulkheadFullException ex) {
            invocation.rejectedBy(name());
            throw ex;
        }
        try (permits) {
            return chain.proceed(invocation);
        }
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.BULKHEAD;
    }

    @Override
    public String name() {
        return LiftBulkhead.PATTERN;
    }

    /** @return the bulkhead */
    public LiftBulkhead bulkhead() {
        return this.bulkhead;
    }

}
