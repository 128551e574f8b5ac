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

package dev.lift.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.autoconfigure.web.LiftServletFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.timeout.LiftTimeoutCalculator;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What callers get over real HTTP (Tomcat). The servlet entry point holds the answer until the chain
 * has decided. A
 * function or controller that is interrupted by its timeout, restores the interrupt flag and returns
 * normally (as well-behaved code does) still ends with the timeout's 504, whether its answer is
 * written on an async dispatch (spring-cloud-function-web), returned from a controller, or written
 * and flushed by hand. An answer larger than the held size goes out as it is written and stands.
 * A retried call replays the request to the servlet; servlet filters after Lift's run once. A value a
 * filter answers with is written by the one response model of both entry points; allowed calls
 * carry the rate-limit headers when asked; calls refused for their tenant are counted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "lift.timeout.enabled=true", "lift.circuit-breaker.enabled=false",
                "lift.retry.operations.http.max-attempts=2", "lift.retry.operations.http.retry-statuses=503",
                "lift.retry.operations.http.initial-delay=10ms", "lift.retry.budget.enabled=false",
                "lift.rate-limit.allowed-call-headers=true" })
class AnswersOverHttpTests {

    /** Longer than the timeout: the call only ends early when the interrupt ends it. */
    private static final Duration WORK = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private Calls calls;

    @Autowired
    private MeterRegistry meters;

    @Test
    void aFunctionThatReturnsNormallyAfterTheInterruptEndsWithTheTimeoutsAnswer() throws Exception {
        assertTimedOut("/politeSlow");
    }

    @Test
    void aControllerThatReturnsNormallyAfterTheInterruptEndsWithTheTimeoutsAnswer() throws Exception {
        assertTimedOut("/mvc/polite-slow");
    }

    @Test
    void anAnswerWrittenAndFlushedBeforeTheTimeoutIsReplacedByTheTimeoutsAnswer() throws Exception {
        assertTimedOut("/mvc/flushed-then-slow");
    }

