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

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.tenancy.LiftRequest;
import dev.lift.tenancy.LiftTenantResolver;
import dev.lift.tenancy.TenantPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.lift.autoconfigure.LiftConfigurationFailures.analyze;
import static dev.lift.autoconfigure.LiftConfigurationFailures.assertLiftConfigurationFailure;
import static org.assertj.core.api.Assertions.assertThat;

class LiftTenancyAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftTenancyAutoConfiguration.class));

    @Test
    void byDefaultTrustsOnlyLambdaAndTheAuthorizerNotTheHeader() {
        this.contextRunner.run((context) -> {
            TenantPolicy policy = context.getBean(TenantPolicy.class);
            assertThat(policy.resolve(request(Map.of("X-Tenant-Id", "forged"), null, null))).isNull();
            assertThat(policy.resolve(request(Map.of(), null, "from-lambda"))).isEqualTo("from-lambda");
            assertThat(policy.resolve(request(Map.of(), json("""
                    {"requestContext":{"authorizer":{"claims":{"tenant_id":"acme"}}}}"""), null))).isEqualTo("acme");
        });
    }

    @Test
    void theHeaderSourceIsOptInWithAConfigurableName() {
        this.contextRunner.withPropertyValues("lift.tenancy.sources=header", "lift.tenancy.header-name=X-Org")
            .run((context) -> assertThat(context.getBean(TenantPolicy.class)
                .resolve(request(Map.of("X-Org", "acme"), null, null))).isEqualTo("acme"));
    }

    @Test
    void theEventFieldSourceReadsTheConfiguredPointer() {
        this.contextRunner
            .withPropertyValues("lift.tenancy.sources=event-field", "lift.tenancy.event-field=/detail/tenant")
            .run((context) -> assertThat(context.getBean(TenantPolicy.class)
                .resolve(request(Map.of(), json("{\"detail\":{\"tenant\":\"acme\"}}"), null))).isEqualTo("acme"));
    }

    @Test
    void aUserResolverReplacesTheBuiltIns() {
        this.contextRunner.withBean(LiftTenantResolver.class, () -> (request) -> "always")
            .run((context) -> assertThat(context.getBean(TenantPolicy.class).resolve(request(Map.of(), null, null)))
                .isEqualTo("always"));
    }

    @Test
    void aMalformedPatternFailsAtStartUpNamingThePropertyAndValue() {
        this.contextRunner.withPropertyValues("lift.tenancy.allowed-pattern=[a-z")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), "lift.tenancy.allowed-pattern", "[a-z",
                    "a Java regular expression"));
    }

    @Test
    void aDefaultTenantOutsideThePatternFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.tenancy.default-tenant=not valid!")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), "lift.tenancy.default-tenant", "not valid!",
                    "matching lift.tenancy.allowed-pattern"));
    }

    @Test
    void theEventFieldSourceWithoutAPointerFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.tenancy.sources=event-field")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), "lift.tenancy.event-field", "null",
                    "a JSON pointer"));
        this.contextRunner.withPropertyValues("lift.tenancy.sources=event-field", "lift.tenancy.event-field=detail")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), "lift.tenancy.event-field", "detail",
                    "starting with '/'"));
    }

    @Test
    void aNonPositiveTenantBoundFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.tenancy.max-tracked-tenants=0")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), "lift.tenancy.max-tracked-tenants", "0",
                    "an integer of 1 or more"));
        this.contextRunner.withPropertyValues("lift.tenancy.tracked-tenant-idle-expiry=-1s")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), "lift.tenancy.tracked-tenant-idle-expiry",
                    "PT-1S", "a positive duration"));
    }

    @Test
    void anUnknownSourceFailsAtBindingListingTheAcceptedValues() {
        this.contextRunner.withPropertyValues("lift.tenancy.sources=cookie").run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("lift.tenancy.sources").contains("cookie");
            assertThat(analysis.getAction()).contains("AUTHORIZER_CLAIM").contains("HEADER");
        });
    }

    private static JsonNode json(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    static LiftRequest request(Map<String, String> headers, JsonNode event, String lambdaTenant) {
        return LiftRequest.of(headers, event, lambdaTenant);
    }

}
