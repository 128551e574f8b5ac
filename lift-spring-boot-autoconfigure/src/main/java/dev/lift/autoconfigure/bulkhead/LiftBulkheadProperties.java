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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lift's hierarchical bulkhead: how many calls may run at once globally, per tenant and per
 * operation, how long a call may wait for its permits, and how a rejection looks. Limits left unset
 * come from the preset.
 */
@ConfigurationProperties("lift.bulkhead")
public class LiftBulkheadProperties {

    /**
     * Whether calls need bulkhead permits to run.
     */
    private boolean enabled = false;

    /**
     * Where limits left unset come from: "basic" (global 100), "tenant" (global 100, 10 per tenant),
     * "operation" (global 100, 25 per operation) or "priority" (global 100, waiters served by
     * priority for up to 500ms).
     */
    private Preset preset = Preset.BASIC;

    /**
     * Permits of the global pool shared by every call; 0 switches the global level off. Unset: from
     * the preset.
     */
    private Integer maxConcurrent;

    /**
     * Permits of each tenant's pool (calls without a tenant share one); 0 switches the tenant level
     * off for tenants without an entry under "tenants". Unset: from the preset.
     */
    private Integer tenantMaxConcurrent;

    /**
     * Permits of each operation's pool; 0 switches the operation level off for operations without an
     * entry under "operations". Unset: from the preset.
     */
    private Integer operationMaxConcurrent;

    /**
     * How long a call may wait for all its permits together (never past its deadline); 0 rejects at
     * once when a level is full. Unset: from the preset.
     */
    private Duration maxWait;

    /**
     * HTTP status of a rejected call: 503 (the function is overloaded) or 429 (the caller sends too
     * much).
     */
    private int rejectionStatus = 503;

    /**
     * Retry-After sent with a rejection; 0 sends none.
     */
    private Duration retryAfter = Duration.ofSeconds(1);

    /**
     * Whether each tracked tenant's pool gets its own gauges (as many as lift.tenancy.max-tracked-tenants).
     */
    private boolean tenantMeters = false;

    /**
     * Priority: who gets the next free permit when calls wait.
     */
    private final Priority priority = new Priority();

    /**
     * Settings of one operation (function), by operation name.
     */
    private Map<String, Operation> operations = new LinkedHashMap<>();

    /**
     * Settings of one tenant, by tenant id.
     */
    private Map<String, Tenant> tenants = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Preset getPreset() {
        return this.preset;
    }

    public void setPreset(Preset preset) {
        this.preset = preset;
    }

    public Integer getMaxConcurrent() {
        return this.maxConcurrent;
    }

