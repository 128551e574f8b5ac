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

package dev.lift.autoconfigure.ratelimit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;

/**
 * The DynamoDB rate-limit store's health over real HTTP on loopback: a port nobody listens on (down),
 * and a server that answers {@code DescribeTable} (up, with its latency).
 */
class RateLimitStoreHealthTests {

    private HttpServer server;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftRateLimitHealthAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, LiftRateLimitAutoConfiguration.class))
        .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.store=dynamodb",
                "lift.health.checks.timeout=1s", "lift.health.checks.interval=100ms");

    @AfterEach
    void stop() {
        if (this.server != null) {
            this.server.stop(0);
        }
    }

    @Test
    void anUnreachableFailClosedStoreIsDownAndMakesTheInstanceUnready() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + freePort());
        this.contextRunner.withPropertyValues("lift.rate-limit.failure-policy=fail-closed")
            .withBean(DynamoDbClient.class, () -> client(nobody))
            .run((context) -> {
                RateLimitStoreState state = context.getBean(RateLimitStoreState.class);
                await().atMost(Duration.ofSeconds(10)).until(state::down);
                LiftHealth health = context.getBean("liftRateLimitStoreHealthIndicator", LiftHealthIndicator.class).health();
                assertThat(health.status()).isEqualTo(LiftHealth.DOWN);
                assertThat(health.details().get("check")).asInstanceOf(MAP).containsEntry("status", "DOWN");
                assertThat(state.notReadyReason()).contains("fail-closed");
            });
    }

    @Test
    void anUnreachableFailOpenStoreLeavesTheInstanceReady() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + freePort());
        this.contextRunner.withPropertyValues("lift.rate-limit.failure-policy=fail-open")
            .withBean(DynamoDbClient.class, () -> client(nobody))
            .run((context) -> {
                RateLimitStoreState state = context.getBean(RateLimitStoreState.class);
                await().atMost(Duration.ofSeconds(10)).until(state::down);
                LiftHealth health = context.getBean("liftRateLimitStoreHealthIndicator", LiftHealthIndicator.class).health();
                assertThat(health.status()).isEqualTo(LiftHealth.UP);
                assertThat(health.details()).containsEntry("storeDown", true);
                assertThat(state.notReadyReason()).isNull();
            });
    }

    @Test
    void aReachableStoreIsUpWithItsLatency() throws Exception {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.createContext("/", (exchange) -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"Table\":{\"TableName\":\"lift-rate-limits\",\"TableStatus\":\"ACTIVE\"}}"
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        this.server.start();
        URI dynamodb = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
        this.contextRunner.withPropertyValues("lift.rate-limit.failure-policy=fail-closed")
            .withBean(DynamoDbClient.class, () -> client(dynamodb))
            .run((context) -> {
                LiftHealthIndicator indicator = context.getBean("liftRateLimitStoreHealthIndicator", LiftHealthIndicator.class);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(indicator.health().details()
                    .get("check")).asInstanceOf(MAP).containsEntry("status", "UP").containsEntry("tableStatus", "ACTIVE")
                    .containsKey("latencyMs"));
                assertThat(indicator.health().status()).isEqualTo(LiftHealth.UP);
                assertThat(context.getBean(RateLimitStoreState.class).notReadyReason()).isNull();
            });
    }

    @Test
    void aLocalStoreHasNoProbeAndIsNeverDown() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LiftRateLimitHealthAutoConfiguration.class,
                    LiftTenancyAutoConfiguration.class, LiftRateLimitAutoConfiguration.class))
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.failure-policy=fail-closed")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(RateLimitStoreProbe.class);
                LiftHealth health = context.getBean("liftRateLimitStoreHealthIndicator", LiftHealthIndicator.class).health();
                assertThat(health.status()).isEqualTo(LiftHealth.UP);
                assertThat(health.details()).containsEntry("store", "local")
                    .containsEntry("failurePolicy", "fail-closed")
                    .containsEntry("storeDown", false);
                assertThat(context.getBean(RateLimitStoreState.class).notReadyReason()).isNull();
            });
    }

    @Test
    void worksWithoutTheDynamoDbSdkOnTheClasspath() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LiftRateLimitHealthAutoConfiguration.class,
                    LiftTenancyAutoConfiguration.class, LiftRateLimitAutoConfiguration.class))
            .withClassLoader(new FilteredClassLoader("software.amazon.awssdk.services.dynamodb"))
            .withPropertyValues("lift.rate-limit.enabled=true")
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(RateLimitStoreState.class)
                .doesNotHaveBean(RateLimitStoreProbe.class));
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
