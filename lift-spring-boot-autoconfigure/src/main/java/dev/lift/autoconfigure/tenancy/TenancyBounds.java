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

package dev.lift.autoconfigure.tenancy;

import java.time.Duration;

import dev.lift.autoconfigure.PropertyConstraints;

/**
 * How many per-key instances a pattern keeps and for how long: {@code lift.tenancy.max-tracked-tenants}
 * and {@code lift.tenancy.tracked-tenant-idle-expiry}. Keys come from untrusted input, so every
 * pattern with per-tenant or per-operation instances is bounded by these.
 *
 * @param maxTrackedTenants the most keyed instances a pattern keeps at once
 * @param idleExpiry how long an unused instance lives
 */
public record TenancyBounds(long maxTrackedTenants, Duration idleExpiry) {

    /**
     * @param maxTrackedTenants the most keyed instances a pattern keeps at once
     * @param idleExpiry how long an unused instance lives
     */
    public TenancyBounds {
        PropertyConstraints.atLeast("lift.tenancy.max-tracked-tenants", maxTrackedTenants, 1);
        PropertyConstraints.positive("lift.tenancy.tracked-tenant-idle-expiry", idleExpiry, "15m");
    }

    /**
     * @param tenancy the tenancy properties
     * @return their bounds
     */
    public static TenancyBounds of(LiftTenancyProperties tenancy) {
        return new TenancyBounds(tenancy.getMaxTrackedTenants(), tenancy.getTrackedTenantIdleExpiry());
    }

}
