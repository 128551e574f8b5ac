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

// Over 300 lines on purpose: immutable settings and their builder are one job, as in resilience4j's
// configs; most of it is documented accessors and builder methods, each checking the value it takes.

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;

/**
 * The settings of a {@link LiftBulkhead}: a limit per level (zero switches a level off), overrides
 * per tenant and per operation, how long a call may wait for permits, how a rejection looks, and the
 * bound on tracked tenants and operations. Immutable; made with {@link #builder()}.
 */
public final class BulkheadConfig {

    private final Map<BulkheadLevel, Integer> limits;

    private final Map<String, Integer> tenantLimits;

    private final Map<String, Integer> operationLimits;

    private final Duration maxWait;

    private final Map<String, Duration> operationMaxWaits;

    private final Map<String, Duration> tenantMaxWaits;

    private final int rejectionStatus;

    private final Duration retryAfter;

    private final boolean priorityOrdering;

    private final long maxTrackedKeys;

    private final Duration idleExpiry;

    private final boolean tenantMeters;

    private BulkheadConfig(Builder builder) {
        this.limits = new EnumMap<>(builder.limits);
        this.tenantLimits = Map.copyOf(builder.tenantLimits);
        this.operationLimits = Map.copyOf(builder.operationLimits);
        this.maxWait = builder.maxWait;
        this.operationMaxWaits = Map.copyOf(builder.operationMaxWaits);
        this.tenantMaxWaits = Map.copyOf(builder.tenantMaxWaits);
        this.rejectionStatus = builder.rejectionStatus;
        this.retryAfter = builder.retryAfter;
        this.priorityOrdering = builder.priorityOrdering;
        this.maxTrackedKeys = builder.maxTrackedKeys;
        this.idleExpiry = builder.idleExpiry;
        this.tenantMeters = builder.tenantMeters;
    }

    /** @return a builder with every level off, no wait, status 503 and no priority ordering */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param level a level
     * @return whether any call can need a permit at that level
     */
    public boolean hasLevel(BulkheadLevel level) {
        return switch (level) {
            case GLOBAL -> this.limits.get(level) > 0;
            case TENANT -> this.limits.get(level) > 0 || !this.tenantLimits.isEmpty();
            case OPERATION -> this.limits.get(level) > 0 || !this.operationLimits.isEmpty();
        };
    }

    /**
     * The limit of one pool: the override for its tenant or operation, else the level's default.
     * @param level the level
     * @param key the pool's key
     * @return the number of permits, zero when calls with this key skip the level
     */
    public int limit(BulkheadLevel level, InstanceKey key) {
        Integer override = switch (level) {
            case GLOBAL -> null;
            case TENANT -> this.tenantLimits.get(key.tenant());
            case OPERATION -> this.operationLimits.get(key.operation());
        };
        return (override != null) ? override : this.limits.get(level);
    }

    /**
     * @param context a call's context
     * @return how long it may wait for permits over all levels: its tenant's, else its operation's, else the default
     */
    public Duration maxWait(LiftContext context) {
        Duration tenantMaxWait = context.hasTenant() ? this.tenantMaxWaits.get(context.tenantId()) : null;
        return (tenantMaxWait != null) ? tenantMaxWait
                : this.operationMaxWaits.getOrDefault(context.operation(), this.maxWait);
    }

    /** @return the HTTP status of a rejection, 503 or 429 */
    public int rejectionStatus() {
        return this.rejectionStatus;
    }

    /** @return the {@code Retry-After} of a rejection, or {@code null} for none */
    public Duration retryAfter() {
        return this.retryAfter;
    }

    /** @return whether waiters are served by the priority of their context (else first come first served) */
    public boolean priorityOrdering() {
        return this.priorityOrdering;
    }

    /** @return the most pools a per-tenant or per-operation level keeps at once */
    public long maxTrackedKeys() {
        return this.maxTrackedKeys;
    }

    /** @return how long an unused per-tenant or per-operation pool is kept */
    public Duration idleExpiry() {
        return this.idleExpiry;
    }

    /** @return whether per-tenant pools get their own gauges */
    public boolean tenantMeters() {
        return this.tenantMeters;
    }

    /** Builds a {@link BulkheadConfig}. */
    public static final class Builder {

        private final Map<BulkheadLevel, Integer> limits = new EnumMap<>(BulkheadLevel.class);

        private final Map<String, Integer> tenantLimits = new HashMap<>();

        private final Map<String, Integer> operationLimits = new HashMap<>();

        private final Map<String, Duration> operationMaxWaits = new HashMap<>();

