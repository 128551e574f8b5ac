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

import java.time.Duration;

import dev.lift.error.LiftRejectedException;

/**
 * A call found no free permit at one of the bulkhead's levels within the allowed wait. Becomes
 * HTTP 503 or 429 (as configured) with {@code Retry-After} when one is configured.
 */
public class LiftBulkheadFullException extends LiftRejectedException {

    private final BulkheadLevel level;

    /**
     * @param level the level that was full
     * @param status the HTTP status the rejection becomes
     * @param retryAfter when to try again, or {@code null}
     */
    public LiftBulkheadFullException(BulkheadLevel level, int status, Duration retryAfter) {
        super("The bulkhead has no free permit at the " + level.id() + " level", status, retryAfter, "bulkhead");
        this.level = level;
    }

    /** @return the level that was full */
    public BulkheadLevel level() {
        return this.level;
    }

    @Override
    public String code() {
        return "bulkhead-full";
    }

}