    @Test
    void anAnswerLargerThanTheHeldSizeGoesOutAsWrittenAndStands() throws Exception {
        HttpResponse<String> response = post("/mvc/large-then-slow", "impatient", "hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).hasSize(LateControllers.LARGE).matches("x+");
    }

    @Test
    void aRetryReplaysTheRequestToTheServletButNotToServletFiltersAfterLifts() throws Exception {
        this.calls.servlet.set(0);
        this.calls.laterFilter.set(0);

        HttpResponse<String> response = post("/mvc/unavailable-once", "patient", "hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("attempt 2: hello");
        assertThat(this.calls.servlet).as("the servlet ran for both attempts").hasValue(2);
        assertThat(this.calls.laterFilter).as("a filter after Lift's ran for the first attempt only").hasValue(1);
    }

    @Test
    void aNullAnswerInPlaceOfTheFunctionsIsNoContentAndTextIsText() throws Exception {
        HttpResponse<String> none = this.http.send(request("/uppercase", "acme", "hello")
            .header(LateWork.FALLBACK_HEADER, "null").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(204);
        assertThat(none.body()).isEmpty();

        HttpResponse<String> text = this.http.send(request("/uppercase", "acme", "hello")
            .header(LateWork.FALLBACK_HEADER, "text").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(text.body()).isEqualTo("from the fallback");
    }

    @Test
    void anAllowedCallCarriesTheRateLimitHeaders() throws Exception {
        HttpResponse<String> response = post("/uppercase", "headers-tenant", "hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("HELLO");
        // The sample's limit: 1000 per second per tenant.
        assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"tenant\";q=1000;w=1");
        assertThat(response.headers().firstValue("RateLimit")).hasValueSatisfying(
                (value) -> assertThat(value).matches("\"tenant\";r=99[0-9];t=1"));
    }

    @Test
    void aCallRefusedForItsTenantIsCountedAsRejectedByTenancy() throws Exception {
        HttpResponse<String> response = post("/uppercase", "no spaces allowed", "hello");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid-tenant").doesNotContain("no spaces");
        // The sample's EMF meters show counts as of their last flush: the meters' existence is the proof
        // here, their counts are checked in lift-core.
        assertThat(this.meters.find("lift.invocation.rejections")
            .tags("operation", "uppercase", "pattern", "tenancy", "tenant", "none")
            .counters()).hasSize(1);
        assertThat(this.meters.find("lift.invocation").tags("operation", "uppercase", "outcome", "rejected").timers())
            .hasSize(1);
    }

    private void assertTimedOut(String path) throws Exception {
        // Warm: a cold first call may take longer than the impatient tenant's timeout.
        assertThat(post("/uppercase", "patient", "warm up").statusCode()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = post(path, "impatient", "hello");
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(response.statusCode()).as("status of %s", path).isEqualTo(504);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    (type) -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:lift:problem:timeout");
            assertThat(response.body()).doesNotContain("finished anyway");
            assertThat(elapsedMillis).as("interrupted, not run to its end").isLessThan(WORK.toMillis() / 2);
            // The same threads serve the next call normally.
            assertThat(post("/uppercase", "patient", "next").body()).isEqualTo("NEXT");
        }
    }

    private HttpResponse<String> post(String path, String tenant, String body) throws Exception {
        return this.http.send(request(path, tenant, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String tenant, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Content-Type", "text/plain")
            .header("X-Tenant-Id", tenant)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Works like well-behaved code: on interrupt, restores the flag and returns what it has. */
    static String workPolitely(String input) {
        try {
            Thread.sleep(WORK.toMillis());
            return "finished: " + input;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "finished anyway: " + input;
        }
    }

    /** How often the servlet and a filter ordered after Lift's ran. */
    static class Calls {

        final AtomicInteger servlet = new AtomicInteger();

        final AtomicInteger laterFilter = new AtomicInteger();

    }

    @RestController
    static class LateControllers {

        static final int LARGE = 100_000;

        private final Calls calls;

        LateControllers(Calls calls) {
            this.calls = calls;
        }

        @PostMapping("/mvc/polite-slow")
        String politeSlow(@org.springframework.web.bind.annotation.RequestBody String input) {
            return workPolitely(input);
        }

        @PostMapping("/mvc/flushed-then-slow")
        void flushedThenSlow(HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write("finished anyway, written early");
            response.flushBuffer();
            workPolitely("");
        }

        @PostMapping("/mvc/large-then-slow")
        void largeThenSlow(HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getOutputStream().write("x".repeat(LARGE).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            response.flushBuffer();
            workPolitely("");
        }

        @PostMapping("/mvc/unavailable-once")
        String unavailableOnce(@org.springframework.web.bind.annotation.RequestBody String input,
                HttpServletResponse response) {
            int attempt = this.calls.servlet.incrementAndGet();
            if (attempt == 1) {
                response.setStatus(503);
                return "try again";
            }
            return "attempt " + attempt + ": " + input;
        }

    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LateWork {

        static final String FALLBACK_HEADER = "X-Test-Fallback";

        /** Answers in the function's place when asked: {@code null}, or text that is not a String. */
        @Bean
        LiftFilter askedFallback() {
            return new LiftFilter() {
                @Override
                public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                    String fallback = LiftServletFilter.servletRequest(invocation).getHeader(FALLBACK_HEADER);
                    if (fallback == null) {
                        return chain.proceed(invocation);
                    }
                    return "null".equals(fallback) ? null : new StringBuilder("from the fallback");
                }

                @Override
                public int getOrder() {
                    return LiftFilterOrder.CIRCUIT_BREAKER;
                }
            };
        }

        @Bean
        Calls calls() {
            return new Calls();
        }

        @Bean
        LateControllers lateControllers(Calls calls) {
            return new LateControllers(calls);
        }

        /** A function served by spring-cloud-function-web, which writes its result on an async dispatch. */
        @Bean
        Function<String, String> politeSlow() {
            return AnswersOverHttpTests::workPolitely;
        }

        /** The "impatient" tenant's calls may take 300ms, others 10s. */
        @Bean
        LiftTimeoutCalculator impatientTenantTimeouts() {
            return (context) -> "impatient".equals(context.tenantId()) ? Duration.ofMillis(300) : Duration.ofSeconds(10);
        }

        /** A servlet filter ordered after Lift's (order 0): it runs inside Lift's chain. */
        @Bean
        FilterRegistrationBean<Filter> laterFilter(Calls calls) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                calls.laterFilter.incrementAndGet();
                chain.doFilter(request, response);
            });
            registration.addUrlPatterns("/mvc/unavailable-once");
            registration.setOrder(10);
            return registration;
        }

    }

}
