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
 * Timeouts of their own for some tenants, in front of another calculator: a tenant's timeout wins
 * over its operation's, as a tenant's override wins over an operation's in every pattern.
 */
public final class TenantTimeoutCalculator implements LiftTimeoutCalculator {

    private final Map<String, Duration> tenantTimeouts;

    private final LiftTimeoutCalculator others;

    /**
     * @param tenantTimeouts timeouts by tenant id, zero for none
     * @param others the calculator of calls whose tenant has no timeout of its own
     */
    public TenantTimeoutCalculator(Map<String, Duration> tenantTimeouts, LiftTimeoutCalculator others) {
        this.tenantTimeouts = Map.copyOf(tenantTimeouts);
        this.others = Objects.requireNonNull(others, "others");
    }

    @Override
    public Duration timeout(LiftContext context) {
        Duration timeout = context.hasTenant() ? this.tenantTimeouts.get(context.tenantId()) : null;
        return (timeout != null) ? timeout : this.others.timeout(context);
    }

}
