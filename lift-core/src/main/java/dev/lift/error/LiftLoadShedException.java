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

package dev.lift.error;

import java.time.Duration;

/**
 * A call shed because the function is overloaded: 503 with {@code Retry-After}. Shedding early keeps
 * the latency of admitted calls bounded instead of letting every call queue and time out.
 */
public class LiftLoadShedException extends LiftRejectedException {

    private final String strategy;

    /**
     * @param strategy the strategy that shed the call ({@code adaptive}, {@code priority}, {@code random})
     * @param retryAfter when a retry may succeed
     */
    public LiftLoadShedException(String strategy, Duration retryAfter) {
        super("Load shed by the '" + strategy + "' strategy", 503, retryAfter, "load-shedding");
        this.strategy = strategy;
    }

    @Override
    public String code() {
        return "load-shed";
    }

    /** @return the strategy that shed the call */
    public String strategy() {
        return this.strategy;
    }

}
