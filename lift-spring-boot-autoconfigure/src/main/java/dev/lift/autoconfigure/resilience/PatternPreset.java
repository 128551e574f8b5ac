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

package dev.lift.autoconfigure.resilience;

import dev.lift.instances.InstanceScope;

/**
 * Ready-made settings of a pattern, chosen with {@code lift.<pattern>.preset}: the lowest layer of
 * {@link PatternOverrides}, under every property set explicitly. A preset may also choose the scope
 * the pattern keeps its instances by.
 *
 * @param <S> the pattern's settings type
 */
public interface PatternPreset<S> {

    /** @return the settings the preset sets; unset values fall through to the pattern's defaults */
    S settings();

    /** @return the scope the preset selects, or {@code null} to leave the pattern's default */
    default InstanceScope scope() {
        return null;
    }

    /**
     * The scope in effect: the one set with {@code lift.<pattern>.scope}, else the preset's, else the
     * pattern's default.
     * @param scope the scope set, or {@code null}
     * @param preset the preset chosen, or {@code null}
     * @param patternDefault the pattern's default scope
     * @return the scope
     */
    static InstanceScope scope(InstanceScope scope, PatternPreset<?> preset, InstanceScope patternDefault) {
        if (scope != null) {
            return scope;
        }
        return (preset != null && preset.scope() != null) ? preset.scope() : patternDefault;
    }

}
