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

package dev.lift.instances;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import dev.lift.context.LiftContext;

/**
 * The instances of one pattern (circuit breakers, bulkheads, rate limiters...) for one scope.
 * Keys come from untrusted input, so the set is bounded: at most {@code maxInstances} live at once
 * (Caffeine's size eviction), and idle ones expire. An evicted or expired instance is handed to the
 * removal callback at once (on the calling thread), so the pattern can remove it from its registry
 * and drop its meters: nothing is left behind.
 *
 * <p>The callback runs inside the removal's atomic operation on that key: a call that needs the same
 * key again waits for it and then gets a fresh instance, so a registry never ends up holding an
 * instance this set has dropped, or this set one the registry has dropped.
 *
 * <p>Idle expiry reads no clock on a lookup. Reading one costs about as much as the rest of the
 * lookup (and Caffeine's own expiry reads it on every access), so a lookup only marks its instance
 * with the current <em>period</em>, a number that a sample of the lookups (one in
 * {@value #CHECK_ONE_IN}, and every miss) moves on once an eighth of the idle expiry has passed. An
 * instance marked with period {@code p} was last used before period {@code p + 1} began; once that
 * is longer ago than the idle expiry, it expires. A quiet function moves its periods rarely: its
 * instances then live longer than the idle expiry, never shorter.
 *
 * <p>Calls are keyed by the scope ({@link #get(LiftContext)}) or by a key the pattern computed itself,
 * e.g. with {@link InstanceKeys} ({@link #get(InstanceKey)}).
 *
 * @param <T> the instance type
 */
public final class ScopedInstances<T> {

    static final int CHECK_ONE_IN = 64;

    private final InstanceScope scope;

    private final T global;

    private final Cache<InstanceKey, Held<T>> instances;

    private final Function<InstanceKey, Held<T>> factory;

    private final BiConsumer<InstanceKey, T> onRemoval;

    private final LongSupplier nanoClock;

    private final long idleNanos;

    private final long periodNanos;

    private volatile long period;

    private volatile long periodStart;

    private final AtomicBoolean expiring = new AtomicBoolean();

    // Where each period that can still matter began: {period, start}. Touched only under "expiring".
    private final ArrayDeque<long[]> periodStarts = new ArrayDeque<>();

    // The cut of the last sweep: instances used before it are gone. Touched only under "expiring".
    private long sweptBefore = -1;

    /**
     * @param scope what to keep one instance per
     * @param maxInstances the most keyed instances alive at once (the global instance is not counted)
     * @param idleExpiry how long an unused instance lives
     * @param factory makes the instance for a key
     * @param onRemoval called with each evicted or expired instance, inside the removal
     */
    public ScopedInstances(InstanceScope scope, long maxInstances, Duration idleExpiry,
            Function<InstanceKey, T> factory, BiConsumer<InstanceKey, T> onRemoval) {
        this(scope, maxInstances, idleExpiry, factory, onRemoval, System::nanoTime);
    }

    ScopedInstances(InstanceScope scope, long maxInstances, Duration idleExpiry, Function<InstanceKey, T> factory,
            BiConsumer<InstanceKey, T> onRemoval, LongSupplier nanoClock) {
        this.scope = Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(factory, "factory");
        this.onRemoval = Objects.requireNonNull(onRemoval, "onRemoval");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.idleNanos = idleExpiry.toNanos();
        this.periodNanos = Math.max(this.idleNanos / 8, 1);
        this.periodStart = nanoClock.getAsLong();
        this.periodStarts.add(new long[] { 0, this.periodStart });
        this.factory = (key) -> {
            T instance = factory.apply(key);
            // No instance for this key (the factory's choice): nothing is kept, as with Caffeine's get.
            return (instance != null) ? new Held<>(instance, this.period) : null;
        };
        this.global = (scope == InstanceScope.GLOBAL) ? factory.apply(InstanceKey.GLOBAL) : null;
        // Also for the global scope: a pattern may give overridden tenants or operations their own keys.
        this.instances = Caffeine.newBuilder()
            .maximumSize(maxInstances)
            .executor(Runnable::run)
            .evictionListener((InstanceKey key, Held<T> held, RemovalCause cause) -> {
                if (key != null && held != null) {
                    onRemoval.accept(key, held.instance);
                }
            })
            .build();
    }

