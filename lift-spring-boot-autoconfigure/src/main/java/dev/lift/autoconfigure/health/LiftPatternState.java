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

/**
 * The live state of one Lift pattern (limits, permits in use, circuit states...), shown in the
 * pattern's health details and by the {@code lift} actuator endpoint.
 */
public interface LiftPatternState {

    /**
     * The pattern, as its filter is named in the chain, e.g. {@code circuit-breaker}.
     * @return the pattern's name
     */
    String pattern();

    /**
     * The state now. Per-instance entries are capped ({@code lift.health.max-detail-entries}); those
     * that name a tenant are left out unless {@code showTenants}.
     * @param showTenants whether entries may name tenants
     * @return the state, ready to be written as JSON
     */
    Map<String, Object> describe(boolean showTenants);

}
