package dev.lift.autoconfigure.health;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lift.autoconfigure.health.CircuitBreakerStates.Breaker;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code liftCircuitBreakers}: {@code UP} unless a critical breaker is open
 * ({@code lift.health.circuit-breakers.critical-operations}), then the configured open status. An
 * open circuit is a downstream's trouble, so by default no operation is critical: the details show
 * it, the instance stays in service.
 */
final class CircuitBreakersHealthIndicator implements HealthIndicator {

    private final CircuitBreakerStates states;

    private final Set<String> criticalOperations;

    private final Status openStatus;

    private final boolean showTenants;

    CircuitBreakersHealthIndicator(CircuitBreakerStates states, List<String> criticalOperations, Status openStatus,
            boolean showTenants) {
        this.states = states;
        this.criticalOperations = Set.copyOf(criticalOperations);
        this.openStatus = openStatus;
        this.showTenants = showTenants;
    }

    @Override
    public Health health() {
        long criticalOpen = this.states.breakers()
            .stream()
            .filter((breaker) -> breaker.open() && critical(breaker))
            .count();
        Map<String, Object> details = this.states.describe(this.showTenants);
        Health.Builder health = (criticalOpen > 0) ? Health.status(this.openStatus) : Health.up();
        return health.withDetails(details).withDetail("criticalOpen", criticalOpen).build();
    }

    private boolean critical(Breaker breaker) {
        return this.criticalOperations.contains("*")
                || (breaker.operation() != null && this.criticalOperations.contains(breaker.operation()));
    }

}
