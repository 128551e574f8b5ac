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

package dev.lift.autoconfigure.bulkhead;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lift.autoconfigure.health.CappedEntries;
import dev.lift.autoconfigure.health.PatternInstancesState;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.BulkheadPoolState;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.instances.InstanceKey;

/**
 * The state of Lift's bulkhead: per level (global, operation, tenant) the pools, their highest
 * saturation and the calls waiting, and the pools themselves, busiest first, capped.
 */
final class BulkheadStates extends PatternInstancesState {

    private final LiftBulkhead bulkhead;

    BulkheadStates(LiftBulkhead bulkhead, int maxEntries) {
        super(LiftBulkhead.PATTERN, maxEntries);
        this.bulkhead = bulkhead;
    }

    @Override
    public Map<String, Object> describe(boolean showTenants) {
        return describe(pools(), showTenants);
    }

    /**
     * @param pools the pools, as {@link #pools()} read them
     * @param showTenants whether entries may name tenants
     * @return the state of those pools
     */
    Map<String, Object> describe(List<BulkheadPoolState> pools, boolean showTenants) {
        Map<String, Object> levels = new LinkedHashMap<>();
        for (BulkheadLevel level : BulkheadLevel.values()) {
            List<BulkheadPoolState> ofLevel = pools.stream().filter((pool) -> pool.level() == level).toList();
            if (ofLevel.isEmpty()) {
                continue;
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("pools", ofLevel.size());
            summary.put("maxSaturation", ofLevel.stream().mapToDouble(BulkheadPoolState::saturation).max().orElse(0));
            summary.put("saturatedPools", ofLevel.stream().filter((pool) -> pool.inUse() >= pool.limit()).count());
            summary.put("waiting", ofLevel.stream().mapToInt(BulkheadPoolState::waiting).sum());
            CappedEntries entries = instanceEntries();
            if (level != BulkheadLevel.TENANT || showTenants) {
                ofLevel.stream()
                    .sorted(Comparator.comparingDouble(BulkheadPoolState::saturation).reversed())
                    .forEach((pool) -> entries.add(name(pool.key()), describe(pool)));
                summary.put("instances", entries.toMap());
            }
            levels.put(level.name().toLowerCase(Locale.ROOT), summary);
        }
        return Map.of("levels", levels);
    }

    /** @return the live pools now */
    List<BulkheadPoolState> pools() {
        return this.bulkhead.poolStates();
    }

    /**
     * @param pools the pools
     * @param threshold the saturation at which a pool counts as saturated
     * @return whether a global or per-operation pool (not a tenant's) is at or above the threshold
     */
    static boolean saturated(List<BulkheadPoolState> pools, double threshold) {
        return pools.stream()
            .anyMatch((pool) -> pool.level() != BulkheadLevel.TENANT && pool.saturation() >= threshold);
    }

    private static Map<String, Object> describe(BulkheadPoolState pool) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("limit", pool.limit());
        entry.put("inUse", pool.inUse());
        entry.put("waiting", pool.waiting());
        entry.put("saturation", pool.saturation());
        return entry;
    }

    private static String name(InstanceKey key) {
        String name = key.name(LiftBulkhead.PATTERN);
        String global = InstanceKey.GLOBAL.name(LiftBulkhead.PATTERN);
        return name.equals(global) ? "global" : name.substring(global.length() + 1);
    }

}
