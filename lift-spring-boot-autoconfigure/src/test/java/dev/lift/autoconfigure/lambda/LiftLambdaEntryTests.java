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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftTarget;
import dev.lift.chain.StatusResult;
import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import dev.lift.context.LiftMdcKeys;
import dev.lift.error.LiftInvalidTenantException;
import dev.lift.error.LiftRateLimitedException;
import dev.lift.error.LiftRejectedException;
import dev.lift.lambda.ColdStart;
import dev.lift.tenancy.CompositeTenantResolver;
import dev.lift.tenancy.HeaderTenantResolver;
import dev.lift.tenancy.LambdaTenantResolver;
import dev.lift.tenancy.TenantPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Lambda entry with a real chain and invoker, fed events as the runtime client hands them over. */
class LiftLambdaEntryTests {

    private static final String V1 = "{\"httpMethod\":\"POST\",\"path\":\"/\",\"headers\":{\"X-Tenant-Id\":\"%s\"},"
            + "\"requestContext\":{\"requestId\":\"r\"},\"body\":\"hi\"}";

    private static final String V2 = "{\"version\":\"2.0\",\"routeKey\":\"POST /\",\"headers\":{\"x-tenant-id\":\"%s\"},"
            + "\"requestContext\":{\"http\":{\"method\":\"POST\"}},\"body\":\"hi\"}";

    private final ObjectMapper mapper = new ObjectMapper();

    private final AtomicReference<LiftFilter> extraFilter = new AtomicReference<>();

    private final ColdStart coldStart = new ColdStart("on-demand");

    private final LiftLambdaEntry entry = entry();

    private final AtomicReference<LiftContext> seen = new AtomicReference<>();

    @AfterEach
    void clearTraceProperty() {
        System.clearProperty("com.amazonaws.xray.traceHeader");
    }

    @Test
    void contextComesFromLambdaContext() throws Exception {
        // The runtime client's process-wide property belongs to some other invocation.
        System.setProperty("com.amazonaws.xray.traceHeader", "Root=1-00000000-000000000000000000000000");
        handle("{\"a\":1}", new TestLambdaContext("req-1", "tenant-a", "Root=1-a", 20_000), echo());
        LiftContext context = this.seen.get();
        assertThat(context.requestId()).isEqualTo("req-1");
        assertThat(context.tenantId()).isEqualTo("tenant-a");
        assertThat(context.traceHeader()).isEqualTo("Root=1-a");
        assertThat(context.operation()).isEqualTo("uppercase");
        assertThat(context.remainingNanos()).isBetween(TimeUnit.SECONDS.toNanos(15), TimeUnit.SECONDS.toNanos(20));
        assertThat(context.coldStart()).isTrue();
        handle("{}", new TestLambdaContext("req-2", "tenant-a", null, 1000), echo());
        assertThat(this.seen.get().coldStart()).isFalse();
        assertThat(this.seen.get().traceHeader()).isNull();
    }

    @Test
    void plainEventAnswerIsWrittenAsTheFunctionWroteIt() throws Exception {
        assertThat(handle("\"x\"", context("t"), echo())).isEqualTo("\"x\"");
        assertThat(this.lastResult.get()).isInstanceOf(LambdaResponse.Plain.class);
    }

    @Test
    void proxyEventHeadersAreMatchedCaseInsensitivelyAndTheStatusIsKept() throws Exception {
        String answer = "{\"statusCode\":201,\"body\":\"ok\"}";
        assertThat(handle(V1.formatted("acme"), context(null), answering(answer))).isEqualTo(answer);
        assertThat(this.seen.get().tenantId()).isEqualTo("acme");
        assertThat(((StatusResult) this.lastResult.get()).status()).isEqualTo(201);
        handle(V2.formatted("globex"), context(null), answering(answer));
        assertThat(this.seen.get().tenantId()).isEqualTo("globex");
    }

