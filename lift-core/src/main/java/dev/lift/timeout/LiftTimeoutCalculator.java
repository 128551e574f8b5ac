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

package dev.lift.timeout;

import java.time.Duration;
import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * Decides how long a call may run, from its context (operation, tenant, priority, attributes).
 * Declare a bean of this type to replace the configured per-operation timeouts. Whatever it answers,
 * the {@link TimeoutFilter} caps it by the invocation deadline minus the safety margin.
 */
@FunctionalInterface
public interface LiftTimeoutCalculator {

    /**
     * @param context the call's context
     * @return how long the call may run; {@code null} or zero for no timeout of its own (the deadline
     *     cap still applies)
     */
    Duration timeout(LiftContext context);

    /**
     * @param timeout the timeout of every call, zero for none
     * @return a calculator answering the same timeout for every call
     */
    static LiftTimeoutCalculator fixed(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return (context) -> timeout;
    }

}
