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

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app over real HTTP, exporting to an X-Ray daemon stand-in on loopback: a call that
 * arrives with an X-Ray trace header (as from API Gateway or an ALB) yields the HTTP server segment
 * and, under it, Lift's invocation subsegment carrying tenant and operation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // Spring Boot's tests export no spans unless asked to: the key of Boot 3, then that of Boot 4.
        "spring.test.observability.auto-configure=true", "spring.test.tracing.export=true",
        "sample.downstream.failure-rate=0",
        "lift.tracing.exporter=xray", "management.tracing.sampling.probability=1.0" })
class SampleTracingTests {

    private static final DatagramSocket daemon = openDaemon();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void daemonAddress(DynamicPropertyRegistry registry) {
        registry.add("lift.tracing.xray.daemon-address", () -> "127.0.0.1:" + daemon.getLocalPort());
    }

    @AfterAll
    static void closeDaemon() {
        daemon.close();
    }

    @Test
    void callWithTraceHeaderIsTracedToTheDaemonWithItsTenant() throws Exception {
        String root = String.format("1-%08x-%s", Instant.now().getEpochSecond(), "a1b2c3d4e5f60718293a4b5c");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/uppercase"))
            .header("Content-Type", "text/plain")
            .header("X-Tenant-Id", "acme")
            .header("X-Amzn-Trace-Id", "Root=" + root + ";Parent=53995c3f42cd8ad8;Sampled=1")
            .POST(HttpRequest.BodyPublishers.ofString("hello"))
            .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("HELLO");
        Map<String, JsonNode> byName = new HashMap<>();
        while (!byName.containsKey("uppercase") || !byName.containsKey("lift-sample")
                || !byName.containsKey("uppercase process")) {
            JsonNode document = receive();
            byName.put(document.get("name").asText(), document);
        }
        JsonNode server = byName.get("lift-sample");
        JsonNode invocation = byName.get("uppercase");
        assertThat(server.get("trace_id").asText()).isEqualTo(root);
        assertThat(server.get("parent_id").asText()).isEqualTo("53995c3f42cd8ad8");
        assertThat(server.get("http").get("request").get("method").asText()).isEqualTo("POST");
        assertThat(server.get("http").get("response").get("status").asInt()).isEqualTo(200);
        assertThat(invocation.get("type").asText()).isEqualTo("subsegment");
        assertThat(invocation.get("trace_id").asText()).isEqualTo(root);
        assertThat(invocation.get("parent_id").asText()).isEqualTo(server.get("id").asText());
        assertThat(invocation.get("annotations").get("lift_tenant_id").asText()).isEqualTo("acme");
        assertThat(invocation.get("annotations").get("lift_operation").asText()).isEqualTo("uppercase");
        // Spring Cloud Function observes the function itself: its span is the invocation's child.
        JsonNode function = byName.get("uppercase process");
        assertThat(function.get("trace_id").asText()).isEqualTo(root);
        assertThat(function.get("parent_id").asText()).isEqualTo(invocation.get("id").asText());
    }

    private static JsonNode receive() throws Exception {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        daemon.receive(packet);
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"format\": \"json\", \"version\": 1}\n");
        return new ObjectMapper().readTree(text.substring(text.indexOf('\n') + 1));
    }

    private static DatagramSocket openDaemon() {
        try {
            DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(10_000);
            return socket;
        }
        catch (SocketException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
