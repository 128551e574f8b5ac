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

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulkhead and the timeout over real HTTP, against the sample's slow downstream function: a
 * tenant that fills its pool is refused while another tenant is served, and a call past its timeout
 * ends with a 504 while the reused servlet threads serve the next calls normally.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "lift.bulkhead.enabled=true", "lift.bulkhead.preset=tenant",
                "lift.bulkhead.tenant-max-concurrent=2", "lift.timeout.enabled=true",
                // The "impatient" tenant allows its calls 500ms, whatever the operation's timeout.
                "lift.timeout.operations.downstream.timeout=10s", "lift.timeout.tenants.impatient.timeout=500ms",
                "sample.downstream.latency=2s",
                "sample.downstream.failure-rate=0" })
class BulkheadAndTimeoutOverHttpTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Test
    void aTenantThatFillsItsPoolIsRefusedWhileAnotherTenantIsServed() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> acme = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            acme.add(this.http.sendAsync(request("/downstream", "acme", "hello"),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> refused = new ArrayList<>();
        int served = 0;
        for (CompletableFuture<HttpResponse<String>> call : acme) {
            HttpResponse<String> response = call.get(30, TimeUnit.SECONDS);
            if (response.statusCode() == 200) {
                served++;
            }
            else {
                refused.add(response);
            }
            if (refused.size() == 1 && served == 0) {
                // acme's pool is full now: globex still gets through to the same function.
                assertThat(post("/downstream", "globex", "hello").statusCode()).isEqualTo(200);
            }
        }
        assertThat(served).isEqualTo(2);
        assertThat(refused).hasSize(4).allSatisfy((response) -> {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:lift:problem:bulkhead-full");
        });
    }

    @Test
    void aCallPastItsTimeoutEndsWithAGatewayTimeoutAndTheThreadsServeTheNextCalls() throws Exception {
        // Warmed up by another tenant: a cold first call on a busy machine can take longer than 500ms.
        assertThat(post("/uppercase", "globex", "warm up").statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> slow = post("/downstream", "impatient", "hello");
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(slow.statusCode()).isEqualTo(504);
            assertThat(JSON.readTree(slow.body()).get("type").asText()).isEqualTo("urn:lift:problem:timeout");
            // Interrupted: answered before the downstream's 2s latency.
            assertThat(elapsedMillis).isLessThan(1_900);
            assertThat(post("/uppercase", "impatient", "next").body()).isEqualTo("NEXT");
        }
    }

    private HttpResponse<String> post(String path, String tenant, String body) throws Exception {
        return this.http.send(request(path, tenant, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String tenant, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .header("Content-Type", "text/plain")
            .header("X-Tenant-Id", tenant)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

}
