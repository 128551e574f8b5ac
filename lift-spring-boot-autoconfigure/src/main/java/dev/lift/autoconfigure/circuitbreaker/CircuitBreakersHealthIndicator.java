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

package dev.lift.autoconfigure.circuitbreaker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lift.autoconfigure.circuitbreaker.CircuitBreakerStates.Breaker;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;

/**
 * {@code liftCircuitBreakers}: {@code UP} unless a critical breaker is open
 * ({@code lift.health.circuit-breakers.critical-operations}), then the configured open status. An
 * open circuit is a downstream's trouble, so by default no operation is critical: the details show
 * it, the instance stays in service.
 */
final class CircuitBreakersHealthIndicator implements LiftHealthIndicator {

    private final CircuitBreakerStates states;

    private final Set<String> criticalOperations;

    private final String openStatus;

    private final boolean showTenants;

    CircuitBreakersHealthIndicator(CircuitBreakerStates states, List<String> criticalOperations, String openStatus,
            boolean showTenants) {
        this.states = states;
        this.criticalOperations = Set.copyOf(criticalOperations);
        this.openStatus = openStatus;
        this.showTenants = showTenants;
    }

    @Override
    public LiftHealth health() {
        long criticalOpen = this.states.breakers()
            .stream()
            .filter((breaker) -> breaker.open() && critical(breaker))
            .count();
        Map<String, Object> details = new LinkedHashMap<>(this.states.describe(this.showTenants));
        details.put("criticalOpen", criticalOpen);
        return new LiftHealth((criticalOpen > 0) ? this.openStatus : LiftHealth.UP, details);
    }

    private boolean critical(Breaker breaker) {
        return this.criticalOperations.contains("*")
                || (breaker.operation() != null && this.criticalOperations.contains(breaker.operation()));
    }

}
