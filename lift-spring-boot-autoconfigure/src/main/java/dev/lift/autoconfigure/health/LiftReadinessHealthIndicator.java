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

package dev.lift.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether Lift wants the instance to take traffic: {@code OUT_OF_SERVICE} while any
 * {@link ReadinessSignal} says no (shedding hard, a fail-closed rate-limit store down), {@code UP}
 * otherwise. It joins the readiness group; liveness never includes it.
 */
final class LiftReadinessHealthIndicator implements LiftHealthIndicator {

    private final List<ReadinessSignal> signals;

    LiftReadinessHealthIndicator(List<ReadinessSignal> signals) {
        this.signals = List.copyOf(signals);
    }

    @Override
    public LiftHealth health() {
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (ReadinessSignal signal : this.signals) {
            String reason = signal.notReadyReason();
            if (reason != null) {
                reasons.put(signal.name(), reason);
            }
        }
        return reasons.isEmpty() ? LiftHealth.up(reasons) : new LiftHealth(LiftHealth.OUT_OF_SERVICE, reasons);
    }

}
