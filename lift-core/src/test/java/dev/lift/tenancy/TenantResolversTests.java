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

package dev.lift.tenancy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantResolversTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lambdaTenantComesFromTheLambdaContext() {
        assertThat(new LambdaTenantResolver().resolveTenant(request(Map.of(), null, "acme"))).isEqualTo("acme");
        assertThat(new LambdaTenantResolver().resolveTenant(request(Map.of(), null, null))).isNull();
    }

    @Test
    void headerIsMatchedCaseInsensitivelyByTheRequestView() {
        LiftRequest request = request(Map.of("x-tenant-id", "acme"), null, null);
        assertThat(new HeaderTenantResolver("X-Tenant-Id").resolveTenant(request)).isEqualTo("acme");
    }

    @Test
    void authorizerClaimOfARestApiEventWithACognitoAuthorizer() throws Exception {
        JsonNode event = JSON.readTree("""
                {"resource":"/orders","httpMethod":"POST",
                 "requestContext":{"authorizer":{"claims":{"tenant_id":"acme","sub":"u1"}}}}""");
        assertThat(new AuthorizerClaimTenantResolver("tenant_id").resolveTenant(request(Map.of(), event, null)))
            .isEqualTo("acme");
    }

    @Test
    void authorizerContextOfARestApiEventWithALambdaAuthorizer() throws Exception {
        JsonNode event = JSON.readTree("""
                {"httpMethod":"GET","requestContext":{"authorizer":{"tenant_id":"globex","principalId":"p"}}}""");
        assertThat(new AuthorizerClaimTenantResolver("tenant_id").resolveTenant(request(Map.of(), event, null)))
            .isEqualTo("globex");
    }

    @Test
    void jwtClaimOfAnHttpApiEvent() throws Exception {
        JsonNode event = JSON.readTree("""
                {"version":"2.0","routeKey":"POST /orders",
                 "requestContext":{"authorizer":{"jwt":{"claims":{"tenant_id":"initech"},"scopes":[]}}}}""");
        assertThat(new AuthorizerClaimTenantResolver("tenant_id").resolveTenant(request(Map.of(), event, null)))
            .isEqualTo("initech");
    }

    @Test
    void lambdaAuthorizerContextOfAnHttpApiEvent() throws Exception {
        JsonNode event = JSON.readTree("""
                {"version":"2.0","requestContext":{"authorizer":{"lambda":{"tenant_id":"umbrella"}}}}""");
        assertThat(new AuthorizerClaimTenantResolver("tenant_id").resolveTenant(request(Map.of(), event, null)))
            .isEqualTo("umbrella");
    }

    @Test
    void authorizerClaimIsAbsentWithoutAnAuthorizerOrAnEvent() throws Exception {
        JsonNode event = JSON.readTree("{\"requestContext\":{}}");
        assertThat(new AuthorizerClaimTenantResolver("tenant_id").resolveTenant(request(Map.of(), event, null)))
            .isNull();
        assertThat(new AuthorizerClaimTenantResolver("tenant_id").resolveTenant(request(Map.of(), null, null)))
            .isNull();
    }

    @Test
    void eventFieldByJsonPointer() throws Exception {
        JsonNode event = JSON.readTree("{\"detail\":{\"tenantId\":\"acme\",\"nested\":{\"n\":1}}}");
        assertThat(new EventFieldTenantResolver(JsonPointer.compile("/detail/tenantId"))
            .resolveTenant(request(Map.of(), event, null))).isEqualTo("acme");
        assertThat(new EventFieldTenantResolver(JsonPointer.compile("/detail/nested"))
            .resolveTenant(request(Map.of(), event, null))).as("objects are not tenant ids").isNull();
        assertThat(new EventFieldTenantResolver(JsonPointer.compile("/missing"))
            .resolveTenant(request(Map.of(), event, null))).isNull();
    }

    @Test
    void compositeTakesTheFirstSourceWithAnAnswer() {
        LiftRequest request = request(Map.of("x-tenant-id", "from-header"), null, "from-lambda");
        CompositeTenantResolver lambdaFirst = new CompositeTenantResolver(
                List.of(new LambdaTenantResolver(), new HeaderTenantResolver("X-Tenant-Id")));
        CompositeTenantResolver headerFirst = new CompositeTenantResolver(
                List.of(new HeaderTenantResolver("X-Tenant-Id"), new LambdaTenantResolver()));

        assertThat(lambdaFirst.resolveTenant(request)).isEqualTo("from-lambda");
        assertThat(headerFirst.resolveTenant(request)).isEqualTo("from-header");
        assertThat(lambdaFirst.resolveTenant(request(Map.of("x-tenant-id", "from-header"), null, null)))
            .isEqualTo("from-header");
    }

    static LiftRequest request(Map<String, String> headers, JsonNode event, String lambdaTenant) {
        return LiftRequest.of(headers, event, lambdaTenant);
    }

}
