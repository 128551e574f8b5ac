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

import java.security.Principal;
import java.util.List;
import java.util.Map;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.endpoint.LiftEndpoint.LiftDescriptor;
import dev.lift.autoconfigure.health.LiftPatternState;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LiftEndpointAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftEndpointAutoConfiguration.class, LiftChainAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, EndpointAutoConfiguration.class))
        .withPropertyValues("lift.tenancy.sources=lambda,header", "lift.tenancy.default-tenant=acme")
        .withBean("tenantState", LiftPatternState.class, () -> new TenantState())
        .withBean(Audit.class);

    @Test
    void notThereUnlessExposed() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LiftEndpoint.class));
    }

    @Test
    void describesTheChainInOrderTheTenantSourcesTheConfigurationAndTheState() {
        this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=lift").run((context) -> {
            LiftDescriptor lift = context.getBean(LiftEndpoint.class).lift(SecurityContext.NONE);

            assertThat(lift.chain()).extracting((filter) -> filter.get("name") + "@" + filter.get("order"))
                .containsExactly("context@100", "audit@5000");
            assertThat(lift.tenantSources()).containsExactly(Map.of("source", "lambda"), Map.of("source", "header",
                    "header", "X-Tenant-Id", "trusted", "set by the caller: only safe behind a gateway that sets or checks it"));
            @SuppressWarnings("unchecked")
            Map<String, Object> tenancy = (Map<String, Object>) lift.configuration().get("lift.tenancy");
            assertThat(tenancy).containsEntry("sources", List.of("lambda", "header"))
                .containsEntry("max-tracked-tenants", 1000)
                .containsEntry("tracked-tenant-idle-expiry", "PT15M")
                .containsEntry("default-tenant", "******");
            assertThat(lift.configuration()).containsKey("lift");
            assertThat(lift.state()).isEqualTo(Map.of("audit", Map.of("tenants", 2)));
            assertThat(lift.tenantsShown()).isFalse();
        });
    }

    @Test
    void namesTenantsOnlyForCallersAllowedToSeeThem() {
        this.contextRunner
            .withPropertyValues("management.endpoints.web.exposure.include=lift",
                    "management.endpoint.lift.show-tenants=when-authorized", "management.endpoint.lift.roles=ops")
            .run((context) -> {
                LiftEndpoint endpoint = context.getBean(LiftEndpoint.class);
                LiftDescriptor anonymous = endpoint.lift(SecurityContext.NONE);
                LiftDescriptor operator = endpoint.lift(caller("ops"));
                LiftDescriptor other = endpoint.lift(caller("dev"));

                assertThat(anonymous.state()).isEqualTo(Map.of("audit", Map.of("tenants", 2)));
                assertThat(other.tenantsShown()).isFalse();
                assertThat(operator.tenantsShown()).isTrue();
                assertThat(operator.state()).isEqualTo(Map.of("audit", Map.of("tenants", List.of("acme", "globex"))));
                assertThat(operator.configuration().get("lift.tenancy")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("default-tenant", "acme");
            });
    }

    @Test
    void aUserEndpointReplacesLifts() {
        this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=lift")
            .withBean("myLiftEndpoint", LiftEndpoint.class, () -> new LiftEndpoint(null, null, null, null, null, null))
            .run((context) -> assertThat(context).hasSingleBean(LiftEndpoint.class).hasBean("myLiftEndpoint"));
    }

    @Test
    void masterSwitchTurnsItOff() {
        this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=lift", "lift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(LiftEndpoint.class));
    }

    private static SecurityContext caller(String role) {
        return new SecurityContext() {

            @Override
            public Principal getPrincipal() {
                return () -> "someone";
            }

            @Override
            public boolean isUserInRole(String name) {
                return role.equals(name);
            }

        };
    }

    /** A user filter, to show that the chain lists every filter. */
    static class Audit implements LiftFilter {

        @Override
        public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
            return chain.proceed(invocation);
        }

        @Override
        public int getOrder() {
            return 5000;
        }

        @Override
        public String name() {
            return "audit";
        }

    }

    /** A pattern state with per-tenant entries. */
    static class TenantState implements LiftPatternState {

        @Override
        public String pattern() {
            return "audit";
        }

        @Override
        public Map<String, Object> describe(boolean showTenants) {
            return Map.of("tenants", showTenants ? List.of("acme", "globex") : 2);
        }

    }

}
