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

package dev.lift.chain;

/**
 * The documented order of Lift's filters, outermost first. A user filter placed between two of them
 * takes a value in between, e.g. {@code BULKHEAD + 50} to run inside the bulkhead and outside the
 * circuit breaker.
 */
public final class LiftFilterOrder {

    /** Makes the {@code LiftContext} current on the thread and in the MDC. */
    public static final int CONTEXT = 100;

    /** Opens the invocation's span. */
    public static final int TRACING = 200;

    /** Log sampling and the invocation summary line. */
    public static final int LOGGING = 300;

    /** Per-invocation metrics and their flush. */
    public static final int METRICS = 400;

    /** Adaptive load shedding. */
    public static final int LOAD_SHEDDING = 500;

    /** Rate limiting. */
    public static final int RATE_LIMIT = 600;

    /** Bulkhead permits. */
    public static final int BULKHEAD = 700;

    /** Circuit breaker. */
    public static final int CIRCUIT_BREAKER = 800;

    /** Timeout, covering every retry attempt. */
    public static final int TIMEOUT = 900;

    /** Retry, innermost of Lift's patterns. */
    public static final int RETRY = 1000;

    /** Where a filter without an explicit order goes: inside every Lift pattern, next to the function. */
    public static final int USER_DEFAULT = 1100;

    private LiftFilterOrder() {
    }

}
