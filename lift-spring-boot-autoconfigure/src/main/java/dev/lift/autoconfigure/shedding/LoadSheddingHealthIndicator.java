package dev.lift.autoconfigure.shedding;

import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;

/**
 * {@code liftLoadShedding}: the configured shedding status while calls are being shed, {@code UP}
 * otherwise. Shedding protects the instance, so by default the status stays {@code UP}; hard
 * shedding takes the instance out of the readiness group instead ({@code liftReadiness}).
 */
final class LoadSheddingHealthIndicator implements LiftHealthIndicator {

    private final LoadSheddingState state;

    private final String sheddingStatus;

    LoadSheddingHealthIndicator(LoadSheddingState state, String sheddingStatus) {
        this.state = state;
        this.sheddingStatus = sheddingStatus;
    }

    @Override
    public LiftHealth health() {
        LoadSheddingState.Snapshot now = this.state.now();
        return new LiftHealth(now.shedding() ? this.sheddingStatus : LiftHealth.UP, now.toMap());
    }

}
