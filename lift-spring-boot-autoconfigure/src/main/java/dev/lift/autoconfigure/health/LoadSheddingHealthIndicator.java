package dev.lift.autoconfigure.health;

import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code liftLoadShedding}: the configured shedding status while calls are being shed, {@code UP}
 * otherwise. Shedding protects the instance, so by default the status stays {@code UP}; hard
 * shedding takes the instance out of the readiness group instead ({@code liftReadiness}).
 */
final class LoadSheddingHealthIndicator implements HealthIndicator {

    private final LoadSheddingState state;

    private final Status sheddingStatus;

    LoadSheddingHealthIndicator(LoadSheddingState state, Status sheddingStatus) {
        this.state = state;
        this.sheddingStatus = sheddingStatus;
    }

    @Override
    public Health health() {
        Map<String, Object> details = this.state.describe(false);
        boolean shedding = Boolean.TRUE.equals(details.get("shedding"));
        return (shedding ? Health.status(this.sheddingStatus) : Health.up()).withDetails(details).build();
    }

}
