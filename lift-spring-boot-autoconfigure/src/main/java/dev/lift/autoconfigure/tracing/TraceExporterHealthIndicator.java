package dev.lift.autoconfigure.tracing;

import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;

/**
 * {@code liftTracing}: the configured dropping status while spans were dropped recently,
 * {@code UP} otherwise. An unreachable daemon never fails a call, so by default it never changes the
 * status either; the details show the drops.
 */
final class TraceExporterHealthIndicator implements LiftHealthIndicator {

    private final TraceExporterState state;

    private final String droppingStatus;

    TraceExporterHealthIndicator(TraceExporterState state, String droppingStatus) {
        this.state = state;
        this.droppingStatus = droppingStatus;
    }

    @Override
    public LiftHealth health() {
        TraceExporterState.Snapshot now = this.state.now();
        return new LiftHealth((now.recentDropped() > 0) ? this.droppingStatus : LiftHealth.UP, now.toMap());
    }

}