    /**
     * The instance serving a call, made on first use.
     * @param context the call's context
     * @return the instance
     */
    public T get(LiftContext context) {
        if (this.global != null) {
            return this.global;
        }
        return lookUp(InstanceKey.of(this.scope, context));
    }

    /**
     * The instance for a key, made on first use. The global key always yields the same instance.
     * @param key the key
     * @return the instance
     */
    public T get(InstanceKey key) {
        if (this.global != null && InstanceKey.GLOBAL.equals(key)) {
            return this.global;
        }
        return lookUp(key);
    }

    private T lookUp(InstanceKey key) {
        Held<T> held = this.instances.getIfPresent(key);
        if (held == null) {
            held = this.instances.get(key, this.factory);
            expireIdle(this.nanoClock.getAsLong(), false);
            if (held == null) {
                return null;
            }
        }
        else if (ThreadLocalRandom.current().nextInt(CHECK_ONE_IN) == 0) {
            expireIdle(this.nanoClock.getAsLong(), false);
        }
        held.usedIn(this.period);
        return held.instance;
    }

    /** @return the scope */
    public InstanceScope scope() {
        return this.scope;
    }

    /** @return the number of live instances, after pending evictions and expiries have run */
    public long size() {
        expireIdle(this.nanoClock.getAsLong(), true);
        this.instances.cleanUp();
        return this.instances.estimatedSize() + ((this.global != null) ? 1 : 0);
    }

    /** @return a snapshot of the live instances by key */
    public Map<InstanceKey, T> snapshot() {
        Map<InstanceKey, T> snapshot = new HashMap<>();
        this.instances.asMap().forEach((key, held) -> snapshot.put(key, held.instance));
        if (this.global != null) {
            snapshot.put(InstanceKey.GLOBAL, this.global);
        }
        return Map.copyOf(snapshot);
    }

    /**
     * Moves on to a new period once the current one is long enough (or when asked to), and removes
     * the instances last used in a period that ended more than the idle expiry ago.
     */
    private void expireIdle(long now, boolean always) {
        if ((!always && now - this.periodStart < this.periodNanos) || !this.expiring.compareAndSet(false, true)) {
            return;
        }
        try {
            long next = this.period + 1;
            this.periodStarts.addLast(new long[] { next, now });
            this.periodStart = now;
            this.period = next;
            // The newest period that began at least the idle expiry ago: whatever was last used before
            // it has been idle that long.
            long[] cut = null;
            while (!this.periodStarts.isEmpty() && now - this.periodStarts.peekFirst()[1] >= this.idleNanos) {
                cut = this.periodStarts.pollFirst();
            }
            if (cut != null) {
                this.periodStarts.addFirst(cut);
                // Every instance is stamped with a period at or after the last cut: until the cut moves
                // on, a sweep would find nothing.
                if (cut[0] > this.sweptBefore) {
                    removeUsedBefore(cut[0]);
                    this.sweptBefore = cut[0];
                }
            }
        }
        finally {
            this.expiring.set(false);
        }
    }

    private void removeUsedBefore(long cut) {
        for (InstanceKey key : this.instances.asMap().keySet()) {
            this.instances.asMap().computeIfPresent(key, (k, held) -> {
                if (held.lastPeriod >= cut) {
                    return held;
                }
                this.onRemoval.accept(k, held.instance);
                return null;
            });
        }
    }

    /** An instance and the last period it was used in. */
    private static final class Held<T> {

        final T instance;

        volatile long lastPeriod;

        Held(T instance, long period) {
            this.instance = instance;
            this.lastPeriod = period;
        }

        void usedIn(long period) {
            // Written once a period, not on every call: no cache line bouncing between the cores.
            if (this.lastPeriod != period) {
                this.lastPeriod = period;
            }
        }

    }

}
