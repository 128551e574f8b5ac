package dev.lift.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Whether Lift wants the instance to take traffic: {@code OUT_OF_SERVICE} while any
 * {@link ReadinessSignal} says no (shedding hard, a fail-closed rate-limit store down), {@code UP}
 * otherwise. It joins the readiness group; liveness never includes it.
 */
final class LiftReadinessHealthIndicator implements HealthIndicator {

    private final List<ReadinessSignal> signals;

    LiftReadinessHealthIndicator(List<ReadinessSignal> signals) {
        this.signals = List.copyOf(signals);
    }

    @Override
    public Health health() {
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (ReadinessSignal signal : this.signals) {
            String reason = signal.notReadyReason();
            if (reason != null) {
                reasons.put(signal.name(), reason);
            }
        }
        return reasons.isEmpty() ? Health.up().build() : Health.outOfService().withDetails(reasons).build();
    }

}
