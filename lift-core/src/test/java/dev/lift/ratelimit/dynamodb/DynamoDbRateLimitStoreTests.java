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

package dev.lift.ratelimit.dynamodb;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceScope;
import dev.lift.ratelimit.RateLimit;
import dev.lift.ratelimit.RateLimitDecision;
import dev.lift.ratelimit.RateLimitRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DynamoDbRateLimitStore} against a real DynamoDB API server (dynalite on loopback).
 */
class DynamoDbRateLimitStoreTests {

    private static final Duration STORE_TIMEOUT = Duration.ofMillis(300);

    private static Dynalite dynalite;

    private static DynamoDbClient firstEnvironment;

    private static DynamoDbClient secondEnvironment;

    private static final AtomicInteger tables = new AtomicInteger();

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
        firstEnvironment = dynalite.newClient();
        secondEnvironment = dynalite.newClient();
    }

    @AfterAll
    static void stopDynalite() {
        firstEnvironment.close();
        secondEnvironment.close();
        dynalite.close();
    }

    @Test
    void twoEnvironmentsSharingALimitAdmitNoMoreThanTheLimitInAWindow() throws Exception {
        String table = newTable();
        // A fixed clock keeps every call in one window, so the exact count can be checked.
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00.500Z"), ZoneOffset.UTC);
        RateLimitRules rules = RateLimitRules.of(InstanceScope.TENANT, new RateLimit(40, Duration.ofSeconds(1)));
        List<DynamoDbRateLimitStore> environments = List.of(
                new DynamoDbRateLimitStore("tenant", rules, firstEnvironment, table, Duration.ofSeconds(5), clock),
                new DynamoDbRateLimitStore("tenant", rules, secondEnvironment, table, Duration.ofSeconds(5), clock));
        AtomicInteger allowed = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                DynamoDbRateLimitStore store = environments.get(i % 2);
                calls.add(callers.submit(() -> {
                    RateLimitDecision decision = store.tryAcquire(call("acme"));
                    (decision.allowed() ? allowed : limited).incrementAndGet();
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        finally {
            callers.shutdownNow();
        }
        assertThat(allowed).hasValue(40);
        assertThat(limited).hasValue(120);
        // Another tenant has its own window item.
        assertThat(environments.get(0).tryAcquire(call("globex")).allowed()).isTrue();
    }

    @Test
    void decisionCarriesLimitRemainingAndReset() {
        String table = newTable();
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:10.250Z"), ZoneOffset.UTC);
        DynamoDbRateLimitStore store = new DynamoDbRateLimitStore("tenant",
                RateLimitRules.of(InstanceScope.TENANT, new RateLimit(2, Duration.ofSeconds(1))), firstEnvironment,
                table, STORE_TIMEOUT, clock);
        assertThat(store.tryAcquire(call("acme"))).isEqualTo(
                new RateLimitDecision(true, 2, 1, Duration.ofMillis(750), Duration.ofSeconds(1)));
        assertThat(store.tryAcquire(call("acme"))).isEqualTo(
                new RateLimitDecision(true, 2, 0, Duration.ofMillis(750), Duration.ofSeconds(1)));
        assertThat(store.tryAcquire(call("acme"))).isEqualTo(
                new RateLimitDecision(false, 2, 0, Duration.ofMillis(750), Duration.ofSeconds(1)));
    }

    @Test
    void everyWindowItemCarriesTheTtlAttribute() {
        String table = newTable();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        DynamoDbRateLimitStore store = new DynamoDbRateLimitStore("tenant",
                RateLimitRules.of(InstanceScope.TENANT_OPERATION, new RateLimit(1, Duration.ofSeconds(10))),
                firstEnvironment, table, STORE_TIMEOUT, clock);
        for (int window = 0; window < 3; window++) {
            for (String tenant : List.of("acme", "globex")) {
                store.tryAcquire(call(tenant));
                store.tryAcquire(call(tenant)); // limited: still one item per window
            }
            clock.advance(Duration.ofSeconds(10));
        }
        List<Map<String, AttributeValue>> items = firstEnvironment.scan((scan) -> scan.tableName(table)).items();
        assertThat(items).hasSize(6);
        for (Map<String, AttributeValue> item : items) {
            String key = item.get(DynamoDbRateLimitStore.PARTITION_KEY).s();
            long windowStart = Long.parseLong(key.substring(key.indexOf('@') + 1));
            long expiresAt = Long.parseLong(item.get(DynamoDbRateLimitStore.EXPIRES_AT).n());
            long windowEndSeconds = (windowStart + 10_000) / 1000;
            assertThat(expiresAt).as(key).isBetween(windowEndSeconds,
                    windowEndSeconds + DynamoDbRateLimitStore.TTL_GRACE.toSeconds() + 1);
            assertThat(item.get(DynamoDbRateLimitStore.COUNT).n()).as(key).isEqualTo("1");
            assertThat(key).startsWith("lift-rate-limit:tenant=").contains(":op=orders@");
        }
    }

    @Test
    void warmUpMakesTheClientsFirstCallAndCountsNothing() {
        String table = newTable();
        List<SdkRequest> requests = new CopyOnWriteArrayList<>();
        try (DynamoDbClient fresh = recordingClient(requests)) {
            assertThat(DynamoDbRateLimitStore.warmUp(fresh, table, Duration.ofSeconds(30))).isTrue();
            assertThat(requests).singleElement()
                .isInstanceOfSatisfying(UpdateItemRequest.class, (request) -> assertThat(
                        request.key().get(DynamoDbRateLimitStore.PARTITION_KEY).s())
                    .isEqualTo(DynamoDbRateLimitStore.WARM_UP_KEY));
            assertThat(firstEnvironment.scan((scan) -> scan.tableName(table)).items()).isEmpty();
            RateLimitRules rules = RateLimitRules.of(InstanceScope.TENANT, new RateLimit(3, Duration.ofMinutes(1)));
            DynamoDbRateLimitStore store = new DynamoDbRateLimitStore("tenant", rules, fresh, table, STORE_TIMEOUT,
                    Clock.systemUTC());
            RateLimitDecision first = store.tryAcquire(call("acme"));
            assertThat(first.allowed()).isTrue();
            assertThat(first.remaining()).isEqualTo(2);
            assertThat(requests).hasSize(2);
        }
    }

    @Test
    void warmUpOfAMissingTableReportsThatTheStoreDidNotAnswer() {
        try (DynamoDbClient fresh = dynalite.newClient()) {
            assertThat(DynamoDbRateLimitStore.warmUp(fresh, "no-such-table", Duration.ofSeconds(30))).isFalse();
        }
    }

    @Test
    void warmUpWaitsNoLongerThanItsBoundForATableThatNeverAnswers() throws Exception {
        // Accepts connections and never answers, like a hung endpoint.
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                DynamoDbClient fresh = DynamoDbClient.builder()
                    .endpointOverride(URI.create("http://127.0.0.1:" + hung.getLocalPort()))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClient(UrlConnectionHttpClient.builder().build())
                    .build()) {
            long start = System.nanoTime();
            assertThat(DynamoDbRateLimitStore.warmUp(fresh, "lift-rate-limits", Duration.ofMillis(300))).isFalse();
            // The bound plus scheduling slack on a loaded machine, far below the SDK's own timeouts.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static DynamoDbClient recordingClient(List<SdkRequest> requests) {
        return DynamoDbClient.builder()
            .endpointOverride(dynalite.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.builder().build())
            .overrideConfiguration((config) -> config.addExecutionInterceptor(new ExecutionInterceptor() {

                @Override
                public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                    requests.add(context.request());
                }

            }))
            .build();
    }

    private static LiftContext call(String tenant) {
        return LiftContext.builder("request", "orders").tenantId(tenant).build();
    }

    static String newTable() {
        String table = "rate-limits-" + tables.incrementAndGet();
        Dynalite.createRateLimitTable(firstEnvironment, table);
        return table;
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public Instant instant() {
            return this.now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

    }

}
