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
