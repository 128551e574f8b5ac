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

package dev.lift.bulkhead;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.ScopedInstances;

/**
 * Lift's hierarchical bulkhead: a call needs a permit at every configured level (its tenant's pool,
 * its operation's pool, the global pool) and waits for them at most the configured max-wait in total.
 *
 * <p>Levels are acquired in the fixed order of {@link BulkheadLevel}, so calls cannot deadlock; a
 * call that fails or is interrupted at one level gives back what it took at the levels before.
 * Each pool is a {@link PrioritySemaphore}: under saturation the next free permit goes to the waiter
 * with the highest {@link LiftContext#priority()}, first come first served within a priority.
 *
 * <p>Per-tenant and per-operation pools live in {@link ScopedInstances}, bounded and expiring, since
 * their keys come from outside. A pool evicted while calls hold or wait for its permits is set aside,
 * not dropped: the next call for its key takes it back, so a tenant keeps its limit however many
 * other tenants push it out of the bound. Set-aside pools are dropped as soon as they are idle, so
 * they number at most the calls in flight. (A call that looked its pool up just before an idle pool
 * was evicted may still take a permit of it while a successor pool serves the next calls: a window
 * of one lookup.) The global pool is never evicted.
 *
 * <p>Meters: gauges {@code lift.bulkhead.permits.available} and {@code lift.bulkhead.permits.in.use}
 * per pool (tags {@code level}, {@code name}; per-tenant pools only when configured), removed with the
 * pool, and the counter {@code lift.bulkhead.rejections} (tag {@code level}).
 */
public final class LiftBulkhead {

    /** The pattern part of instance names, and the filter's name. */
    public static final String PATTERN = "bulkhead";

    private static final PrioritySemaphore[] NO_PERMITS = new PrioritySemaphore[0];

    private final BulkheadConfig config;

    private final MeterRegistry meterRegistry;

    private final Map<BulkheadLevel, ScopedInstances<Pool>> pools = new EnumMap<>(BulkheadLevel.class);

    private final BulkheadLevel[] levels;

    /** The pools of {@link #levels}, index for index. */
    private final List<ScopedInstances<Pool>> levelPools;

    /**
     * @param config the settings
     * @param meterRegistry where to register the gauges, or {@code null} for no meters
     */
    public LiftBulkhead(BulkheadConfig config, MeterRegistry meterRegistry) {
        this.config = Objects.requireNonNull(config, "config");
        this.meterRegistry = meterRegistry;
        for (BulkheadLevel level : BulkheadLevel.values()) {
            if (config.hasLevel(level)) {
                Map<InstanceKey, Pool> setAside = new ConcurrentHashMap<>();
                this.pools.put(level, new ScopedInstances<>(level.scope(), config.maxTrackedKeys(), config.idleExpiry(),
                        (key) -> takeBackOrCreate(level, setAside, key), (key, pool) -> retire(setAside, key, pool)));
            }
        }
        this.levels = this.pools.keySet().toArray(new BulkheadLevel[0]);
        this.levelPools = List.copyOf(this.pools.values());
    }

    /**
     * Takes a permit at every level that applies to the call, waiting at most the operation's
     * max-wait in total, and never past the invocation's deadline.
     * @param context the call's context: tenant, operation, priority and deadline
     * @return the permits, to be closed when the call ends, however it ends
     * @throws LiftBulkheadFullException when a level has no permit in time; nothing is then held
     * @throws InterruptedException when interrupted while waiting; nothing is then held
     */
    public BulkheadPermits acquire(LiftContext context) throws InterruptedException {
        if (this.levels.length == 0) {
            return new BulkheadPermits(NO_PERMITS, 0);
        }
        int priority = this.config.priorityOrdering() ? context.priority() : LiftContext.DEFAULT_PRIORITY;
        PrioritySemaphore[] held = new PrioritySemaphore[this.levels.length];
        int count = 0;
        // The clock is read only once a level has no free permit: most calls never wait.
        long waitNanos = -1;
        long waitStart = 0;
        try {
            for (int i = 0; i < this.levels.length; i++) {
                Pool pool = this.levelPools.get(i).get(context);
                if (pool == null) {
                    continue;
                }
                if (!pool.permits.acquire(priority, 0)) {
                    if (waitNanos < 0) {
                        waitNanos = Math.min(this.config.maxWait(context).toNanos(),
                                Math.max(context.remainingNanos(), 0));
                        waitStart = System.nanoTime();
                    }
                    long left = waitNanos - (System.nanoTime() - waitStart);
                    if (!pool.permits.acquire(priority, left)) {
                        throw rejection(this.levels[i]);
                    }
                }
                held[count++] = pool.permits;
            }
        }
        catch (InterruptedException | RuntimeException ex) {
            BulkheadPermits.releaseHeld(held, count);
            throw ex;
        }
        return new BulkheadPermits(held, count);
    }

