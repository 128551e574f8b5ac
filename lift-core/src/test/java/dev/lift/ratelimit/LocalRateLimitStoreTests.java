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

package dev.lift.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceScope;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link LocalRateLimitStore}. */
class LocalRateLimitStoreTests {

    private static final Duration LONG_PERIOD = Duration.ofMinutes(10);

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();

    @Test
    void admitsExactlyTheLimitUnderConcurrency() throws Exception {
        LocalRateLimitStore store = new LocalRateLimitStore("tenant",
                RateLimitRules.of(InstanceScope.TENANT, new RateLimit(100, LONG_PERIOD)), this.registry, 100,
                Duration.ofMinutes(5));
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            callers.execute(() -> {
                if (store.tryAcquire(call("acme", "orders")).allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(allowed).hasValue(100);
    }

    @Test
    void tenantOverrideWinsOverOperationOverrideAndDefault() {
        RateLimitRules rules = new RateLimitRules(InstanceScope.TENANT_OPERATION, new RateLimit(5, LONG_PERIOD),
                Map.of("acme", new RateLimit(1, LONG_PERIOD)), Map.of("reports", new RateLimit(2, LONG_PERIOD)));
        LocalRateLimitStore store = new LocalRateLimitStore("tenant-operation", rules, this.registry, 100,
                Duration.ofMinutes(5));
        assertThat(allowedOf(store, call("acme", "reports"), 10)).isEqualTo(1);
        assertThat(allowedOf(store, call("globex", "reports"), 10)).isEqualTo(2);
        assertThat(allowedOf(store, call("globex", "orders"), 10)).isEqualTo(5);
        assertThat(this.registry.getAllRateLimiters()).extracting((limiter) -> limiter.getName())
            .containsExactlyInAnyOrder("lift-rate-limit:tenant=acme:op=reports",
                    "lift-rate-limit:tenant=globex:op=reports", "lift-rate-limit:tenant=globex:op=orders");
    }

    @Test
    void anOverrideGetsAKeyOfItsOwnWhateverTheScope() {
        RateLimitRules rules = new RateLimitRules(InstanceScope.GLOBAL, new RateLimit(3, LONG_PERIOD),
                Map.of("acme", new RateLimit(1, LONG_PERIOD)), Map.of("reports", new RateLimit(2, LONG_PERIOD)));
        LocalRateLimitStore store = new LocalRateLimitStore("global", rules, this.registry, 100, Duration.ofMinutes(5));
        assertThat(allowedOf(store, call("acme", "orders"), 10)).isEqualTo(1);
        assertThat(allowedOf(store, call("globex", "reports"), 10)).isEqualTo(2);
        // Everyone else shares the one global limit.
        assertThat(allowedOf(store, call("globex", "orders"), 2)).isEqualTo(2);
        assertThat(allowedOf(store, call("initech", "orders"), 10)).isEqualTo(1);
        assertThat(this.registry.getAllRateLimiters()).extracting((limiter) -> limiter.getName())
            .containsExactlyInAnyOrder("lift-rate-limit", "lift-rate-limit:tenant=acme", "lift-rate-limit:op=reports");
    }

    @Test
    void rejectionTellsWhenTheQuotaRefills() {
        LocalRateLimitStore store = new LocalRateLimitStore("global",
                RateLimitRules.of(InstanceScope.GLOBAL, new RateLimit(1, Duration.ofSeconds(30))), this.registry, 1,
                Duration.ofMinutes(5));
        assertThat(store.tryAcquire(call("acme", "orders")).allowed()).isTrue();
        RateLimitDecision limited = store.tryAcquire(call("globex", "orders"));
        assertThat(limited.allowed()).isFalse();
        assertThat(limited.remaining()).isZero();
        assertThat(limited.limit()).isEqualTo(1);
        assertThat(limited.reset()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(limited.period()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void staysBoundedWithOneHundredThousandTenants() {
        LocalRateLimitStore store = new LocalRateLimitStore("tenant",
                RateLimitRules.of(InstanceScope.TENANT, new RateLimit(10, LONG_PERIOD)), this.registry, 1000,
                Duration.ofMinutes(5));
        for (int tenant = 0; tenant < 100_000; tenant++) {
            assertThat(store.tryAcquire(call("tenant-" + tenant, "orders")).allowed()).isTrue();
        }
        assertThat(store.size()).isLessThanOrEqualTo(1000);
        // Evicted limiters leave the registry too: nothing grows with the number of tenants seen.
        assertThat(this.registry.getAllRateLimiters()).hasSizeLessThanOrEqualTo(1000);
    }

    private static long allowedOf(LocalRateLimitStore store, LiftContext context, int calls) {
        long allowed = 0;
        for (int i = 0; i < calls; i++) {
            if (store.tryAcquire(context).allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    private static LiftContext call(String tenant, String operation) {
        return LiftContext.builder("request", operation).tenantId(tenant).build();
    }

}
