package dev.lift.instances;

import java.time.Duration;
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
 * @param <T> the instance type
 */
public final class ScopedInstances<T> {

    private final InstanceScope scope;

    private final T global;

    private final Cache<InstanceKey, T> instances;

    private final Function<InstanceKey, T> factory;

    /**
     * @param scope what to keep one instance per
     * @param maxInstances the most instances alive at once (ignored for {@link InstanceScope#GLOBAL})
     * @param idleExpiry how long an unused instance lives
     * @param factory makes the instance for a key
     * @param onRemoval called with each evicted or expired instance
     */
    public ScopedInstances(InstanceScope scope, long maxInstances, Duration idleExpiry,
            Function<InstanceKey, T> factory, BiConsumer<InstanceKey, T> onRemoval) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.factory = Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(onRemoval, "onRemoval");
        if (scope == InstanceScope.GLOBAL) {
            this.global = factory.apply(InstanceKey.GLOBAL);
            this.instances = null;
        }
        else {
            this.global = null;
            this.instances = Caffeine.newBuilder()
                .maximumSize(maxInstances)
                .expireAfterAccess(idleExpiry)
                .executor(Runnable::run)
                .removalListener((InstanceKey key, T instance, RemovalCause cause) -> {
                    if (key != null && instance != null && cause != RemovalCause.REPLACED) {
                        onRemoval.accept(key, instance);
                    }
                })
                .build();
        }
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

    /** @return the scope */
    public InstanceScope scope() {
        return this.scope;
    }

    /** @return the number of live instances, after pending evictions have run */
    public long size() {
        if (this.instances == null) {
            return 1;
        }
        this.instances.cleanUp();
        return this.instances.estimatedSize();
    }

    /** @return a snapshot of the live instances by key */
    public Map<InstanceKey, T> snapshot() {
        if (this.instances == null) {
            return Map.of(InstanceKey.GLOBAL, this.global);
        }
        return Map.copyOf(this.instances.asMap());
    }

}
