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

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks incidents of an unavailable rate-limit store, so that an outage is logged once when it starts
 * and once when it ends, not once per call: a store down under load would otherwise flood the logs
 * with the same line thousands of times a second.
 */
final class StoreOutage {

    private static final Logger logger = LoggerFactory.getLogger(StoreOutage.class);

    private final FailurePolicy policy;

    private final AtomicBoolean down = new AtomicBoolean();

    private final LongAdder failedCalls = new LongAdder();

    private final LongAdder incidents = new LongAdder();

    StoreOutage(FailurePolicy policy) {
        this.policy = policy;
    }

    void failed(RateLimitStore store, RateLimitStoreException ex) {
        this.failedCalls.increment();
        if (!this.down.get() && this.down.compareAndSet(false, true)) {
            this.incidents.increment();
            logger.warn("Rate-limit store '{}' is unavailable; calls {} until it answers again: {}", store.name(),
                    (this.policy == FailurePolicy.FAIL_OPEN) ? "run without a limit" : "are rejected",
                    ex.getMessage());
        }
    }

    void answered(RateLimitStore store) {
        // A plain read first keeps the healthy path free of writes to shared memory.
        if (this.down.get() && this.down.compareAndSet(true, false)) {
            logger.info("Rate-limit store '{}' answers again", store.name());
        }
    }

    long failedCalls() {
        return this.failedCalls.sum();
    }

    long incidents() {
        return this.incidents.sum();
    }

}
