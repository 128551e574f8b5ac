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

package dev.lift.autoconfigure.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftInvoker;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRateLimitedException;
import dev.lift.error.LiftRejectedException;
import dev.lift.lambda.ColdStart;
import dev.lift.tenancy.HeaderTenantResolver;
import dev.lift.tenancy.TenantPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests of the filter alone; the sample app's tests drive it over real HTTP.
 */
class LiftServletFilterTests {

    private final AtomicReference<LiftContext> seen = new AtomicReference<>();

    @Test
    void runsTheRequestInsideAContextWithTheTenantOperationAndTrace() throws Exception {
        LiftServletFilter filter = filter(List.of(), new LiftWebProperties());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        request.addHeader("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");

        filter.doFilter(request, new MockHttpServletResponse(), recordingChain());

        LiftContext context = this.seen.get();
        assertThat(context.tenantId()).isEqualTo("acme");
        assertThat(context.operation()).isEqualTo("uppercase");
        assertThat(context.traceHeader()).isEqualTo("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
        assertThat(context.requestId()).matches("[0-9a-f]{32}");
        assertThat(context.hasDeadline()).isFalse();
        assertThat(LiftContext.current()).isEmpty();
    }

    @Test
    void dropsAMalformedTraceHeaderAndAppliesTheConfiguredDeadline() throws Exception {
        LiftWebProperties properties = new LiftWebProperties();
        properties.setDeadline(Duration.ofSeconds(5));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        request.addHeader("X-Amzn-Trace-Id", "Root=1\r\nforged: yes");

        filter(List.of(), properties).doFilter(request, new MockHttpServletResponse(), recordingChain());

        assertThat(this.seen.get().traceHeader()).isNull();
        assertThat(this.seen.get().remainingNanos()).isBetween(1L, Duration.ofSeconds(5).toNanos());
    }

    @Test
    void turnsARejectionIntoAProblemResponseWithRetryAfter() throws Exception {
        LiftFilter rejecting = (invocation, next) -> {
            throw new Rejected();
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(rejecting), new LiftWebProperties()).doFilter(request, response, recordingChain());

        assertThat(this.seen.get()).as("the function did not run").isNull();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("type").asText()).isEqualTo("urn:lift:problem:test-limit");
    }

