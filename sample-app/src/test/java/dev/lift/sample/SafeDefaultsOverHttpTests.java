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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an unauthenticated caller can learn from the sample application as it ships, over real
 * HTTP: actuator gives health status only, error answers carry no stack trace and no exception
 * names, refusals never echo the tenant, and the tenant metric dimension stays within its bound
 * however many tenants call.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "lift.tenancy.max-tracked-tenants=3", "sample.downstream.latency=0ms",
                "sample.downstream.failure-rate=1" })
class SafeDefaultsOverHttpTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at dev.lift", "at org.springframework",
            "\"trace\"", "DownstreamException", "The downstream service failed");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meters;

    @Test
    void actuatorShowsHealthStatusOnlyAndNothingElse() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.has("status")).isTrue();
        assertThat(body.has("components")).as("health details or components public").isFalse();
        assertThat(body.has("details")).isFalse();
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            JsonNode group = JSON.readTree(get(probe).body());
            assertThat(group.has("status")).as(probe).isTrue();
            assertThat(group.has("components")).as(probe).isFalse();
        }
        for (String endpoint : List.of("/actuator/lift", "/actuator/env", "/actuator/configprops", "/actuator/beans",
                "/actuator/metrics", "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump",
                "/actuator/mappings", "/actuator/circuitbreakers")) {
            assertThat(get(endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void aFailingFunctionAnswersWithoutStackTraceOrExceptionDetails() throws Exception {
        HttpResponse<String> failed = post("/downstream", "acme", "hello");
        assertThat(failed.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(failed.body()).doesNotContain(LEAKS);
        assertThat(failed.headers().map().toString()).doesNotContain("Exception");
    }

    @Test
    void aRefusedTenantIsNotEchoedAndTheAnswerIsASmallProblem() throws Exception {
        for (String tenant : List.of("bad tenant", "<script>alert(1)</script>", "a".repeat(300), "acme\"}")) {
            HttpResponse<String> refused = post("/uppercase", tenant, "hello");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    (type) -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).doesNotContain(tenant).doesNotContain(LEAKS);
            assertThat(refused.headers().map().toString()).doesNotContain(tenant);
        }
        HttpResponse<String> missing = this.http.send(
                HttpRequest.newBuilder(uri("/uppercase")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).as("lift.tenancy.required").isEqualTo(400);
        assertThat(missing.body()).doesNotContain(LEAKS);
    }

    @Test
    void theTenantMetricDimensionStaysWithinTheBound() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(post("/uppercase", "tenant-" + i, "hello").statusCode()).isEqualTo(200);
        }
        Set<String> tenants = this.meters.getMeters()
            .stream()
            .map(Meter::getId)
            .map((id) -> id.getTag("tenant"))
            .filter((tenant) -> tenant != null)
            .collect(Collectors.toSet());
        Set<String> named = tenants.stream()
            .filter((tenant) -> !tenant.equals("other") && !tenant.equals("none"))
            .collect(Collectors.toSet());
        assertThat(named).as("tenant tag values beyond the bound: %s", tenants).hasSizeLessThanOrEqualTo(3);
        assertThat(tenants).contains("other");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String tenant, String body) throws Exception {
        return this.http.send(HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "text/plain")
            .header("X-Tenant-Id", tenant)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

}
