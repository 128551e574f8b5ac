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

package dev.lift.autoconfigure.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonPointer;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.lambda.ColdStart;
import dev.lift.priority.LiftPriorityResolver;
import dev.lift.priority.PriorityPolicy;
import dev.lift.tenancy.AuthorizerClaimTenantResolver;
import dev.lift.tenancy.CompositeTenantResolver;
import dev.lift.tenancy.HeaderTenantResolver;
import dev.lift.tenancy.LambdaTenantResolver;
import dev.lift.tenancy.LiftTenantResolver;
import dev.lift.tenancy.TenantPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller controls reaching the Lambda entry: malformed, mistyped and oversized events, and
 * hostile tenant ids and priorities. Lift never fails on an event it cannot read (the function gets
 * it as it came), refuses a bad tenant with a small 400 problem that neither echoes the id nor
 * carries a stack trace, and trusts a header only when the header is the configured source.
 */
class LiftLambdaEntryHostileInputTests {

    private final ObjectMapper mapper = new ObjectMapper();

    private final AtomicReference<LiftContext> seen = new AtomicReference<>();

    private final AtomicInteger calls = new AtomicInteger();

    static List<String> malformedEvents() {
        List<String> events = new ArrayList<>(List.of("", "{", "{\"httpMethod\":", "null", "[]", "42", "\"text\"",
                "\u0000\u0001binary", "{\"requestContext\":\"x\",\"httpMethod\":\"GET\"}",
                "{\"requestContext\":{},\"httpMethod\":7,\"headers\":\"X-Tenant-Id: acme\"}",
                "{\"requestContext\":{},\"routeKey\":\"GET /\",\"headers\":[\"x-tenant-id\",\"acme\"]}",
                "{\"requestContext\":{},\"routeKey\":\"GET /\",\"headers\":null,\"multiValueHeaders\":42}",
                "{\"requestContext\":{},\"routeKey\":\"GET /\",\"headers\":{\"x-tenant-id\":{\"nested\":1}}}",
                "{\"requestContext\":{},\"routeKey\":\"GET /\",\"headers\":{\"x-tenant-id\":[[\"acme\"]]}}",
                "{\"requestContext\":{\"authorizer\":[1,2]},\"routeKey\":\"GET /\"}",
                "{\"requestContext\":{\"authorizer\":{\"claims\":{\"tenant_id\":{\"a\":1}}}},\"routeKey\":\"GET /\"}",
                "{\"requestContext\":{\"authorizer\":{\"jwt\":{\"claims\":true}}},\"routeKey\":\"GET /\"}"));
        // Nested far beyond Jackson's depth limit: refused by the parser, not a stack overflow.
        events.add("[".repeat(100_000) + "]".repeat(100_000));
        events.add("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        return events;
    }

    @ParameterizedTest
    @MethodSource("malformedEvents")
    void anEventLiftCannotReadReachesTheFunctionAsItCame(String event) throws IOException {
        String answer = handle(entry(headerAndClaims()), event, null, echo());
        assertThat(answer).isEqualTo(event);
        assertThat(this.calls).hasValue(1);
        assertThat(this.seen.get().tenantId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "acme\r\nX-Injected: yes", "acme\nlevel=ERROR", "acme\"}", "acme'--", "äcme", "租户",
            "acme\u0000", "acme\u202e", "../../etc/passwd", "${jndi:ldap://x/a}", "acme acme", "" + "\uD83D\uDE00" })
    void aHostileTenantIdIsRefusedWithoutEchoingIt(String tenant) throws IOException {
        for (ObjectNode event : List.of(v1WithHeader(tenant), v2WithHeader(tenant), v2WithClaim(tenant))) {
            JsonNode response = this.mapper.readTree(handle(entry(headerAndClaims()), event.toString(), null, echo()));
            assertThat(response.get("statusCode").asInt()).isEqualTo(400);
            String body = response.get("body").asText();
            assertThat(body).contains("invalid-tenant").doesNotContain(tenant).doesNotContain("Exception")
                .doesNotContain("at dev.lift");
            assertThat(this.mapper.readTree(body).size()).as("a small problem body").isLessThanOrEqualTo(5);
        }
        assertThat(this.calls).as("the function never ran").hasValue(0);
    }

    @Test
    void aTenIdKilobyteTenantIdIsRefusedQuickly() throws IOException {
        String tenant = "a".repeat(10 * 1024);
        long start = System.nanoTime();
        JsonNode response = this.mapper
            .readTree(handle(entry(headerAndClaims()), v2WithHeader(tenant).toString(), null, echo()));
        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(response.toString()).doesNotContain(tenant.substring(0, 100));
        assertThat(System.nanoTime() - start).as("no regex blow-up").isLessThan(1_000_000_000L);
    }

    @Test
    void aSixMegabyteBodyPassesThroughWhole() throws IOException {
        ObjectNode event = v2WithHeader("acme");
        String body = "x".repeat(6 * 1024 * 1024);
        event.put("body", body);
        String answer = handle(entry(headerAndClaims()), event.toString(), null, echo());
        assertThat(this.mapper.readTree(answer).get("body").asText()).hasSameSizeAs(body);
        assertThat(this.seen.get().tenantId()).isEqualTo("acme");
    }

    @Test
    void aForgedTenantHeaderIsIgnoredWhenTheTenantComesFromTheAuthorizer() throws IOException {
        LiftLambdaEntry entry = entry(new CompositeTenantResolver(
                List.of(new LambdaTenantResolver(), new AuthorizerClaimTenantResolver("tenant_id"))));
        ObjectNode event = v2WithClaim("attacker");
        ((ObjectNode) event.get("headers")).put("x-tenant-id", "victim");
        handle(entry, event.toString(), null, echo());
        assertThat(this.seen.get().tenantId()).isEqualTo("attacker");
        handle(entry, v2WithHeader("victim").toString(), null, echo());
        assertThat(this.seen.get().tenantId()).as("a header alone is no tenant").isNull();
        handle(entry, v2WithHeader("victim").toString(), new TestLambdaContext("r", "from-lambda", null, 10_000),
                echo());
        assertThat(this.seen.get().tenantId()).isEqualTo("from-lambda");
    }

    @Test
    void aForgedPriorityHeaderIsIgnoredWhenThePriorityComesFromTheEventAndCappedWhenFromAHeader()
            throws IOException {
        ObjectNode event = v2WithClaim("acme");
        ((ObjectNode) event.get("headers")).put("x-lift-priority", "10");
        event.put("priority", 2);
        PriorityPolicy fromEvent = new PriorityPolicy(LiftPriorityResolver.eventField(JsonPointer.compile("/priority")),
                0, 5);
        handle(entry(headerAndClaims(), fromEvent), event.toString(), null, echo());
        assertThat(this.seen.get().priority()).isEqualTo(2);
        PriorityPolicy fromHeader = new PriorityPolicy(LiftPriorityResolver.header("X-Lift-Priority"), 0, 5);
        for (String forged : List.of("10", "2147483647", "99999999999999", "1e9", "0x7fffffff", " 5 ")) {
            ((ObjectNode) event.get("headers")).put("x-lift-priority", forged);
            handle(entry(headerAndClaims(), fromHeader), event.toString(), null, echo());
            assertThat(this.seen.get().priority()).as("priority from %s", forged).isBetween(0, 5);
        }
    }

    private ObjectNode v1WithHeader(String tenant) {
        ObjectNode event = this.mapper.createObjectNode();
        event.put("httpMethod", "POST").put("path", "/").put("body", "hi");
        event.putObject("headers").put("X-Tenant-Id", tenant);
        event.putObject("requestContext").put("requestId", "r");
        return event;
    }

    private ObjectNode v2WithHeader(String tenant) {
        ObjectNode event = this.mapper.createObjectNode();
        event.put("version", "2.0").put("routeKey", "POST /").put("body", "hi");
        event.putObject("headers").put("x-tenant-id", tenant);
        event.putObject("requestContext").putObject("http").put("method", "POST");
        return event;
    }

    private ObjectNode v2WithClaim(String tenant) {
        ObjectNode event = this.mapper.createObjectNode();
        event.put("version", "2.0").put("routeKey", "POST /").put("body", "hi");
        event.putObject("headers");
        ObjectNode requestContext = event.putObject("requestContext");
        requestContext.putObject("http").put("method", "POST");
        requestContext.putObject("authorizer").putObject("jwt").putObject("claims").put("tenant_id", tenant);
        return event;
    }

    private String handle(LiftLambdaEntry entry, String event, TestLambdaContext context, LiftTarget target)
            throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        entry.handle(event.getBytes(StandardCharsets.UTF_8), output, context, target);
        return output.toString(StandardCharsets.UTF_8);
    }

    private LiftTarget echo() {
        return (invocation) -> {
            this.calls.incrementAndGet();
            this.seen.set(LiftContext.current().orElseThrow());
            LambdaRequest request = (LambdaRequest) invocation.request();
            // As the handler does: the function's answer, with the status of a proxy response.
            return entry(headerAndClaims()).response(invocation, request, request.bytes());
        };
    }

    private static LiftTenantResolver headerAndClaims() {
        return new CompositeTenantResolver(List.of(new LambdaTenantResolver(),
                new AuthorizerClaimTenantResolver("tenant_id"), new HeaderTenantResolver("X-Tenant-Id")));
    }

    private LiftLambdaEntry entry(LiftTenantResolver tenants) {
        return entry(tenants, null);
    }

    private LiftLambdaEntry entry(LiftTenantResolver tenants, PriorityPolicy priorities) {
        TenantPolicy policy = new TenantPolicy(tenants, Pattern.compile(TenantPolicy.DEFAULT_PATTERN), false, null);
        LiftInvoker invoker = new LiftInvoker(new LiftChain(List.of(new ContextFilter())), policy, priorities);
        return new LiftLambdaEntry(invoker, this.mapper, new ColdStart("on-demand"), "orders");
    }

}
