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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import dev.lift.chain.Invocation;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRateLimitedException;
import dev.lift.instances.InstanceScope;
import dev.lift.ratelimit.FailurePolicy;
import dev.lift.ratelimit.RateLimit;
import dev.lift.ratelimit.RateLimitFilter;
import dev.lift.ratelimit.RateLimitRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the {@link RateLimitFilter} does while its DynamoDB store is down or hung, against a real
 * DynamoDB API server (dynalite) that the test kills, freezes and brings back.
 */
class DynamoDbRateLimitOutageTests {

    private static final Duration STORE_TIMEOUT = Duration.ofMillis(250);

    /** Generous for a loaded CI machine, and still far below a hung call. */
    private static final Duration LATENCY_BOUND = STORE_TIMEOUT.plusMillis(750);

    private static final AtomicInteger tables = new AtomicInteger();

    private static Dynalite dynalite;

    private static DynamoDbClient client;

    private String table;

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
        client = dynalite.newClient();
    }

    @AfterAll
    static void stopDynalite() {
        client.close();
        dynalite.close();
    }

    @BeforeEach
    void createTable() {
        // Each test leaves the server running (restarted or thawed), and works on a table of its own.
        dynalite.ensureRunning();
        this.table = "rate-limits-" + tables.incrementAndGet();
        Dynalite.createRateLimitTable(client, this.table);
    }

    @Test
    void failOpenLetsCallsRunWhileTheStoreIsDownAndLimitsAgainOnceItIsBack() throws Exception {
        RateLimitFilter filter = filter(FailurePolicy.FAIL_OPEN, 1000);
        warmUp(filter);
        long failures = filter.storeFailures();
        long allowed = filter.allowedCalls();
        dynalite.kill();
        List<Long> latencies = callConcurrently(filter, 40);
        assertThat(latencies).hasSize(40).allSatisfy((millis) -> assertThat(millis).isLessThan(LATENCY_BOUND.toMillis()));
        assertThat(filter.storeFailures() - failures).isEqualTo(40);
        assertThat(filter.allowedCalls() - allowed).isEqualTo(40);
        assertThat(filter.storeIncidents()).as("one outage, one incident").isEqualTo(1);

        dynalite.restart();
        Dynalite.createRateLimitTable(client, this.table);
        RateLimitFilter limited = filter(FailurePolicy.FAIL_OPEN, 2);
        warmUp(limited);
        assertThat(call(limited, "acme")).isEqualTo("done");
        assertThat(call(limited, "acme")).isEqualTo("done");
        assertThatExceptionOfType(LiftRateLimitedException.class).isThrownBy(() -> call(limited, "acme"));
    }

    @Test
    void failClosedRejectsCallsWhileTheStoreHangsAndRecoversAfterwards() throws Exception {
        RateLimitFilter filter = filter(FailurePolicy.FAIL_CLOSED, 1000);
        warmUp(filter);
        long failures = filter.storeFailures();
        long allowed = filter.allowedCalls();
        long limitedCalls = filter.limitedCalls();
        long incidents = filter.storeIncidents();
        dynalite.pause();
        try {
            for (int i = 0; i < 4; i++) {
                long start = System.nanoTime();
                assertThatExceptionOfType(LiftRateLimitedException.class).isThrownBy(() -> call(filter, "acme"))
                    .satisfies((ex) -> assertThat(ex.status()).isEqualTo(429))
                    .satisfies((ex) -> assertThat(ex.retryAfter()).isPresent());
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                    .isLessThan(LATENCY_BOUND.toMillis());
            }
        }
        finally {
            dynalite.resume();
        }
        assertThat(filter.storeIncidents() - incidents).isEqualTo(1);
        assertThat(filter.storeFailures() - failures).isEqualTo(4);
        assertThat(call(filter, "acme")).isEqualTo("done");
        assertThat(filter.allowedCalls() - allowed).isEqualTo(1);
        assertThat(filter.limitedCalls() - limitedCalls).isEqualTo(4);
    }

    /**
     * Makes one call that the store answers in time, for a tenant of its own: the SDK's first call
     * and a loaded machine can exceed the store timeout, which is not what these tests are about.
     */
    private static void warmUp(RateLimitFilter filter) throws Exception {
        for (int i = 0; i < 20; i++) {
            long failures = filter.storeFailures();
            try {
                call(filter, "warm-up");
            }
            catch (LiftRateLimitedException ex) {
                // The store did not answer in time and the policy is fail-closed: try again.
            }
            if (filter.storeFailures() == failures) {
                return;
            }
        }
        throw new AssertionError("The store never answered within its timeout");
    }

    private RateLimitFilter filter(FailurePolicy policy, long limit) {
        RateLimitRules rules = RateLimitRules.of(InstanceScope.TENANT, new RateLimit(limit, Duration.ofMinutes(1)));
        return new RateLimitFilter(
                List.of(new DynamoDbRateLimitStore("tenant", rules, client, this.table, STORE_TIMEOUT, Clock.systemUTC())),
                policy);
    }

    private static Object call(RateLimitFilter filter, String tenant) throws Exception {
        LiftContext context = LiftContext.builder("request", "orders").tenantId(tenant).build();
        return filter.filter(new Invocation(context, null, (invocation) -> "unused"), (invocation) -> "done");
    }

    private static List<Long> callConcurrently(RateLimitFilter filter, int calls) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> latencies = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                latencies.add(callers.submit(() -> {
                    long start = System.nanoTime();
                    call(filter, "acme");
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }));
            }
            List<Long> result = new ArrayList<>();
            for (Future<Long> latency : latencies) {
                result.add(latency.get());
            }
            return result;
        }
        finally {
            callers.shutdownNow();
        }
    }

}
