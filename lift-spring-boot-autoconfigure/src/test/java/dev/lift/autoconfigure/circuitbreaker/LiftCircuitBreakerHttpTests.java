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

package dev.lift.autoconfigure.circuitbreaker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lift.autoconfigure.SpringBootUnderTest;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.autoconfigure.web.LiftWebAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation over real HTTP: one tenant's downstream answers 503 until its circuit opens, while
 * another tenant's calls to the same endpoint keep succeeding.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "lift.tenancy.sources=header", "lift.circuit-breaker.enabled=true",
                "lift.circuit-breaker.preset=tenant", "lift.circuit-breaker.sliding-window-size=4",
                "lift.circuit-breaker.minimum-number-of-calls=4", "lift.circuit-breaker.wait-duration-in-open-state=30s" })
class LiftCircuitBreakerHttpTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void oneTenantsCircuitOpensWhileAnotherTenantKeepsSucceeding() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(get("acme").statusCode()).isEqualTo(503);
            assertThat(get("globex").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> rejected = get("acme");
        assertThat(rejected.statusCode()).isEqualTo(503);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(
                (type) -> assertThat(type).startsWith("application/problem+json"));
        assertThat(rejected.body()).contains("urn:lift:problem:circuit-open").doesNotContain("acme");
        assertThat(rejected.headers().firstValue("Retry-After")).hasValueSatisfying(
                (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
        for (int i = 0; i < 10; i++) {
            assertThat(get("globex").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/inventory"))
            .header("X-Tenant-Id", tenant)
            .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    // Only what an MVC application with Lift needs: the context starts in a fraction of the time.
    @SpringBootConfiguration
    @ImportAutoConfiguration({ LiftTenancyAutoConfiguration.class, LiftChainAutoConfiguration.class,
            LiftWebAutoConfiguration.class, LiftCircuitBreakerAutoConfiguration.class })
    @Import({ SpringBootUnderTest.ServletMvc.class, InventoryApplication.InventoryController.class })
    static class InventoryApplication {

        @RestController
        static class InventoryController {

            // acme's inventory backend is down; everyone else's is fine.
            @GetMapping("/inventory")
            ResponseEntity<String> inventory(@RequestHeader("X-Tenant-Id") String tenant) {
                return "acme".equals(tenant) ? ResponseEntity.status(503).body("backend down")
                        : ResponseEntity.ok("42 items");
            }

        }

    }

}
