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
    private BulkheadPreset preset = BulkheadPreset.BASIC;

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
    private Map<String, BulkheadSettings> operations = new LinkedHashMap<>();

    /**
     * Settings of one tenant, by tenant id.
     */
    private Map<String, BulkheadSettings> tenants = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public BulkheadPreset getPreset() {
        return this.preset;
    }

    public void setPreset(BulkheadPreset preset) {
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

    public Map<String, BulkheadSettings> getOperations() {
        return this.operations;
    }

    public void setOperations(Map<String, BulkheadSettings> operations) {
        this.operations = operations;
    }

    public Map<String, BulkheadSettings> getTenants() {
        return this.tenants;
    }

    public void setTenants(Map<String, BulkheadSettings> tenants) {
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

}
