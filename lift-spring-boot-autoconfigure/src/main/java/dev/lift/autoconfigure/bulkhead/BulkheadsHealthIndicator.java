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

package dev.lift.autoconfigure.bulkhead;

import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.bulkhead.BulkheadLevel;

/**
 * {@code liftBulkheads}: the configured saturated status while a global or per-operation pool is at
 * or above the saturation threshold, {@code UP} otherwise. A full bulkhead is back-pressure doing its
 * job, so by default the status stays {@code UP} and the details show the saturation.
 */
final class BulkheadsHealthIndicator implements LiftHealthIndicator {

    private final BulkheadStates states;

    private final double saturationThreshold;

    private final String saturatedStatus;

    private final boolean showTenants;

    BulkheadsHealthIndicator(BulkheadStates states, double saturationThreshold, String saturatedStatus,
            boolean showTenants) {
        this.states = states;
        this.saturationThreshold = saturationThreshold;
        this.saturatedStatus = saturatedStatus;
        this.showTenants = showTenants;
    }

    @Override
    public LiftHealth health() {
        boolean saturated = this.states.pools()
            .stream()
            .anyMatch((pool) -> pool.level() != BulkheadLevel.TENANT && pool.saturation() >= this.saturationThreshold);
        return new LiftHealth(saturated ? this.saturatedStatus : LiftHealth.UP, this.states.describe(this.showTenants));
    }

}
