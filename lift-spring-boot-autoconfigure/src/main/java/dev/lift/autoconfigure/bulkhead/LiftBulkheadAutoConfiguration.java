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
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import io.micrometer.core.instrument.MeterRegistry;

import dev.lift.autoconfigure.bulkhead.LiftBulkheadProperties.Preset;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.resilience.PropertyConstraints;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.bulkhead.BulkheadConfig;
import dev.lift.bulkhead.BulkheadFilter;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.error.LiftConfigurationException;
import dev.lift.priority.LiftPriorityResolver;
import dev.lift.priority.PriorityPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Lift's hierarchical bulkhead ({@code lift.bulkhead.enabled=true}): the {@link LiftBulkhead} permit
 * pools built from {@link LiftBulkheadProperties} and its preset, the {@link BulkheadFilter} that runs
 * every call inside them, and the {@link PriorityPolicy} that gives each call its priority.
 * Per-tenant and per-operation pools are bounded by {@code lift.tenancy.max-tracked-tenants} and
 * {@code lift.tenancy.tracked-tenant-idle-expiry}.
 */
@AutoConfiguration(after = LiftTenancyAutoConfiguration.class, before = LiftChainAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("lift.bulkhead.enabled")
@EnableConfigurationProperties({ LiftBulkheadProperties.class, LiftTenancyProperties.class })
public class LiftBulkheadAutoConfiguration {

    private static final String PREFIX = "lift.bulkhead.";

    @Bean
    @ConditionalOnMissingBean
    LiftBulkhead liftBulkhead(LiftBulkheadProperties properties, LiftTenancyProperties tenancy,
            ObjectProvider<MeterRegistry> meterRegistry) {
        return new LiftBulkhead(bulkheadConfig(properties, tenancy), meterRegistry.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    BulkheadFilter liftBulkheadFilter(LiftBulkhead liftBulkhead) {
        return new BulkheadFilter(liftBulkhead);
    }

    @Bean
    @ConditionalOnMissingBean
    LiftPriorityResolver liftPriorityResolver(LiftBulkheadProperties properties) {
        LiftBulkheadProperties.Priority priority = properties.getPriority();
        return switch (priority.getSource()) {
            case NONE -> (request) -> null;
            case HEADER -> LiftPriorityResolver.header(PropertyConstraints.headerName(PREFIX + "priority.header-name",
                    priority.getHeaderName(), "when lift.bulkhead.priority.source is header"));
            case EVENT_FIELD -> LiftPriorityResolver.eventField(eventFieldPointer(priority.getEventField()));
        };
    }

    @Bean
    @ConditionalOnMissingBean
    PriorityPolicy liftPriorityPolicy(LiftPriorityResolver liftPriorityResolver, LiftBulkheadProperties properties) {
        int max = properties.getPriority().getMax();
        if (max < 0) {
            throw new LiftConfigurationException(PREFIX + "priority.max", max, "a priority of 0 or more");
        }
        return new PriorityPolicy(liftPriorityResolver, 0, max);
    }

    static BulkheadConfig bulkheadConfig(LiftBulkheadProperties properties, LiftTenancyProperties tenancy) {
        Preset preset = properties.getPreset();
        int global = notNegative("max-concurrent", orElse(properties.getMaxConcurrent(), preset.maxConcurrent()));
        int perTenant = withinGlobal("tenant-max-concurrent",
                orElse(properties.getTenantMaxConcurrent(), preset.tenantMaxConcurrent()), global, 0);
        int perOperation = withinGlobal("operation-max-concurrent",
                orElse(properties.getOperationMaxConcurrent(), preset.operationMaxConcurrent()), global, 0);
        BulkheadConfig.Builder config = BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, global)
            .limit(BulkheadLevel.TENANT, perTenant)
            .limit(BulkheadLevel.OPERATION, perOperation)
            .maxWait(notNegative("max-wait", orElse(properties.getMaxWait(), preset.maxWait())))
            .rejectionStatus(rejectionStatus(properties.getRejectionStatus()))
            .retryAfter(notNegative("retry-after", properties.getRetryAfter()))
            .priorityOrdering(orElse(properties.getPriority().getEnabled(), preset.priorityOrdering()))
            .tracking(tenancy.getMaxTrackedTenants(), tenancy.getTrackedTenantIdleExpiry())
            .tenantMeters(properties.isTenantMeters());
        for (Map.Entry<String, LiftBulkheadProperties.Tenant> tenant : properties.getTenants().entrySet()) {
            String property = "tenants." + tenant.getKey() + ".max-concurrent";
            Integer limit = tenant.getValue().getMaxConcurrent();
            config.tenantLimit(tenant.getKey(), withinGlobal(property, limit, global, 1));
        }
        for (Map.Entry<String, LiftBulkheadProperties.Operation> operation : properties.getOperations().entrySet()) {
            String prefix = "operations." + operation.getKey() + ".";
            Integer limit = operation.getValue().getMaxConcurrent();
            if (limit != null) {
                config.operationLimit(operation.getKey(), withinGlobal(prefix + "max-concurrent", limit, global, 1));
            }
            Duration maxWait = operation.getValue().getMaxWait();
            if (maxWait != null) {
                config.operationMaxWait(operation.getKey(), notNegative(prefix + "max-wait", maxWait));
            }
        }
        BulkheadConfig built = config.build();
        if (!built.hasLevel(BulkheadLevel.GLOBAL) && !built.hasLevel(BulkheadLevel.TENANT)
                && !built.hasLevel(BulkheadLevel.OPERATION)) {
            throw new LiftConfigurationException(PREFIX + "max-concurrent", global,
                    "a positive number of permits for at least one level (max-concurrent, tenant-max-concurrent,"
                            + " operation-max-concurrent, tenants or operations)");
        }
        return built;
    }

    private static int withinGlobal(String property, Integer value, int global, int min) {
        if (value == null || value < min || (global > 0 && value > global)) {
            String accepted = ((min == 0) ? "0 (level off) or a number of permits" : "a number of permits from 1")
                    + ((global > 0) ? " up to lift.bulkhead.max-concurrent (" + global + ")" : "");
            throw new LiftConfigurationException(PREFIX + property, value, accepted);
        }
        return value;
    }

    private static int notNegative(String property, int value) {
        if (value < 0) {
            throw new LiftConfigurationException(PREFIX + property, value, "0 (level off) or a number of permits");
        }
        return value;
    }

    private static Duration notNegative(String property, Duration value) {
        if (value == null || value.isNegative()) {
            throw new LiftConfigurationException(PREFIX + property, value, "a duration of 0 or more, e.g. 100ms");
        }
        return value;
    }

    private static int rejectionStatus(int status) {
        if (status != 503 && status != 429) {
            throw new LiftConfigurationException(PREFIX + "rejection-status", status, "503 or 429");
        }
        return status;
    }

    private static JsonPointer eventFieldPointer(String pointer) {
        try {
            return JsonPointer.compile(requireText(pointer, "priority.event-field", "a JSON pointer"));
        }
        catch (IllegalArgumentException ex) {
            throw new LiftConfigurationException(PREFIX + "priority.event-field", pointer,
                    "a JSON pointer (RFC 6901) starting with '/', such as /detail/priority");
        }
    }

    private static String requireText(String value, String property, String accepted) {
        if (!StringUtils.hasText(value)) {
            throw new LiftConfigurationException(PREFIX + property, value, accepted);
        }
        return value;
    }

    private static <T> T orElse(T value, T presetValue) {
        return (value != null) ? value : presetValue;
    }

}
