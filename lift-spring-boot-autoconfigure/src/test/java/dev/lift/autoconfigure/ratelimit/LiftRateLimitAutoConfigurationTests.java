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

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.shedding.LiftLoadSheddingAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.error.LiftRateLimitedException;
import dev.lift.ratelimit.FailurePolicy;
import dev.lift.ratelimit.RateLimitFilter;
import dev.lift.ratelimit.dynamodb.DynamoDbRateLimitStore;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftRateLimitAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftTenancyAutoConfiguration.class,
                LiftRateLimitAutoConfiguration.class));

    @Test
    void offUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(RateLimitFilter.class));
    }

    @Test
    void offWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false", "lift.rate-limit.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(RateLimitFilter.class));
    }

    @Test
    void localStorePerTenantByDefault() {
        this.contextRunner.withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.limit-for-period=2",
                "lift.rate-limit.period=1m")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(DynamoDbClient.class);
                RateLimitFilter filter = context.getBean(RateLimitFilter.class);
                call(filter, "acme");
                call(filter, "acme");
                assertThatExceptionOfType(LiftRateLimitedException.class).isThrownBy(() -> call(filter, "acme"))
                    .satisfies((ex) -> assertThat(ex.policy()).isEqualTo("tenant"));
                call(filter, "globex");
            });
    }

    @Test
    void tenantOverridesAndGlobalCeilingApply() {
        this.contextRunner
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.limit-for-period=1",
                    "lift.rate-limit.period=1m", "lift.rate-limit.tenants.acme.limit-for-period=3",
                    "lift.rate-limit.global.limit-for-period=4", "lift.rate-limit.global.period=1m")
            .run((context) -> {
                RateLimitFilter filter = context.getBean(RateLimitFilter.class);
                call(filter, "acme");
                call(filter, "acme");
                call(filter, "acme");
                call(filter, "globex");
                assertThatExceptionOfType(LiftRateLimitedException.class).isThrownBy(() -> call(filter, "initech"))
                    .satisfies((ex) -> assertThat(ex.policy()).isEqualTo("global"));
            });
    }

    @Test
    void localLimitersLiveInTheApplicationsRegistry() {
        RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
        this.contextRunner.withPropertyValues("lift.rate-limit.enabled=true")
            .withBean(RateLimiterRegistry.class, () -> registry)
            .run((context) -> {
                call(context.getBean(RateLimitFilter.class), "acme");
                assertThat(registry.find("lift-rate-limit:tenant=acme")).isPresent();
            });
    }

    @Test
    void dynamoDbStoreBuildsAClientForTheConfiguredEndpointAndRegion() {
        this.contextRunner
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.store=dynamodb",
                    "lift.rate-limit.dynamodb.endpoint=http://127.0.0.1:1", "lift.rate-limit.dynamodb.region=eu-west-1")
            .run((context) -> {
                assertThat(context).hasSingleBean(DynamoDbClient.class).hasSingleBean(RateLimitFilter.class);
                DynamoDbClient client = context.getBean(DynamoDbClient.class);
                assertThat(client.serviceClientConfiguration().endpointOverride())
                    .contains(URI.create("http://127.0.0.1:1"));
                assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            });
    }

    @Test
    void dynamoDbStoreAppliesTheFailurePolicy() {
        // Nothing answers on the application's client (an unroutable endpoint): fail-closed rejects the call.
        DynamoDbClient unreachable = DynamoDbClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://127.0.0.1:1"))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build();
        this.contextRunner
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.store=dynamodb",
                    "lift.rate-limit.failure-policy=fail-closed", "lift.rate-limit.store-timeout=100ms")
            .withBean(DynamoDbClient.class, () -> unreachable)
            .run((context) -> {
                RateLimitFilter filter = context.getBean(RateLimitFilter.class);
                assertThatExceptionOfType(LiftRateLimitedException.class).isThrownBy(() -> call(filter, "acme"));
                assertThat(filter.storeFailures()).isEqualTo(1);
            });
    }

    @Test
    void dynamoDbStoreWarmsItsClientAtStartUp() throws Exception {
        // DynamoDB's HTTP API on loopback, answering every call as DynamoDB answers a failed condition.
        List<String> calls = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", (exchange) -> {
            calls.add(exchange.getRequestHeaders().getFirst("X-Amz-Target") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\",\"message\":\"The conditional request failed\"}"
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            DynamoDbClient client = DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
            this.contextRunner
                .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.store=dynamodb",
                        "lift.rate-limit.dynamodb.table-name=limits")
                .withBean(DynamoDbClient.class, () -> client)
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    assertThat(calls).singleElement()
                        .asString()
                        .startsWith("DynamoDB_20120810.UpdateItem ")
                        .contains("\"TableName\":\"limits\"")
                        .contains(DynamoDbRateLimitStore.WARM_UP_KEY);
                });
        }
        finally {
            server.stop(0);
        }
    }

    @Test
    void dynamoDbStoreUsesTheApplicationsClient() {
        DynamoDbClient own = DynamoDbClient.builder().region(Region.US_EAST_1).build();
        this.contextRunner.withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.store=dynamodb")
            .withBean(DynamoDbClient.class, () -> own)
            .run((context) -> assertThat(context.getBean(DynamoDbClient.class)).isSameAs(own));
    }

    @Test
    void dynamoDbStoreWithoutTheSdkFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.store=dynamodb")
            .withClassLoader(new FilteredClassLoader(DynamoDbClient.class))
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.rate-limit.store"));
    }

    @Test
    void aTenantLimitAboveTheGlobalOneFailsAtStartUp() {
        assertStartUpFails("lift.rate-limit.tenants.acme.limit-for-period",
                "lift.rate-limit.global.limit-for-period=100", "lift.rate-limit.limit-for-period=10",
                "lift.rate-limit.tenants.acme.limit-for-period=500");
    }

    @Test
    void aDefaultAboveTheGlobalRateFailsEvenWithADifferentPeriod() {
        assertStartUpFails("lift.rate-limit.limit-for-period", "lift.rate-limit.global.limit-for-period=60",
                "lift.rate-limit.global.period=1m", "lift.rate-limit.limit-for-period=2", "lift.rate-limit.period=1s");
    }

    @Test
    void anOperationOverrideUnderTheTenantScopeCountsPerTenantAndOperation() {
        this.contextRunner
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.scope=tenant",
                    "lift.rate-limit.period=1m", "lift.rate-limit.operations.reports.limit-for-period=1")
            .run((context) -> {
                RateLimitFilter filter = context.getBean(RateLimitFilter.class);
                call(filter, "acme", "reports");
                assertThatExceptionOfType(LiftRateLimitedException.class)
                    .isThrownBy(() -> call(filter, "acme", "reports"));
                call(filter, "globex", "reports");
                call(filter, "acme", "orders");
            });
    }

    @Test
    void aTenantAndAnOperationOverrideCombineValueByValue() {
        // The tenant sets only the period, the operation only the limit: acme's reports get both.
        this.contextRunner
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.rate-limit.limit-for-period=100",
                    "lift.rate-limit.tenants.acme.period=1h", "lift.rate-limit.operations.reports.limit-for-period=2")
            .run((context) -> {
                RateLimitFilter filter = context.getBean(RateLimitFilter.class);
                call(filter, "acme", "reports");
                call(filter, "acme", "reports");
                assertThatExceptionOfType(LiftRateLimitedException.class)
                    .isThrownBy(() -> call(filter, "acme", "reports"))
                    .satisfies((ex) -> assertThat(ex.retryAfter())
                        .hasValueSatisfying((wait) -> assertThat(wait).isGreaterThan(Duration.ofMinutes(59))));
            });
    }

    @Test
    void aCombinationAboveTheGlobalRateFailsAtStartUp() {
        // Each override alone is below 10 per second; together, 5 per 100ms is 50 per second.
        assertStartUpFails("lift.rate-limit.operations.reports.limit-for-period",
                "lift.rate-limit.global.limit-for-period=10", "lift.rate-limit.limit-for-period=1",
                "lift.rate-limit.tenants.acme.period=100ms", "lift.rate-limit.operations.reports.limit-for-period=5");
    }

    @Test
    void badValuesFailAtStartUpNamingTheProperty() {
        assertStartUpFails("lift.rate-limit.limit-for-period", "lift.rate-limit.limit-for-period=0");
        assertStartUpFails("lift.rate-limit.period", "lift.rate-limit.period=0s");
        assertStartUpFails("lift.rate-limit.store-timeout", "lift.rate-limit.store-timeout=0ms");
        assertStartUpFails("lift.rate-limit.tenants.acme.period", "lift.rate-limit.tenants.acme.period=0s");
    }

    @Test
    void joinsTheChainInsideLoadShedding() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(LiftChainAutoConfiguration.class,
                    LiftLoadSheddingAutoConfiguration.class))
            .withPropertyValues("lift.rate-limit.enabled=true", "lift.load-shedding.enabled=true")
            .run((context) -> assertThat(context.getBean(LiftChain.class).filters()).extracting(LiftFilter::name)
                .containsSubsequence("load-shedding", "rate-limit"));
    }

    @Test
    void aUserFilterReplacesLifts() {
        RateLimitFilter own = new RateLimitFilter(List.of(), FailurePolicy.FAIL_OPEN);
        this.contextRunner.withPropertyValues("lift.rate-limit.enabled=true")
            .withBean(RateLimitFilter.class, () -> own)
            .run((context) -> assertThat(context.getBean(RateLimitFilter.class)).isSameAs(own));
    }

    private void assertStartUpFails(String named, String... properties) {
        this.contextRunner.withPropertyValues("lift.rate-limit.enabled=true")
            .withPropertyValues(properties)
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .satisfies((ex) -> assertThat(((LiftConfigurationException) ex).property()).isEqualTo(named)));
    }

    private static void call(RateLimitFilter filter, String tenant) throws Exception {
        call(filter, tenant, "orders");
    }

    private static void call(RateLimitFilter filter, String tenant, String operation) throws Exception {
        LiftContext context = LiftContext.builder("request", operation).tenantId(tenant).build();
        filter.filter(new Invocation(context, null, (invocation) -> "unused"), (invocation) -> "done");
    }

}
