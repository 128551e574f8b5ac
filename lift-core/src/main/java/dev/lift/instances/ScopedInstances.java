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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import dev.lift.context.LiftContext;

/**
 * The instances of one pattern (circuit breakers, bulkheads, rate limiters...) for one scope.
 * Keys come from untrusted input, so the set is bounded: at most {@code maxInstances} live at once,
 * least recently used first out, and idle ones expire. An evicted instance is handed to the removal
 * callback at once (on the evicting thread), so the pattern can remove it from its registry and drop
 * its meters: nothing is left behind.
 *
 * <p>The callback runs inside the eviction's atomic operation on that key: a call that needs the same
 * key again waits for it and then gets a fresh instance, so a registry never ends up holding an
 * instance the cache has dropped, or the cache one the registry has dropped.
 *
 * <p>Calls are keyed by the scope ({@link #get(LiftContext)}) or by a key the pattern computed itself,
 * e.g. with {@link InstanceKeys} ({@link #get(InstanceKey)}).
 *
 * @param <T> the instance type
 */
public final class ScopedInstances<T> {

    private final InstanceScope scope;

    private final T global;

    private final Cache<InstanceKey, T> instances;

    private final Function<InstanceKey, T> factory;

    /**
     * @param scope what to keep one instance per
     * @param maxInstances the most keyed instances alive at once (the global instance is not counted)
     * @param idleExpiry how long an unused instance lives
     * @param factory makes the instance for a key
     * @param onRemoval called with each evicted or expired instance, inside the eviction
     */
    public ScopedInstances(InstanceScope scope, long maxInstances, Duration idleExpiry,
            Function<InstanceKey, T> factory, BiConsumer<InstanceKey, T> onRemoval) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.factory = Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(onRemoval, "onRemoval");
        this.global = (scope == InstanceScope.GLOBAL) ? factory.apply(InstanceKey.GLOBAL) : null;
        // Also for the global scope: a pattern may give overridden tenants or operations their own keys.
        this.instances = Caffeine.newBuilder()
            .maximumSize(maxInstances)
            .expireAfterAccess(idleExpiry)
            .executor(Runnable::run)
            .evictionListener((InstanceKey key, T instance, RemovalCause cause) -> {
                if (key != null && instance != null) {
                    onRemoval.accept(key, instance);
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
        return this.instances.get(InstanceKey.of(this.scope, context), this.factory);
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
        return this.instances.get(key, this.factory);
    }

    /** @return the scope */
    public InstanceScope scope() {
        return this.scope;
    }

    /** @return the number of live instances, after pending evictions have run */
    public long size() {
        this.instances.cleanUp();
        return this.instances.estimatedSize() + ((this.global != null) ? 1 : 0);
    }

    /** @return a snapshot of the live instances by key */
    public Map<InstanceKey, T> snapshot() {
        Map<InstanceKey, T> snapshot = new HashMap<>(this.instances.asMap());
        if (this.global != null) {
            snapshot.put(InstanceKey.GLOBAL, this.global);
        }
        return Map.copyOf(snapshot);
    }

}
