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

import io.micrometer.core.instrument.MeterRegistry;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.resilience.PatternOverrides.Setting;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.autoconfigure.tenancy.TenancyBounds;
import dev.lift.bulkhead.BulkheadConfig;
import dev.lift.bulkhead.BulkheadFilter;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.instances.InstanceKey;
import dev.lift.priority.LiftPriorityResolver;
import dev.lift.priority.PriorityPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

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
            case EVENT_FIELD -> LiftPriorityResolver.eventField(PropertyConstraints
                .jsonPointer(PREFIX + "priority.event-field", priority.getEventField(), "/detail/priority", ""));
        };
    }

    @Bean
    @ConditionalOnMissingBean
    PriorityPolicy liftPriorityPolicy(LiftPriorityResolver liftPriorityResolver, LiftBulkheadProperties properties) {
        int max = properties.getPriority().getMax();
        PropertyConstraints.require(max >= 0, PREFIX + "priority.max", max, "a priority of 0 or more");
        return new PriorityPolicy(liftPriorityResolver, 0, max);
    }

    static BulkheadConfig bulkheadConfig(LiftBulkheadProperties properties, LiftTenancyProperties tenancy) {
        BulkheadPreset preset = properties.getPreset();
        PatternOverrides<BulkheadSettings> overrides = new PatternOverrides<>("lift.bulkhead", preset,
                new BulkheadSettings(properties.getMaxConcurrent(), properties.getMaxWait()),
                properties.getOperations(), properties.getTenants());
        int global = notNegative(
                overrides.setting(InstanceKey.GLOBAL, "max-concurrent", BulkheadSettings::maxConcurrent));
        int perTenant = withinGlobal(PREFIX + "tenant-max-concurrent",
                orElse(properties.getTenantMaxConcurrent(), preset.tenantMaxConcurrent()), global, 0);
        int perOperation = withinGlobal(PREFIX + "operation-max-concurrent",
                orElse(properties.getOperationMaxConcurrent(), preset.operationMaxConcurrent()), global, 0);
        overrides.allLayers()
            .forEach((layer) -> PropertyConstraints.notNegativeIfSet(layer.property("max-wait"),
                    layer.settings().maxWait(), "100ms"));
        TenancyBounds bounds = TenancyBounds.of(tenancy);
        BulkheadConfig.Builder config = BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, global)
            .limit(BulkheadLevel.TENANT, perTenant)
            .limit(BulkheadLevel.OPERATION, perOperation)
            .maxWait(overrides.setting(InstanceKey.GLOBAL, "max-wait", BulkheadSettings::maxWait).value())
            .rejectionStatus(rejectionStatus(properties.getRejectionStatus()))
            .retryAfter(PropertyConstraints.notNegative(PREFIX + "retry-after", properties.getRetryAfter(), "1s"))
            .priorityOrdering(orElse(properties.getPriority().getEnabled(), preset.priorityOrdering()))
            .tracking(bounds.maxTrackedTenants(), bounds.idleExpiry())
            .tenantMeters(properties.isTenantMeters());
        properties.getTenants().forEach((tenant, settings) -> config.tenant(tenant,
                withinGlobal(PREFIX + "tenants." + tenant + ".max-concurrent", settings.maxConcurrent(), global),
                settings.maxWait()));
        properties.getOperations().forEach((operation, settings) -> config.operation(operation,
                withinGlobal(PREFIX + "operations." + operation + ".max-concurrent", settings.maxConcurrent(), global),
                settings.maxWait()));
        BulkheadConfig built = config.build();
        PropertyConstraints.require(built.hasLevel(BulkheadLevel.GLOBAL) || built.hasLevel(BulkheadLevel.TENANT)
                || built.hasLevel(BulkheadLevel.OPERATION), PREFIX + "max-concurrent", global,
                "a positive number of permits for at least one level (max-concurrent, tenant-max-concurrent,"
                        + " operation-max-concurrent, tenants or operations)");
        return built;
    }

    /** An override's pool size, or {@code null} when it leaves it to the level's. */
    private static Integer withinGlobal(String property, Integer value, int global) {
        return (value != null) ? withinGlobal(property, value, global, 1) : null;
    }

    private static int withinGlobal(String property, Integer value, int global, int min) {
        String accepted = ((min == 0) ? "0 (level off) or a number of permits" : "a number of permits from 1")
                + ((global > 0) ? " up to lift.bulkhead.max-concurrent (" + global + ")" : "");
        PropertyConstraints.require(value != null && value >= min && (global == 0 || value <= global), property, value,
                accepted);
        return value;
    }

    private static int notNegative(Setting<Integer> permits) {
        PropertyConstraints.require(permits.value() >= 0, permits.property(), permits.value(),
                "0 (level off) or a number of permits");
        return permits.value();
    }

    private static int rejectionStatus(int status) {
        PropertyConstraints.require(status == 503 || status == 429, PREFIX + "rejection-status", status, "503 or 429");
        return status;
    }

    private static <T> T orElse(T value, T presetValue) {
        return (value != null) ? value : presetValue;
    }

}
