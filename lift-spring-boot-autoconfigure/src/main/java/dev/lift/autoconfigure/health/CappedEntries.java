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
import java.util.Map;

import dev.lift.autoconfigure.PropertyConstraints;

/**
 * Per-instance entries of a health or endpoint response, at most a configured number of them: an
 * instance per tenant could otherwise make a response as large as the tenant count. Entries beyond
 * the cap are counted under {@code omitted}.
 */
public final class CappedEntries {

    private final int max;

    private final Map<String, Object> entries = new LinkedHashMap<>();

    private int omitted;

    /**
     * @param max the most entries listed
     */
    public CappedEntries(int max) {
        this.max = max;
    }

    /**
     * @param properties the health properties
     * @return {@code lift.health.max-detail-entries}, checked
     */
    public static int configuredMax(LiftHealthProperties properties) {
        int max = properties.getMaxDetailEntries();
        PropertyConstraints.atLeast("lift.health.max-detail-entries", max, 0);
        return max;
    }

    /**
     * @param name the entry's name
     * @param value its value
     */
    public void add(String name, Object value) {
        if (this.entries.size() < this.max) {
            this.entries.put(name, value);
        }
        else {
            this.omitted++;
        }
    }

    /** @return the entries, with an {@code omitted} count when some did not fit */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>(this.entries);
        if (this.omitted > 0) {
            map.put("omitted", this.omitted);
        }
        return map;
    }

}
