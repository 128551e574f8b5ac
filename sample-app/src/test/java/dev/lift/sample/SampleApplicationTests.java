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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterOrder;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app over real HTTP: each tenant reaches its function and its own log lines, bad tenants
 * are refused, and the chain runs exactly once per call whatever the concurrency.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.downstream.failure-rate=0")
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

    /** Long enough that the chain, which ends at assembly, ends well before it even on a busy machine. */
    private static final Duration SLOW_ECHO_DELAY = Duration.ofSeconds(2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private ChainCounter chainCounter;

    @Autowired
    private FunctionObservations functionObservations;

    @BeforeEach
    void resetCounters() {
        this.chainCounter.runs.set(0);
    }

    @Test
    void eachTenantReachesItsFunctionAndItsLogLines(CapturedOutput output) throws Exception {
        HttpResponse<String> acme = post("/uppercase", "acme", "hello acme");
        HttpResponse<String> globex = post("/uppercase", "globex", "hello globex");
        JsonNode whoAmI = JSON.readTree(post("/whoami", "globex", "").body());

        assertThat(acme.statusCode()).isEqualTo(200);
        assertThat(acme.body()).isEqualTo("HELLO ACME");
        assertThat(globex.body()).isEqualTo("HELLO GLOBEX");
        assertThat(whoAmI.get("tenant").asText()).isEqualTo("globex");
        assertThat(whoAmI.get("operation").asText()).isEqualTo("whoami");
        List<JsonNode> lines = logLines(output, "Upper-casing");
        assertThat(lines).extracting((line) -> line.path("tenant_id").asText() + ":" + line.path("operation").asText())
            .contains("acme:uppercase", "globex:uppercase");
        assertThat(lines).allSatisfy((line) -> assertThat(line.path("function_request_id").asText()).hasSize(32));
    }

    @Test
    void aMissingOrInvalidTenantIsRefusedWithAProblemAndTheFunctionNeverRuns(CapturedOutput output) throws Exception {
        HttpResponse<String> missing = post("/uppercase", null, "no tenant");
        HttpResponse<String> invalid = post("/uppercase", "acme\"},\"level\":\"ERROR", "forged");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                (type) -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(missing.body()).get("type").asText()).isEqualTo("urn:lift:problem:invalid-tenant");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).doesNotContain("acme").doesNotContain("at dev.lift");
        assertThat(output.getOut()).doesNotContain("Upper-casing 9 characters").doesNotContain("Upper-casing 6");
        // Observed like any call (logged, traced, counted): a filter ordered before metrics sees both.
        assertThat(this.chainCounter.runs).hasValue(2);
    }

    @Test
    void aPlainMvcControllerRunsInsideTheChainToo() throws Exception {
        HttpResponse<String> response = this.http.send(
                HttpRequest.newBuilder(uri("/api/status")).header("X-Tenant-Id", "initech").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("tenant").asText()).isEqualTo("initech");
        assertThat(this.chainCounter.runs).hasValue(1);
    }

    @Test
    void theChainRunsOnceForEachOf32ConcurrentCalls() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            calls.add(this.http.sendAsync(request("/uppercase", "tenant-" + (i % 4), "call " + i),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 32; i++) {
            HttpResponse<String> response = calls.get(i).get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("CALL " + i);
        }
        assertThat(this.chainCounter.runs).hasValue(32);
    }

    @Test
    void aTenantOverItsRateLimitGetsA429WithRateLimitHeaders() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/uppercase", "trial", "call " + i).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = post("/uppercase", "trial", "one too many");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(limited.body()).get("type").asText()).isEqualTo("urn:lift:problem:rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("RateLimit-Policy")).hasValue("\"tenant\";q=3;w=60");
        assertThat(limited.headers().firstValue("RateLimit")).hasValueSatisfying(
                (value) -> assertThat(value).startsWith("\"tenant\";r=0;t="));
        assertThat(post("/uppercase", "acme", "others are not limited").statusCode()).isEqualTo(200);
    }

    @Test
    void theChainRunsForTheCallAfterOneThatThrew() throws Exception {
        HttpResponse<String> failed = post("/explode", "acme", "x");
        HttpResponse<String> next = post("/uppercase", "acme", "after");

        assertThat(failed.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(failed.body()).doesNotContain("at dev.lift");
        assertThat(next.body()).isEqualTo("AFTER");
        assertThat(this.chainCounter.runs).hasValue(2);
    }

    @Test
    void springCloudFunctionsOwnObservationStillRuns() throws Exception {
        int before = this.functionObservations.count.get();
        post("/uppercase", "acme", "observed");
        assertThat(this.functionObservations.count.get()).isGreaterThan(before);
    }

    /**
     * The documented limitation for reactive functions over HTTP: the function's result is right, but
     * the chain ends when the publisher is returned, before it emits.
     */
    @Test
    void aReactiveFunctionOverHttpAnswersButTheChainCoversOnlyItsAssembly() throws Exception {
        HttpResponse<String> response = post("/slowEcho", "acme", "late");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("late");
        assertThat(this.chainCounter.runs).hasValue(1);
        assertThat(this.chainCounter.lastDurationNanos.get()).isLessThan(SLOW_ECHO_DELAY.toNanos());
    }

    /**
     * The sample as configured, without test exposure: Lift keeps Spring Boot's defaults, so health
     * shows a status and no details, and {@code /actuator/lift} is not reachable over HTTP.
     */
    @Test
    void healthShowsNoDetailsAndTheLiftEndpointIsNotExposedByDefault() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> lift = get("/actuator/lift");

        JsonNode body = JSON.readTree(health.body());
        assertThat(body.has("status")).isTrue();
        assertThat(body.has("components")).isFalse();
        assertThat(body.has("details")).isFalse();
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).has("components")).isFalse();
        assertThat(lift.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String tenant, String body) throws Exception {
        return this.http.send(request(path, tenant, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String tenant, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (tenant != null) {
            request.header("X-Tenant-Id", tenant);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    static List<JsonNode> logLines(CapturedOutput output, String message) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\n")) {
            if (line.startsWith("{") && line.contains(message)) {
                try {
                    lines.add(JSON.readTree(line));
                }
                catch (Exception ex) {
                    throw new AssertionError("Not a JSON log line: " + line, ex);
                }
            }
        }
        return lines;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Probes {

        @Bean
        ChainCounter chainCounter() {
            return new ChainCounter();
        }

        @Bean
        FunctionObservations functionObservations() {
            return new FunctionObservations();
        }

        @Bean
        Function<String, Mono<String>> slowEcho() {
            return (input) -> Mono.delay(SLOW_ECHO_DELAY).map((tick) -> input);
        }

        @Bean
        Function<String, String> explode() {
            return (input) -> {
                throw new IllegalStateException("The function failed");
            };
        }

    }

    /** A user filter, right inside the context filter, that counts chain runs. */
    static class ChainCounter implements LiftFilter {

        final AtomicInteger runs = new AtomicInteger();

        final AtomicLong lastDurationNanos = new AtomicLong();

        @Override
        public int getOrder() {
            return LiftFilterOrder.CONTEXT + 1;
        }

        @Override
        public Object filter(dev.lift.chain.Invocation invocation, dev.lift.chain.LiftFilterChain chain)
                throws Exception {
            this.runs.incrementAndGet();
            long start = System.nanoTime();
            try {
                return chain.proceed(invocation);
            }
            finally {
                this.lastDurationNanos.set(System.nanoTime() - start);
            }
        }

    }

    /** Counts Spring Cloud Function's own observations. */
    static class FunctionObservations implements ObservationHandler<Observation.Context> {

        final AtomicInteger count = new AtomicInteger();

        @Override
        public void onStart(Observation.Context context) {
            if (context.getName() != null && context.getName().startsWith("spring.cloud.function")) {
                this.count.incrementAndGet();
            }
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }

    }

}
