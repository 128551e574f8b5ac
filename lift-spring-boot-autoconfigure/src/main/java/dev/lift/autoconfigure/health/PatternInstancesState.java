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

/**
 * The state of a pattern that keeps an instance per scope, tenant or operation (circuit breakers,
 * bulkhead pools): its name, and the cap on the per-instance entries it lists
 * ({@code lift.health.max-detail-entries}), as the number of instances grows with the tenants.
 */
public abstract class PatternInstancesState implements LiftPatternState {

    private final String pattern;

    private final int maxEntries;

    /**
     * @param pattern the pattern, as its filter is named in the chain
     * @param maxEntries the most per-instance entries listed
     */
    protected PatternInstancesState(String pattern, int maxEntries) {
        this.pattern = pattern;
        this.maxEntries = maxEntries;
    }

    @Override
    public final String pattern() {
        return this.pattern;
    }

    /** @return an empty list of per-instance entries, capped */
    protected final CappedEntries instanceEntries() {
        return new CappedEntries(this.maxEntries);
    }

}