        private final Map<String, Duration> tenantMaxWaits = new HashMap<>();

        private Duration maxWait = Duration.ZERO;

        private int rejectionStatus = 503;

        private Duration retryAfter;

        private boolean priorityOrdering;

        private long maxTrackedKeys = 10_000;

        private Duration idleExpiry = Duration.ofMinutes(10);

        private boolean tenantMeters;

        private Builder() {
            for (BulkheadLevel level : BulkheadLevel.values()) {
                this.limits.put(level, 0);
            }
        }

        /**
         * @param level a level
         * @param limit the default number of permits of each of its pools; zero switches the level off
         * @return this builder
         */
        public Builder limit(BulkheadLevel level, int limit) {
            this.limits.put(Objects.requireNonNull(level, "level"), requireNotNegative(limit));
            return this;
        }

        /**
         * The settings of one tenant.
         * @param tenant a tenant id
         * @param limit the number of permits of its pool, at least one; {@code null} for the level's
         * @param maxWait how long its calls may wait for their permits, whatever their operation;
         * {@code null} for the operation's
         * @return this builder
         */
        public Builder tenant(String tenant, Integer limit, Duration maxWait) {
            put(this.tenantLimits, this.tenantMaxWaits, Objects.requireNonNull(tenant, "tenant"), limit, maxWait);
            return this;
        }

        /**
         * The settings of one operation.
         * @param operation an operation
         * @param limit the number of permits of its pool, at least one; {@code null} for the level's
         * @param maxWait how long its calls may wait for their permits; {@code null} for the default
         * @return this builder
         */
        public Builder operation(String operation, Integer limit, Duration maxWait) {
            put(this.operationLimits, this.operationMaxWaits, Objects.requireNonNull(operation, "operation"), limit,
                    maxWait);
            return this;
        }

        private static void put(Map<String, Integer> limits, Map<String, Duration> maxWaits, String name, Integer limit,
                Duration maxWait) {
            if (limit != null) {
                limits.put(name, requirePositive(limit));
            }
            if (maxWait != null) {
                maxWaits.put(name, requireNotNegative(maxWait));
            }
        }

        /**
         * @param maxWait how long a call may wait for its permits; zero fails at once when one is missing
         * @return this builder
         */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = requireNotNegative(maxWait);
            return this;
        }

        /**
         * @param status the HTTP status of a rejection: 503 or 429
         * @return this builder
         */
        public Builder rejectionStatus(int status) {
            if (status != 503 && status != 429) {
                throw new IllegalArgumentException("rejection status must be 503 or 429, was " + status);
            }
            this.rejectionStatus = status;
            return this;
        }

        /**
         * @param retryAfter the {@code Retry-After} of a rejection, or {@code null} or zero for none
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = (retryAfter == null || retryAfter.isZero()) ? null : requireNotNegative(retryAfter);
            return this;
        }

        /**
         * @param priorityOrdering whether waiters are served by priority rather than arrival alone
         * @return this builder
         */
        public Builder priorityOrdering(boolean priorityOrdering) {
            this.priorityOrdering = priorityOrdering;
            return this;
        }

        /**
         * @param maxTrackedKeys the most pools a per-tenant or per-operation level keeps at once
         * @param idleExpiry how long an unused pool is kept
         * @return this builder
         */
        public Builder tracking(long maxTrackedKeys, Duration idleExpiry) {
            if (maxTrackedKeys < 1) {
                throw new IllegalArgumentException("maxTrackedKeys must be at least 1, was " + maxTrackedKeys);
            }
            this.maxTrackedKeys = maxTrackedKeys;
            this.idleExpiry = requireNotNegative(idleExpiry);
            return this;
        }

        /**
         * @param tenantMeters whether per-tenant pools get their own gauges (tagged with the tenant's
         *     pool name, as many as tracked tenants)
         * @return this builder
         */
        public Builder tenantMeters(boolean tenantMeters) {
            this.tenantMeters = tenantMeters;
            return this;
        }

        /** @return the settings */
        public BulkheadConfig build() {
            return new BulkheadConfig(this);
        }

        private static int requireNotNegative(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("must not be negative, was " + value);
            }
            return value;
        }

        private static int requirePositive(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("must be at least 1, was " + value);
            }
            return value;
        }

        private static Duration requireNotNegative(Duration value) {
            if (Objects.requireNonNull(value, "duration").isNegative()) {
                throw new IllegalArgumentException("must not be negative, was " + value);
            }
            return value;
        }

    }

}