    @Test
    void rejectionOfProxyEventsIsAProblemResponse() throws Exception {
        this.extraFilter.set(new RejectingFilter());
        for (String event : List.of(V1.formatted("acme"), V2.formatted("acme"))) {
            JsonNode response = this.mapper.readTree(handle(event, context(null), echo()));
            assertThat(response.get("statusCode").asInt()).isEqualTo(429);
            assertThat(response.at("/headers/Retry-After").asText()).isEqualTo("2");
            assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("application/problem+json");
            JsonNode problem = this.mapper.readTree(response.get("body").asText());
            assertThat(problem.get("status").asInt()).isEqualTo(429);
            assertThat(problem.get("type").asText()).isEqualTo("urn:lift:problem:test-limit");
        }
    }

    @Test
    void aRateLimitedProxyEventCarriesTheRateLimitHeaders() throws Exception {
        this.extraFilter.set((invocation, chain) -> {
            throw new LiftRateLimitedException("tenant", 100, 0, Duration.ofMillis(1500), Duration.ofSeconds(60));
        });
        JsonNode response = this.mapper.readTree(handle(V2.formatted("acme"), context(null), echo()));
        assertThat(response.get("statusCode").asInt()).isEqualTo(429);
        assertThat(response.at("/headers/Retry-After").asText()).isEqualTo("2");
        assertThat(response.at("/headers/RateLimit-Policy").asText()).isEqualTo("\"tenant\";q=100;w=60");
        assertThat(response.at("/headers/RateLimit").asText()).isEqualTo("\"tenant\";r=0;t=2");
    }

    @Test
    void invalidTenantOfProxyEventIsA400ProblemResponse() throws Exception {
        JsonNode response = this.mapper.readTree(handle(V2.formatted("bad tenant!"), context(null), echo()));
        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(response.at("/headers/Retry-After").isMissingNode()).isTrue();
        assertThat(response.get("body").asText()).contains("invalid-tenant").doesNotContain("bad tenant!");
    }

    @Test
    void rejectionOfOtherEventsIsThrownForTheRuntimeToReport() {
        assertThatExceptionOfType(LiftInvalidTenantException.class)
            .isThrownBy(() -> handle("{}", context("bad tenant!"), echo()));
        this.extraFilter.set(new RejectingFilter());
        assertThatExceptionOfType(LiftRejectedException.class).isThrownBy(() -> handle("{}", context("t"), echo()));
    }

    @Test
    void aNullAnswerInPlaceOfTheFunctionsIsNoContentForProxyEventsAndNullOtherwise() throws Exception {
        this.extraFilter.set((invocation, chain) -> {
            invocation.responseHeader("RateLimit", "\"tenant\";r=4;t=1");
            return null;
        });
        JsonNode response = this.mapper.readTree(handle(V2.formatted("acme"), context(null), echo()));
        assertThat(response.get("statusCode").asInt()).isEqualTo(204);
        assertThat(response.get("body").asText()).isEmpty();
        assertThat(response.at("/headers/Content-Type").isMissingNode()).isTrue();
        assertThat(response.at("/headers/RateLimit").asText()).isEqualTo("\"tenant\";r=4;t=1");

        assertThat(handle("{}", context("t"), echo())).isEqualTo("null");
    }