    public void setMaxConcurrent(Integer maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    public Integer getTenantMaxConcurrent() {
        return this.tenantMaxConcurrent;
    }

    public void setTenantMaxConcurrent(Integer tenantMaxConcurrent) {
        this.tenantMaxConcurrent = tenantMaxConcurrent;
    }

    public Integer getOperationMaxConcurrent() {
        return this.operationMaxConcurrent;
    }

    public void setOperationMaxConcurrent(Integer operationMaxConcurrent) {
        this.operationMaxConcurrent = operationMaxConcurrent;
    }

    public Duration getMaxWait() {
        return this.maxWait;
    }

    public void setMaxWait(Duration maxWait) {
        this.maxWait = maxWait;
    }

    public int getRejectionStatus() {
        return this.rejectionStatus;
    }

    public void setRejectionStatus(int rejectionStatus) {
        this.rejectionStatus = rejectionStatus;
    }

    public Duration getRetryAfter() {
        return this.retryAfter;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    public boolean isTenantMeters() {
        return this.tenantMeters;
    }

    public void setTenantMeters(boolean tenantMeters) {
        this.tenantMeters = tenantMeters;
    }

    public Priority getPriority() {
        return this.priority;
    }

    public Map<String, Operation> getOperations() {
        return this.operations;
    }

    public void setOperations(Map<String, Operation> operations) {
        this.operations = operations;
    }

    public Map<String, Tenant> getTenants() {
        return this.tenants;
    }

    public void setTenants(Map<String, Tenant> tenants) {
        this.tenants = tenants;
    }

    /**
     * Who gets the next free permit when calls wait, and where a call's priority comes from.
     */
    public static class Priority {

        /**
         * Whether waiting calls are served by priority (higher first, first come first served within a
         * priority) rather than by arrival alone. Unset: from the preset.
         */
        private Boolean enabled;

        /**
         * Where a call's priority comes from: "none" (every call has priority 0), "header" or
         * "event-field". Callers can set headers and event fields: use a source only when
         * something in front of the function sets or checks it.
         */
        private PrioritySource source = PrioritySource.NONE;

        /**
         * Request header holding the priority (a decimal integer), for the "header" source.
         */
        private String headerName = "X-Lift-Priority";

        /**
         * JSON pointer (RFC 6901) of the Lambda event field holding the priority, for the
         * "event-field" source.
         */
        private String eventField = "/priority";

        /**
         * Highest priority a call may claim; higher claims are lowered to it. Calls that claim none
         * have priority 0.
         */
        private int max = 10;

        public Boolean getEnabled() {
            return this.enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public PrioritySource getSource() {
            return this.source;
        }

        public void setSource(PrioritySource source) {
            this.source = source;
        }

        public String getHeaderName() {
            return this.headerName;
        }

        public void setHeaderName(String headerName) {
            this.headerName = headerName;
        }

        public String getEventField() {
            return this.eventField;
        }

        public void setEventField(String eventField) {
            this.eventField = eventField;
        }

        public int getMax() {
            return this.max;
        }

        public void setMax(int max) {
            this.max = max;
        }

    }

    /**
     * Settings of one operation.
     */
    public static class Operation {

        /**
         * Permits of this operation's pool, at most the global limit. Unset: operation-max-concurrent.
         */
        private Integer maxConcurrent;

        /**
         * How long calls of this operation may wait for their permits. Unset: max-wait.
         */
        private Duration maxWait;

        public Integer getMaxConcurrent() {
            return this.maxConcurrent;
        }

        public void setMaxConcurrent(Integer maxConcurrent) {
            this.maxConcurrent = maxConcurrent;
        }

        public Duration getMaxWait() {
            return this.maxWait;
        }

        public void setMaxWait(Duration maxWait) {
            this.maxWait = maxWait;
        }

    }

    /**
     * Settings of one tenant.
     */
    public static class Tenant {

        /**
         * Permits of this tenant's pool, at least 1 and at most the global limit.
         */
        private Integer maxConcurrent;

        public Integer getMaxConcurrent() {
            return this.maxConcurrent;
        }

        public void setMaxConcurrent(Integer maxConcurrent) {
            this.maxConcurrent = maxConcurrent;
        }

    }

    /**
     * Where a call's priority comes from.
     */
    public enum PrioritySource {

        /** Every call has the default priority, 0. */
        NONE,

        /** A request header. */
        HEADER,

        /** A field of the Lambda event, by JSON pointer. */
        EVENT_FIELD

    }

    /**
     * Starting points for the bulkhead's limits; explicit properties override them.
     */
    public enum Preset {

        /** Global pool of 100, no tenant or operation level, fail fast. */
        BASIC(100, 0, 0, Duration.ZERO, false),

        /** Global pool of 100 and 10 per tenant, fail fast. */
        TENANT(100, 10, 0, Duration.ZERO, false),

        /** Global pool of 100 and 25 per operation, fail fast. */
        OPERATION(100, 0, 25, Duration.ZERO, false),

        /** Global pool of 100; calls wait up to 500ms, served by priority. */
        PRIORITY(100, 0, 0, Duration.ofMillis(500), true);

        private final int maxConcurrent;

        private final int tenantMaxConcurrent;

        private final int operationMaxConcurrent;

        private final Duration maxWait;

        private final boolean priorityOrdering;

        Preset(int maxConcurrent, int tenantMaxConcurrent, int operationMaxConcurrent, Duration maxWait,
                boolean priorityOrdering) {
            this.maxConcurrent = maxConcurrent;
            this.tenantMaxConcurrent = tenantMaxConcurrent;
            this.operationMaxConcurrent = operationMaxConcurrent;
            this.maxWait = maxWait;
            this.priorityOrdering = priorityOrdering;
        }

        /** @return the global limit this preset sets */
        public int maxConcurrent() {
            return this.maxConcurrent;
        }

        /** @return the per-tenant limit this preset sets */
        public int tenantMaxConcurrent() {
            return this.tenantMaxConcurrent;
        }

        /** @return the per-operation limit this preset sets */
        public int operationMaxConcurrent() {
            return this.operationMaxConcurrent;
        }

        /** @return the max-wait this preset sets */
        public Duration maxWait() {
            return this.maxWait;
        }

        /** @return whether this preset serves waiters by priority */
        public boolean priorityOrdering() {
            return this.priorityOrdering;
        }

    }

}
