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

package dev.lift.autoconfigure.tenancy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Lift finds, validates and bounds the tenant of each call.
 */
@ConfigurationProperties("lift.tenancy")
public class LiftTenancyProperties {

    /**
     * Where the tenant comes from, tried in this order. "header" trusts the caller: enable it only
     * when something in front of the function sets or checks the header.
     */
    private List<TenantSource> sources = new ArrayList<>(List.of(TenantSource.LAMBDA, TenantSource.AUTHORIZER_CLAIM));

    /**
     * Request header holding the tenant id, for the "header" source.
     */
    private String headerName = "X-Tenant-Id";

    /**
     * API Gateway authorizer claim (JWT) or Lambda authorizer context key holding the tenant id, for
     * the "authorizer-claim" source.
     */
    private String claimName = "tenant_id";

    /**
     * JSON pointer (RFC 6901) of the event field holding the tenant id, for the "event-field" source,
     * e.g. "/detail/tenantId".
     */
    private String eventField;

    /**
     * Tenant of a call when no source has one. Unset: such calls have no tenant.
     */
    private String defaultTenant;

    /**
     * Whether a call without a tenant is refused (HTTP 400) before the function runs.
     */
    private boolean required = false;

    /**
     * Regular expression a tenant id must match entirely; anything else is refused before the
     * function runs and never written raw to a log.
     */
    private String allowedPattern = "[A-Za-z0-9._-]{1,64}";

    /**
     * Most tenants that per-tenant state (circuit breakers, bulkheads, rate limiters, metric
     * dimensions) is kept for at once; the least recently used beyond it are evicted.
     */
    private int maxTrackedTenants = 1000;

    /**
     * How long per-tenant state lives without calls.
     */
    private Duration trackedTenantIdleExpiry = Duration.ofMinutes(15);

    public List<TenantSource> getSources() {
        return this.sources;
    }

    public void setSources(List<TenantSource> sources) {
        this.sources = sources;
    }

    public String getHeaderName() {
        return this.headerName;
    }

    public void setHeaderName(String headerName) {
        this.headerName = headerName;
    }

    public String getClaimName() {
        return this.claimName;
    }

    public void setClaimName(String claimName) {
        this.claimName = claimName;
    }

    public String getEventField() {
        return this.eventField;
    }

    public void setEventField(String eventField) {
        this.eventField = eventField;
    }

    public String getDefaultTenant() {
        return this.defaultTenant;
    }

    public void setDefaultTenant(String defaultTenant) {
        this.defaultTenant = defaultTenant;
    }

    public boolean isRequired() {
        return this.required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getAllowedPattern() {
        return this.allowedPattern;
    }

    public void setAllowedPattern(String allowedPattern) {
        this.allowedPattern = allowedPattern;
    }

    public int getMaxTrackedTenants() {
        return this.maxTrackedTenants;
    }

    public void setMaxTrackedTenants(int maxTrackedTenants) {
        this.maxTrackedTenants = maxTrackedTenants;
    }

    public Duration getTrackedTenantIdleExpiry() {
        return this.trackedTenantIdleExpiry;
    }

    public void setTrackedTenantIdleExpiry(Duration trackedTenantIdleExpiry) {
        this.trackedTenantIdleExpiry = trackedTenantIdleExpiry;
    }

    /**
     * A place the tenant of a call can come from.
     */
    public enum TenantSource {

        /** Lambda's own tenant id in tenant isolation mode. */
        LAMBDA,

        /** An API Gateway authorizer claim or context value. */
        AUTHORIZER_CLAIM,

        /** A field of the Lambda event, by JSON pointer. */
        EVENT_FIELD,

        /** A request header: set by the caller, opt-in. */
        HEADER

    }

}