    /** @return the settings */
    public BulkheadConfig config() {
        return this.config;
    }

    /**
     * A snapshot of every live pool, level by level, for health and the actuator endpoint.
     * @return the pools' states
     */
    public List<BulkheadPoolState> poolStates() {
        List<BulkheadPoolState> states = new ArrayList<>();
        for (BulkheadLevel level : BulkheadLevel.values()) {
            pools(level).forEach((key, permits) -> states
                .add(new BulkheadPoolState(level, key, permits.limit(), permits.inUse(), permits.waiting())));
        }
        return states;
    }

    /**
     * @param level a level
     * @return the live pools of that level by key, empty when the level is off
     */
    Map<InstanceKey, PrioritySemaphore> pools(BulkheadLevel level) {
        ScopedInstances<Pool> instances = this.pools.get(level);
        if (instances == null) {
            return Map.of();
        }
        Map<InstanceKey, PrioritySemaphore> result = new HashMap<>();
        instances.snapshot().forEach((key, pool) -> result.put(key, pool.permits));
        return result;
    }

    /**
     * @param level a level
     * @return the live pool count of that level, after pending evictions
     */
    long poolCount(BulkheadLevel level) {
        ScopedInstances<Pool> instances = this.pools.get(level);
        return (instances != null) ? instances.size() : 0;
    }

    private LiftBulkheadFullException rejection(BulkheadLevel level) {
        if (this.meterRegistry != null) {
            this.meterRegistry.counter("lift.bulkhead.rejections", "pool", level.id()).increment();
        }
        return new LiftBulkheadFullException(level, this.config.rejectionStatus(), this.config.retryAfter());
    }

    private Pool takeBackOrCreate(BulkheadLevel level, Map<InstanceKey, Pool> setAside, InstanceKey key) {
        Pool busy = setAside.remove(key);
        dropIdle(setAside);
        return (busy != null) ? busy : createPool(level, key);
    }

    private static void retire(Map<InstanceKey, Pool> setAside, InstanceKey key, Pool pool) {
        dropIdle(setAside);
        if (pool.busy()) {
            setAside.put(key, pool);
        }
        else {
            pool.removeMeters();
        }
    }

    private static void dropIdle(Map<InstanceKey, Pool> setAside) {
        for (Map.Entry<InstanceKey, Pool> entry : setAside.entrySet()) {
            Pool pool = entry.getValue();
            // The conditional remove decides between dropping a pool here and taking it back for a call.
            if (!pool.busy() && setAside.remove(entry.getKey(), pool)) {
                pool.removeMeters();
            }
        }
    }

    private Pool createPool(BulkheadLevel level, InstanceKey key) {
        int limit = this.config.limit(level, key);
        if (limit == 0) {
            return null;
        }
        PrioritySemaphore permits = new PrioritySemaphore(limit);
        boolean metered = this.meterRegistry != null && (level != BulkheadLevel.TENANT || this.config.tenantMeters());
        if (!metered) {
            return new Pool(permits, List.of(), null);
        }
        String name = key.name(PATTERN);
        List<Meter> meters = new ArrayList<>(2);
        meters.add(Gauge.builder("lift.bulkhead.permits.available", permits, PrioritySemaphore::available)
            .description("Free permits of a bulkhead pool")
            .tags("pool", level.id(), "name", name)
            .register(this.meterRegistry));
        meters.add(Gauge.builder("lift.bulkhead.permits.in.use", permits, PrioritySemaphore::inUse)
            .description("Permits of a bulkhead pool held by running calls")
            .tags("pool", level.id(), "name", name)
            .register(this.meterRegistry));
        return new Pool(permits, meters, this.meterRegistry);
    }

    /** A pool with the meters to remove when it is evicted. */
    private record Pool(PrioritySemaphore permits, List<Meter> meters, MeterRegistry registry) {

        boolean busy() {
            return this.permits.inUse() > 0 || this.permits.waiting() > 0;
        }

        void removeMeters() {
            for (Meter meter : this.meters) {
                this.registry.remove(meter);
            }
        }

    }

}