    @Test
    void aRateLimitedCallCarriesTheRateLimitHeaders() throws Exception {
        LiftFilter limiting = (invocation, next) -> {
            throw new LiftRateLimitedException("tenant", 100, 0, Duration.ofMillis(1500), Duration.ofSeconds(60));
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(limiting), new LiftWebProperties()).doFilter(request, response, recordingChain());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getHeader("RateLimit-Policy")).isEqualTo("\"tenant\";q=100;w=60");
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"tenant\";r=0;t=2");
    }

    @Test
    void refusesAnInvalidTenantWith400AndNeverEchoesIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "evil\"tenant");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(), new LiftWebProperties()).doFilter(request, response, recordingChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).doesNotContain("evil");
        assertThat(this.seen.get()).isNull();
    }

    @Test
    void skipsExcludedPaths() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(), new LiftWebProperties()).doFilter(request, response, recordingChain());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(this.seen.get()).as("ran outside any Lift context").isNull();
    }

    @Test
    void aRetryReplaysTheRequestBodyToTheNextAttempt() throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        LiftFilter retryOnce = (invocation, next) -> {
            try {
                return next.proceed(invocation);
            }
            catch (jakarta.servlet.ServletException ex) {
                return next.proceed(invocation);
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        request.setContent("payload".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(retryOnce), new LiftWebProperties()).doFilter(request, response, (req, res) -> {
            bodies.add(new String(req.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (bodies.size() == 1) {
                res.setContentType("text/plain");
                throw new jakarta.servlet.ServletException("first attempt failed");
            }
            res.getWriter().write("done");
        });

        assertThat(bodies).containsExactly("payload", "payload");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("done");
    }

    @Test
    void aRetryReplaysAFlushedAnswerThatWasHeldBack() throws Exception {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        LiftFilter retryOnce = (invocation, next) -> {
            next.proceed(invocation);
            return next.proceed(invocation);
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(retryOnce), new LiftWebProperties()).doFilter(request, response, (req, res) -> {
            int attempt = attempts.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus((attempt == 1) ? 503 : 200);
            res.getWriter().write("attempt " + attempt);
            res.flushBuffer();
        });

        assertThat(attempts).hasValue(2);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("attempt 2");
    }

    @Test
    void aRetryDoesNotRunTheRequestAgainOnceTheResponseIsSent() throws Exception {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        LiftFilter retryOnce = (invocation, next) -> {
            next.proceed(invocation);
            return next.proceed(invocation);
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();
        LiftWebProperties sendAsWritten = new LiftWebProperties();
        sendAsWritten.setMaxHeldResponseSize(0);

        filter(List.of(retryOnce), sendAsWritten).doFilter(request, response, (req, res) -> {
            attempts.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(503);
            res.getWriter().write("sent");
            res.flushBuffer();
        });

        assertThat(attempts).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("sent");
    }

    @Test
    void writesAValueThatAFilterReturnedInPlaceOfTheFunctionsAnswerAsJson() throws Exception {
        LiftFilter fallback = (invocation, next) -> java.util.Map.of("fallback", true);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(fallback), new LiftWebProperties()).doFilter(request, response, recordingChain());

        assertThat(this.seen.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentAsString()).isEqualTo("{\"fallback\":true}");
    }

    @Test
    void aRejectionAfterTheRequestWentAsyncIsWrittenOnTheAsyncDispatchInPlaceOfTheResult() throws Exception {
        LiftFilter lateRejection = (invocation, next) -> {
            next.proceed(invocation);
            throw new Rejected();
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        request.setAsyncSupported(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        LiftServletFilter filter = filter(List.of(lateRejection), new LiftWebProperties());

        filter.doFilter(request, response, (req, res) -> req.startAsync());
        assertThat(response.getContentAsString()).as("nothing before the async dispatch").isEmpty();
        request.setAsyncStarted(false);
        request.setDispatcherType(jakarta.servlet.DispatcherType.ASYNC);
        filter.doFilter(request, response, (req, res) -> res.getWriter().write("the function's result"));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentAsString()).contains("urn:lift:problem:test-limit")
            .doesNotContain("the function's result");
    }

    @Test
    void anAsyncDispatchWithoutALateRejectionWritesTheResult() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.setDispatcherType(jakarta.servlet.DispatcherType.ASYNC);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(), new LiftWebProperties()).doFilter(request, response,
                (req, res) -> res.getWriter().write("the function's result"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("the function's result");
    }

    @Test
    void aNullAnswerInPlaceOfTheFunctionsIsNoContentWithTheInvocationsHeaders() throws Exception {
        LiftFilter fallback = (invocation, next) -> {
            invocation.responseHeader("RateLimit", "\"tenant\";r=4;t=1");
            return null;
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(fallback), new LiftWebProperties()).doFilter(request, response, recordingChain());

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getContentType()).isNull();
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"tenant\";r=4;t=1");
    }

    @Test
    void theFunctionsAnswerCarriesTheHeadersFiltersAdded() throws Exception {
        LiftFilter rateLimit = (invocation, next) -> {
            invocation.responseHeader("RateLimit", "\"tenant\";r=4;t=1");
            return next.proceed(invocation);
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uppercase");
        request.addHeader("X-Tenant-Id", "acme");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(List.of(rateLimit), new LiftWebProperties()).doFilter(request, response,
                (req, res) -> res.getWriter().write("HELLO"));

        assertThat(response.getContentAsString()).isEqualTo("HELLO");
        assertThat(response.getHeader("RateLimit")).isEqualTo("\"tenant\";r=4;t=1");
    }

    private MockFilterChain recordingChain() {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                    jakarta.servlet.http.HttpServletResponse resp) {
                LiftServletFilterTests.this.seen.set(LiftContext.current().orElse(null));
            }
        });
    }

    private static LiftServletFilter filter(List<LiftFilter> filters, LiftWebProperties properties) {
        List<LiftFilter> all = new java.util.ArrayList<>(filters);
        all.add(new ContextFilter());
        LiftInvoker invoker = new LiftInvoker(new LiftChain(all), new TenantPolicy(
                new HeaderTenantResolver("X-Tenant-Id"), Pattern.compile(TenantPolicy.DEFAULT_PATTERN), true, null));
        return new LiftServletFilter(invoker, new FunctionPathOperationResolver(java.util.Set.of("uppercase"), ""),
                new ColdStart(null), properties, new ObjectMapper());
    }

    static class Rejected extends LiftRejectedException {

        Rejected() {
            super("Slow down", 429, Duration.ofMillis(1200), "test");
        }

        @Override
        public String code() {
            return "test-limit";
        }

    }

}
