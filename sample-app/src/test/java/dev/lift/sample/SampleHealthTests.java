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
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample's actuator over real HTTP, with a dependency check that hangs forever: health answers
 * from the cache at once, the hanging check turns DOWN after its timeout, readiness and liveness are
 * not affected, and neither health details nor {@code /actuator/lift} name a tenant.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,lift", "management.endpoint.health.show-details=always",
        "lift.health.checks.timeout=2s", "lift.health.checks.interval=200ms", "sample.downstream.failure-rate=0" })
class SampleHealthTests {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    private static final CountDownLatch NEVER = new CountDownLatch(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @AfterAll
    static void releaseTheHangingCheck() {
        NEVER.countDown();
    }

    @Test
    void healthAnswersAtOnceWhileADependencyHangsAndReportsItDownAfterItsTimeout() throws Exception {
        // The first request initialises the dispatcher servlet: not what is measured here.
        get("/actuator/health/liveness");
        Duration slowest = Duration.ZERO;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            HttpResponse<String> health = get("/actuator/health");
            slowest = max(slowest, Duration.ofNanos(System.nanoTime() - start));
            assertThat(health.statusCode()).isIn(200, 503);
        }
        await().atMost(CHECK_TIMEOUT.multipliedBy(3)).untilAsserted(() -> assertThat(
                component(get("/actuator/health"), "liftChecks", "hangs").path("status").asText()).isEqualTo("DOWN"));
        long start = System.nanoTime();
        HttpResponse<String> health = get("/actuator/health");
        slowest = max(slowest, Duration.ofNanos(System.nanoTime() - start));

        assertThat(slowest).as("slowest health call").isLessThan(CHECK_TIMEOUT.dividedBy(4));
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode hangs = component(health, "liftChecks", "hangs");
        assertThat(hangs.path("details").path("error").asText()).isEqualTo("timeout");
        JsonNode downstream = component(health, "liftChecks", "downstream");
        assertThat(downstream.path("status").asText()).isEqualTo("UP");
        assertThat(downstream.path("details").has("latencyMs")).isTrue();
        assertThat(health.body()).doesNotContain("Exception\\n\\tat ").doesNotContain("at dev.lift");
    }

    @Test
    void readinessAndLivenessAreNotAffectedByADependencyThatIsDown() throws Exception {
        await().atMost(CHECK_TIMEOUT.multipliedBy(3)).untilAsserted(() -> assertThat(
                component(get("/actuator/health"), "liftChecks", "hangs").path("status").asText()).isEqualTo("DOWN"));

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).path("status").asText()).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(liveness.body()).path("status").asText()).isEqualTo("UP");
        // Probe groups never show their components over HTTP; their membership is tested with each
        // Spring Boot line's health groups in the auto-configuration tests (LiftHealthEndpointTests).
    }

    @Test
    void theLiftEndpointDescribesTheChainAndChecksWithoutNamingTenants() throws Exception {
        HttpResponse<String> call = this.http.send(HttpRequest.newBuilder(uri("/uppercase"))
            .header("Content-Type", "text/plain")
            .header("X-Tenant-Id", "acme-secret-tenant")
            .POST(HttpRequest.BodyPublishers.ofString("hello"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(call.statusCode()).isEqualTo(200);

        HttpResponse<String> lift = get("/actuator/lift");

        assertThat(lift.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(lift.body());
        assertThat(body.path("chain").get(0).path("name").asText()).isEqualTo("context");
        assertThat(body.path("chain").get(0).path("order").asInt()).isEqualTo(100);
        assertThat(body.path("chain").findValuesAsText("name")).contains("bulkhead", "timeout");
        assertThat(body.path("state").path("bulkhead").path("levels").path("tenant").path("pools").asInt())
            .isPositive();
        assertThat(body.path("state").path("circuit-breaker").path("tenantInstancesHidden").asInt())
            .as("the caller's own breaker, counted, not named").isPositive();
        assertThat(body.path("tenantSources").findValuesAsText("source")).containsExactly("lambda", "authorizer-claim",
                "header");
        assertThat(body.path("configuration").path("lift.health").path("checks").path("timeout").asText())
            .isEqualTo("PT2S");
        assertThat(body.path("checks").path("downstream").has("status")).isTrue();
        assertThat(body.path("tenantsShown").asBoolean()).isFalse();
        assertThat(body.path("configuration").path("lift.rate-limit").path("tenants").path("hidden").asInt())
            .as("the sample's trial tenant override, counted").isEqualTo(1);
        assertThat(lift.body()).doesNotContain("acme-secret-tenant");
        HttpResponse<String> health = get("/actuator/health");
        assertThat(component(health, "liftBulkheads").path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("acme-secret-tenant");
    }

    private static JsonNode component(HttpResponse<String> health, String... path) throws Exception {
        JsonNode node = JSON.readTree(health.body());
        for (String name : path) {
            node = node.path("components").path(name);
        }
        return node;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private static Duration max(Duration a, Duration b) {
        return (a.compareTo(b) >= 0) ? a : b;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HangingDependency {

        /** A dependency that never answers, and ignores interruption while it does not. */
        @Bean
        LiftHealthCheck hangingCheck() {
            return LiftHealthCheck.of("hangs", () -> {
                while (true) {
                    try {
                        NEVER.await();
                        return HealthCheckResult.up();
                    }
                    catch (InterruptedException ex) {
                        // keep hanging
                    }
                }
            });
        }

    }

}
