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

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A health indicator in Lift's own terms: Spring Boot shows it as one health component.
 */
@FunctionalInterface
public non-sealed interface LiftHealthIndicator extends LiftHealthContributor {

    /** @return the health now */
    LiftHealth health();

    /**
     * The health of a pattern from its state: the pattern's configured status while the state says it
     * is degraded (shedding, saturated, dropping spans...), {@code UP} otherwise, with the state's
     * details. The state is read once per health call, so status and details agree.
     * @param <S> the state's type, e.g. a snapshot of counters
     * @param state reads the state now
     * @param degraded whether the state is degraded
     * @param degradedStatus the status while it is, from the pattern's {@code lift.health.*} property
     * @param details the state's details
     * @return the indicator
     */
    static <S> LiftHealthIndicator ofState(Supplier<? extends S> state, Predicate<? super S> degraded,
            String degradedStatus, Function<? super S, Map<String, Object>> details) {
        return () -> {
            S now = state.get();
            return new LiftHealth(degraded.test(now) ? degradedStatus : LiftHealth.UP, details.apply(now));
        };
    }

}
