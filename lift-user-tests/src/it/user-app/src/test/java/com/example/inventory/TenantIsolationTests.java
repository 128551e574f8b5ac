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

package com.example.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a user of Lift expects on any supported Spring Boot line: one tenant's trouble never reaches
 * another tenant, through the circuit breaker, the bulkhead and the rate limiter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TenantIsolationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    @Test
    void runsOnTheSpringBootLineUnderTest() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("user.spring-boot.version"));
    }

    @Test
    void oneTenantsOpenCircuitLeavesAnotherTenantsCallsAlone() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(post("stock", "acme").statusCode()).isEqualTo(500);
        }
        HttpResponse<String> rejected = post("stock", "acme");
        assertThat(rejected.statusCode()).isEqualTo(503);
        assertThat(rejected.body()).contains("urn:lift:problem:circuit-open");
        assertThat(rejected.headers().firstValue("Retry-After")).isPresent();
        for (int i = 0; i < 6; i++) {
            assertThat(post("stock", "globex").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTenantsFullBulkheadLeavesAnotherTenantsCallsAlone() throws Exception {
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return post("slow", "initech");
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        await().untilAsserted(() -> assertThat(post("slow", "initech").statusCode()).isEqualTo(503));
        InventoryApplication.RELEASE.countDown();
        assertThat(post("slow", "hooli").statusCode()).isEqualTo(200);
        assertThat(held.get().statusCode()).isEqualTo(200);
    }

    @Test
    void aTenantsExhaustedRateLimitLeavesAnotherTenantsCallsAlone() throws Exception {
        assertThat(post("quote", "umbrella").statusCode()).isEqualTo(200);
        assertThat(post("quote", "umbrella").statusCode()).isEqualTo(200);
        HttpResponse<String> limited = post("quote", "umbrella");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(post("quote", "stark").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String function, String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/" + function))
            .header("X-Tenant-Id", tenant)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("widget"))
            .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
