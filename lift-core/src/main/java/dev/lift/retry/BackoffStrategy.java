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

package dev.lift.retry;

/** How the wait before each retry grows. */
public enum BackoffStrategy {

    /** The same wait before every retry: {@code initial}. */
    FIXED,

    /** A wait growing by {@code initial} each retry: {@code initial × n}, capped at the maximum. */
    LINEAR,

    /** A wait multiplied each retry: {@code initial × multiplier^(n-1)}, capped at the maximum. */
    EXPONENTIAL,

    /** A wait computed by a user's {@link io.github.resilience4j.core.IntervalBiFunction} bean. */
    CUSTOM

}
