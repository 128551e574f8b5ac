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
