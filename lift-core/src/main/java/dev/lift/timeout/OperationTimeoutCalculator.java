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
import java.util.Map;
import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * The configured calculator: a timeout per operation, else a default.
 */
public final class OperationTimeoutCalculator implements LiftTimeoutCalculator {

    private final Duration defaultTimeout;

    private final Map<String, Duration> operationTimeouts;

    /**
     * @param defaultTimeout the timeout of operations without their own, zero for none
     * @param operationTimeouts timeouts by operation name, zero for none
     */
    public OperationTimeoutCalculator(Duration defaultTimeout, Map<String, Duration> operationTimeouts) {
        this.defaultTimeout = Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        this.operationTimeouts = Map.copyOf(operationTimeouts);
    }

    @Override
    public Duration timeout(LiftContext context) {
        return this.operationTimeouts.getOrDefault(context.operation(), this.defaultTimeout);
    }

}
