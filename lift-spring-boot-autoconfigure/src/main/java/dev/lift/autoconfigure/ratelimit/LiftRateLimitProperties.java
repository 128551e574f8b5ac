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

package dev.lift.autoconfigure.ratelimit;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.instances.InstanceScope;
import dev.lift.ratelimit.FailurePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limiting: how many calls each tenant, operation or both may make per period, counted in this
 * JVM or in DynamoDB across every Lambda environment.
 */
@ConfigurationProperties("lift.rate-limit")
public class LiftRateLimitProperties {

    /**
     * Whether rate limiting is on.
     */
    private boolean enabled = false;

    /**
     * What one limit counts the calls of: "global" (all calls together), "tenant", "operation" or
     * "tenant-operation". Calls without a tenant share one tenant limit.
     */
    private InstanceScope scope = InstanceScope.TENANT;

    /**
     * Calls allowed per period for each key of the scope, unless overridden.
     */
    private long limitForPeriod = 100;

    /**
     * Length of a period.
     */
    private Duration period = Duration.ofSeconds(1);

    /**
     * Per-tenant overrides of limit-for-period and period, by tenant id. A tenant with an override is
     * counted on its own whatever the scope; its override wins over an operation's.
     */
    private Map<String, RateLimitSettings> tenants = new LinkedHashMap<>();

    /**
     * Per-operation overrides of limit-for-period and period, by operation name. An operation with an
     * override is counted on its own whatever the scope (per tenant too under scope "tenant").
     */
    private Map<String, RateLimitSettings> operations = new LinkedHashMap<>();

    /**
     * Where calls are counted: "local" (this JVM; on Lambda each environment counts on its own) or
     * "dynamodb" (one count shared by every environment).
     */
    private Store store = Store.LOCAL;

    /**
     * What a call gets when the store cannot answer within store-timeout: "fail-open" (it runs) or
     * "fail-closed" (429).
     */
    private FailurePolicy failurePolicy = FailurePolicy.FAIL_OPEN;

    /**
     * Most time one call may spend asking the store, retries included (dynamodb store).
     */
    private Duration storeTimeout = Duration.ofMillis(200);

    /**
     * Whether calls within their limits carry the RateLimit and RateLimit-Policy headers too, as
     * rejections always do. The local store then reads what is left of the limit on every call; the
     * dynamodb store counts it anyway.
     */
    private boolean allowedCallHeaders = false;

    private final Global global = new Global();

    private final DynamoDb dynamodb = new DynamoDb();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public InstanceScope getScope() {
        return this.scope;
    }

    public void setScope(InstanceScope scope) {
        this.scope = scope;
    }

    public long getLimitForPeriod() {
        return this.limitForPeriod;
    }

    public void setLimitForPeriod(long limitForPeriod) {
        this.limitForPeriod = limitForPeriod;
    }

    public Duration getPeriod() {
        return this.period;
    }

    public void setPeriod(Duration period) {
        this.period = period;
    }

    public Map<String, RateLimitSettings> getTenants() {
        return this.tenants;
    }

    public void setTenants(Map<String, RateLimitSettings> tenants) {
        this.tenants = tenants;
    }

    public Map<String, RateLimitSettings> getOperations() {
        return this.operations;
    }

    public void setOperations(Map<String, RateLimitSettings> operations) {
        this.operations = operations;
    }

    public Store getStore() {
        return this.store;
    }

    public void setStore(Store store) {
        this.store = store;
    }

    public FailurePolicy getFailurePolicy() {
        return this.failurePolicy;
    }

    public void setFailurePolicy(FailurePolicy failurePolicy) {
        this.failurePolicy = failurePolicy;
    }

    public Duration getStoreTimeout() {
        return this.storeTimeout;
    }

    public void setStoreTimeout(Duration storeTimeout) {
        this.storeTimeout = storeTimeout;
    }

    public boolean isAllowedCallHeaders() {
        return this.allowedCallHeaders;
    }

    public void setAllowedCallHeaders(boolean allowedCallHeaders) {
        this.allowedCallHeaders = allowedCallHeaders;
    }

    public Global getGlobal() {
        return this.global;
    }

    public DynamoDb getDynamodb() {
        return this.dynamodb;
    }

    /** Where calls are counted. */
    public enum Store {

        /** In this JVM. */
        LOCAL,

        /** In a DynamoDB table shared by every environment. */
        DYNAMODB

    }

    /** A ceiling on all calls together, checked after the scoped limit. */
    public static class Global {

        /**
         * Calls allowed per period across all tenants and operations; 0 for no global ceiling. No
         * other limit may allow a higher rate.
         */
        private long limitForPeriod = 0;

        /**
         * Length of a period of the global ceiling.
         */
        private Duration period = Duration.ofSeconds(1);

        public long getLimitForPeriod() {
            return this.limitForPeriod;
        }

        public void setLimitForPeriod(long limitForPeriod) {
            this.limitForPeriod = limitForPeriod;
        }

        public Duration getPeriod() {
            return this.period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }

    }

    /** The DynamoDB store. */
    public static class DynamoDb {

        /**
         * Table holding the counts: partition key "pk" (string), TTL attribute "expiresAt".
         */
        private String tableName = "lift-rate-limits";

        /**
         * Endpoint of the DynamoDB API, for tests and local servers. Unset: the region's endpoint.
         */
        private URI endpoint;

        /**
         * Region of the table. Unset: the SDK's default (AWS_REGION on Lambda).
         */
        private String region;

        public String getTableName() {
            return this.tableName;
        }

        public void setTableName(String tableName) {
            this.tableName = tableName;
        }

        public URI getEndpoint() {
            return this.endpoint;
        }

        public void setEndpoint(URI endpoint) {
            this.endpoint = endpoint;
        }

        public String getRegion() {
            return this.region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

    }

}
