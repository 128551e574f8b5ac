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

package dev.lift.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The tenant as a metric dimension, bounded: tenant ids come from outside, and every distinct value
 * is a new CloudWatch metric (and a new meter in memory). The first tenants up to the bound are
 * admitted and tagged with their id; any other tenant is tagged {@value #OTHER} until an admitted
 * tenant has been idle long enough to leave, when its meters are removed too.
 */
public final class TenantDimension {

    /** The tag key. */
    public static final String TAG = "tenant";

    /** The value for tenants outside the bound. */
    public static final String OTHER = "other";

    /** The value for calls without a tenant. */
    public static final String NONE = "none";

    private final Cache<String, Boolean> admitted;

    private final long maxTracked;

    /**
     * Creates a tenant dimension whose departing tenants take their meters out of {@code registry}.
     * @param registry the registry holding the tenant-tagged meters
     * @param maxTracked how many tenants may be dimensions at once
     * @param idleExpiry how long an admitted tenant without calls keeps its place
     */
    public TenantDimension(MeterRegistry registry, long maxTracked, Duration idleExpiry) {
        this(maxTracked, idleExpiry, (tenant) -> removeMeters(registry, tenant), Ticker.systemTicker());
    }

    TenantDimension(long maxTracked, Duration idleExpiry, Consumer<String> onLeave, Ticker ticker) {
        Objects.requireNonNull(onLeave, "onLeave");
        this.maxTracked = maxTracked;
        this.admitted = Caffeine.newBuilder()
            .maximumSize(maxTracked)
            .expireAfterAccess(idleExpiry)
            .ticker(ticker)
            // Run eviction on the caller: no ForkJoinPool work left pending when Lambda freezes.
            .executor(Runnable::run)
            .removalListener((String tenant, Boolean value, RemovalCause cause) -> {
                if (tenant != null && cause.wasEvicted()) {
                    onLeave.accept(tenant);
                }
            })
            .build();
    }

    private static void removeMeters(MeterRegistry registry, String tenant) {
        // An EMF registry still emits what a removed meter recorded, at its next flush.
        for (Meter meter : registry.getMeters()) {
            if (tenant.equals(meter.getId().getTag(TAG))) {
                registry.remove(meter);
            }
        }
    }

    /**
     * The tag value for a call's tenant.
     * @param tenantId the validated tenant id, or {@code null}
     * @return the tenant id when it is inside the bound, {@value #OTHER} when not, {@value #NONE} when the
     *     call has no tenant
     */
    public String tagValue(String tenantId) {
        if (tenantId == null) {
            return NONE;
        }
        if (this.admitted.getIfPresent(tenantId) != null) {
            return tenantId;
        }
        if (this.admitted.estimatedSize() >= this.maxTracked) {
            // Expired tenants count until the cache's maintenance has run: let it run before refusing.
            this.admitted.cleanUp();
        }
        if (this.admitted.estimatedSize() < this.maxTracked) {
            // Concurrent admissions may briefly overshoot; maximumSize evicts the surplus.
            this.admitted.put(tenantId, Boolean.TRUE);
            return tenantId;
        }
        return OTHER;
    }

}