    @Test
    void aTextOrBytesAnswerInPlaceOfTheFunctionsIsAProxyResponseOfItsType() throws Exception {
        this.extraFilter.set((invocation, chain) -> new StringBuilder("cached"));
        JsonNode text = this.mapper.readTree(handle(V1.formatted("acme"), context(null), echo()));
        assertThat(text.get("statusCode").asInt()).isEqualTo(200);
        assertThat(text.at("/headers/Content-Type").asText()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(text.get("body").asText()).isEqualTo("cached");
        assertThat(handle("{}", context("t"), echo())).isEqualTo("cached");

        this.extraFilter.set((invocation, chain) -> new byte[] { 1, 2, 3 });
        JsonNode bytes = this.mapper.readTree(handle(V2.formatted("acme"), context(null), echo()));
        assertThat(bytes.at("/headers/Content-Type").asText()).isEqualTo("application/octet-stream");
        assertThat(bytes.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(java.util.Base64.getDecoder().decode(bytes.get("body").asText())).containsExactly(1, 2, 3);
    }

    @Test
    void theFunctionsProxyAnswerCarriesTheHeadersFiltersAdded() throws Exception {
        this.extraFilter.set((invocation, chain) -> {
            invocation.responseHeader("RateLimit", "\"tenant\";r=4;t=1");
            return chain.proceed(invocation);
        });
        String answer = "{\"statusCode\":201,\"headers\":{\"X-Own\":\"kept\"},\"body\":\"ok\"}";
        JsonNode response = this.mapper.readTree(handle(V2.formatted("acme"), context(null), answering(answer)));

        assertThat(response.get("statusCode").asInt()).isEqualTo(201);
        assertThat(response.at("/headers/X-Own").asText()).isEqualTo("kept");
        assertThat(response.at("/headers/RateLimit").asText()).isEqualTo("\"tenant\";r=4;t=1");
        assertThat(response.get("body").asText()).isEqualTo("ok");
    }

    @Test
    void checkedExceptionOfTheFunctionKeepsItsType() {
        assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> handle("{}", context("t"), (invocation) -> {
            throw new TimeoutException("slow");
        }));
    }

    @Test
    void nothingTheInvocationLeavesOnItsThreadReachesTheNext() throws Exception {
        MDC.put("caller", "kept");
        LiftTarget messy = (invocation) -> {
            MDC.put("user-key", "leaked?");
            Thread.currentThread().interrupt();
            throw new IllegalStateException("boom");
        };
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> handle("{}", context("t"), messy));
        assertThat(LiftContextHolder.get()).isNull();
        assertThat(MDC.get(LiftMdcKeys.REQUEST_ID)).isNull();
        assertThat(MDC.get("user-key")).isNull();
        assertThat(MDC.get("caller")).isEqualTo("kept");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        MDC.clear();
    }

    private final AtomicReference<Object> lastResult = new AtomicReference<>();

    private String handle(String event, TestLambdaContext context, LiftTarget target) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        LiftTarget recording = (invocation) -> {
            Object result = target.call(invocation);
            this.lastResult.set(result);
            return result;
        };
        this.entry.handle(event.getBytes(StandardCharsets.UTF_8), output, context, recording);
        return output.toString(StandardCharsets.UTF_8);
    }

    private LiftTarget echo() {
        return (invocation) -> {
            this.seen.set(LiftContext.current().orElseThrow());
            LambdaRequest request = (LambdaRequest) invocation.request();
            return this.entry.response(invocation, request, request.bytes());
        };
    }

    private LiftTarget answering(String answer) {
        return (invocation) -> {
            this.seen.set(LiftContext.current().orElseThrow());
            return this.entry.response(invocation, (LambdaRequest) invocation.request(), answer.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static TestLambdaContext context(String tenant) {
        return new TestLambdaContext("req", tenant, null, 10_000);
    }

    private LiftLambdaEntry entry() {
        LiftFilter extra = new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                LiftFilter filter = LiftLambdaEntryTests.this.extraFilter.get();
                return (filter != null) ? filter.filter(invocation, chain) : chain.proceed(invocation);
            }
        };
        TenantPolicy policy = new TenantPolicy(new CompositeTenantResolver(
                List.of(new LambdaTenantResolver(), new HeaderTenantResolver("X-Tenant-Id"))),
                Pattern.compile(TenantPolicy.DEFAULT_PATTERN), false, null);
        LiftInvoker invoker = new LiftInvoker(new LiftChain(List.of(new ContextFilter(), extra)), policy);
        return new LiftLambdaEntry(invoker, this.mapper, this.coldStart, "uppercase");
    }

    private static final class RejectingFilter implements LiftFilter {

        @Override
        public Object filter(Invocation invocation, LiftFilterChain chain) {
            throw new LiftRejectedException("Too many calls", 429, Duration.ofMillis(1500), "test") {
                @Override
                public String code() {
                    return "test-limit";
                }
            };
        }

    }

}
