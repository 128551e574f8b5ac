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

package dev.lift.autoconfigure.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.lift.autoconfigure.health.LiftPatternState;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties.TenantSource;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.health.HealthCheckReport;
import dev.lift.health.ScheduledHealthChecks;
import dev.lift.tenancy.CompositeTenantResolver;
import dev.lift.tenancy.LiftTenantResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.context.ApplicationContext;

/**
 * {@code /actuator/lift}: what Lift does around every call. The chain (each filter's name and order,
 * outermost first), each pattern's effective configuration ({@code lift.*}) and live state, the
 * background dependency checks, and where tenants come from.
 *
 * <p>Like every endpoint but health, it is not exposed over the web unless
 * {@code management.endpoints.web.exposure.include} names it. Tenant ids appear only as
 * {@code management.endpoint.lift.show-tenants} allows (never, by default).
 */
@Endpoint(id = "lift")
public class LiftEndpoint {

    private final ApplicationContext context;

    private final LiftChain chain;

    private final ObjectProvider<LiftPatternState> states;

    private final ObjectProvider<ScheduledHealthChecks> checks;

    private final ObjectProvider<LiftTenantResolver> tenantResolver;

    private final LiftEndpointProperties properties;

    /**
     * @param context where to find the {@code lift.*} configuration properties
     * @param chain the chain
     * @param states the live state of each pattern
     * @param checks the background dependency checks, if any
     * @param tenantResolver the tenant resolver, if any
     * @param properties who sees tenants
     */
    public LiftEndpoint(ApplicationContext context, LiftChain chain, ObjectProvider<LiftPatternState> states,
            ObjectProvider<ScheduledHealthChecks> checks, ObjectProvider<LiftTenantResolver> tenantResolver,
            LiftEndpointProperties properties) {
        this.context = context;
        this.chain = chain;
        this.states = states;
        this.checks = checks;
        this.tenantResolver = tenantResolver;
        this.properties = properties;
    }

    /**
     * Describes Lift now.
     * @param securityContext the caller, to decide whether tenants may be shown
     * @return the description
     */
    @ReadOperation
    public LiftDescriptor lift(SecurityContext securityContext) {
        boolean showTenants = this.properties.getShowTenants().isShown(securityContext, this.properties.getRoles());
        return new LiftDescriptor(chain(), tenantSources(), configuration(showTenants), state(showTenants), checks(),
                showTenants);
    }

    private List<Map<String, Object>> chain() {
        List<Map<String, Object>> filters = new ArrayList<>();
        for (LiftFilter filter : this.chain.filters()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", filter.name());
            entry.put("order", filter.getOrder());
            entry.put("type", filter.getClass().getName());
            filters.add(entry);
        }
        return filters;
    }

    private List<Map<String, Object>> tenantSources() {
        LiftTenantResolver resolver = this.tenantResolver.getIfAvailable();
        if (resolver == null) {
            return List.of();
        }
        if (!(resolver instanceof CompositeTenantResolver)) {
            return List.of(Map.of("source", "custom", "type", resolver.getClass().getName()));
        }
        LiftTenancyProperties tenancy = this.context.getBeanProvider(LiftTenancyProperties.class).getIfAvailable();
        if (tenancy == null) {
            return List.of();
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (TenantSource source : tenancy.getSources()) {
            String name = source.name().toLowerCase(Locale.ROOT).replace('_', '-');
            sources.add(switch (source) {
                case LAMBDA -> Map.of("source", name);
                case AUTHORIZER_CLAIM -> Map.of("source", name, "claim", String.valueOf(tenancy.getClaimName()));
                case EVENT_FIELD -> Map.of("source", name, "field", String.valueOf(tenancy.getEventField()));
                case HEADER -> Map.of("source", name, "header", String.valueOf(tenancy.getHeaderName()),
                        "trusted", "set by the caller: only safe behind a gateway that sets or checks it");
            });
        }
        return sources;
    }

    private Map<String, Object> configuration(boolean showTenants) {
        ConfigurationTree tree = new ConfigurationTree(showTenants);
        Map<String, Object> configuration = new TreeMap<>();
        ConfigurationPropertiesBean.getAll(this.context).values().forEach((bean) -> {
            String prefix = bean.getAnnotation().prefix();
            if (prefix.isEmpty()) {
                prefix = bean.getAnnotation().value();
            }
            if (prefix.equals("lift") || prefix.startsWith("lift.")) {
                configuration.put(prefix, tree.describe(bean.getInstance()));
            }
        });
        return configuration;
    }

    private Map<String, Object> state(boolean showTenants) {
        Map<String, Object> state = new LinkedHashMap<>();
        this.states.orderedStream().forEach((pattern) -> state.put(pattern.pattern(), pattern.describe(showTenants)));
        return state;
    }

    private Map<String, Object> checks() {
        ScheduledHealthChecks scheduled = this.checks.getIfAvailable();
        if (scheduled == null) {
            return Map.of();
        }
        Map<String, Object> checks = new LinkedHashMap<>();
        scheduled.reports().forEach((name, report) -> checks.put(name, check(report)));
        return checks;
    }

    private static Map<String, Object> check(HealthCheckReport report) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("status", report.status().name());
        check.put("details", report.result().details());
        if (report.checkedAt() != null) {
            check.put("checkedAt", report.checkedAt().toString());
            check.put("durationMs", report.duration().toMillis());
        }
        return check;
    }

    /**
     * What {@code /actuator/lift} answers.
     *
     * @param chain the filters, outermost first: name, order and type
     * @param tenantSources where tenants come from, in the order they are tried
     * @param configuration the effective {@code lift.*} configuration by prefix
     * @param state the live state of each pattern, by filter name
     * @param checks the last report of each background dependency check
     * @param tenantsShown whether tenant ids are shown to this caller
     */
    public record LiftDescriptor(List<Map<String, Object>> chain, List<Map<String, Object>> tenantSources,
            Map<String, Object> configuration, Map<String, Object> state, Map<String, Object> checks,
            boolean tenantsShown) implements OperationResponseBody {
    }

}
