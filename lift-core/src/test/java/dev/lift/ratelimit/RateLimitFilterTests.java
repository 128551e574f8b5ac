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
import java.util.List;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.chain.Invocation;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRateLimitedException;
import dev.lift.instances.InstanceScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tests for {@link RateLimitFilter}. */
class RateLimitFilterTests {

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();

    @Test
    void limitedCallIsA429WithRetryAfterAndRateLimitHeaders() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(List.of(store("tenant", InstanceScope.TENANT, 1)),
                FailurePolicy.FAIL_OPEN);
        Invocation first = invocation("acme");
        assertThat(filter.filter(first, (invocation) -> "done")).isEqualTo("done");
        Invocation second = invocation("acme");
        assertThatExceptionOfType(LiftRateLimitedException.class)
            .isThrownBy(() -> filter.filter(second, (invocation) -> "done"))
            .satisfies((ex) -> {
                assertThat(ex.status()).isEqualTo(429);
                assertThat(ex.code()).isEqualTo("rate-limited");
                assertThat(ex.retryAfter()).isPresent();
                assertThat(ex.headers()).containsEntry("RateLimit-Policy", "\"tenant\";q=1;w=60")
                    .containsKey("RateLimit");
                assertThat(ex.headers().get("RateLimit")).startsWith("\"tenant\";r=0;t=");
            });
        assertThat(second.rejectedBy()).isEqualTo("rate-limit");
        assertThat(filter.filter(invocation("globex"), (invocation) -> "done")).isEqualTo("done");
    }

    @Test
    void everyStoreMustAllowACall() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(
                List.of(store("tenant", InstanceScope.TENANT, 5), store("global", InstanceScope.GLOBAL, 2)),
                FailurePolicy.FAIL_OPEN);
        filter.filter(invocation("acme"), (invocation) -> "done");
        filter.filter(invocation("globex"), (invocation) -> "done");
        assertThatExceptionOfType(LiftRateLimitedException.class)
            .isThrownBy(() -> filter.filter(invocation("initech"), (invocation) -> "done"))
            .satisfies((ex) -> assertThat(ex.policy()).isEqualTo("global"));
    }

    @Test
    void storeThatCannotAnswerIsHandledByTheFailurePolicyAndLoggedOncePerIncident() throws Exception {
        FailingStore store = new FailingStore();
        RateLimitFilter open = new RateLimitFilter(List.of(store), FailurePolicy.FAIL_OPEN);
        RateLimitFilter closed = new RateLimitFilter(List.of(store), FailurePolicy.FAIL_CLOSED);
        for (int i = 0; i < 10; i++) {
            assertThat(open.filter(invocation("acme"), (invocation) -> "done")).isEqualTo("done");
            assertThatExceptionOfType(LiftRateLimitedException.class)
                .isThrownBy(() -> closed.filter(invocation("acme"), (invocation) -> "done"));
        }
        store.failing = false;
        open.filter(invocation("acme"), (invocation) -> "done");
        store.failing = true;
        open.filter(invocation("acme"), (invocation) -> "done");
        assertThat(open.storeFailures()).isEqualTo(11);
        assertThat(open.storeIncidents()).isEqualTo(2);
        assertThat(closed.storeIncidents()).isEqualTo(1);
        assertThat(closed.limitedCalls()).isEqualTo(10);
    }

    @Test
    void allowedCallsCarryTheRateLimitHeadersOfEveryStoreWhenAsked() throws Exception {
        LocalRateLimitStore tenant = new LocalRateLimitStore("tenant",
                RateLimitRules.of(InstanceScope.TENANT, new RateLimit(3, Duration.ofMinutes(1))), this.registry, 100,
                Duration.ofMinutes(5), true);
        LocalRateLimitStore global = new LocalRateLimitStore("global",
                RateLimitRules.of(InstanceScope.GLOBAL, new RateLimit(100, Duration.ofSeconds(1))), this.registry, 100,
                Duration.ofMinutes(5), true);
        RateLimitFilter filter = new RateLimitFilter(List.of(tenant, global), FailurePolicy.FAIL_OPEN, true);
        for (int left = 2; left >= 0; left--) {
            Invocation call = invocation("acme");
            filter.filter(call, (invocation) -> "done");
            assertThat(call.responseHeaders()).containsEntry("RateLimit-Policy", "\"tenant\";q=3;w=60, \"global\";q=100;w=1");
            assertThat(call.responseHeaders().get("RateLimit"))
                .matches("\"tenant\";r=" + left + ";t=(5[5-9]|60), \"global\";r=9[7-9];t=1");
        }
    }

    @Test
    void allowedCallsCarryNoHeadersUnlessAskedNorFromAStoreThatDidNotCount() throws Exception {
        Invocation call = invocation("acme");
        new RateLimitFilter(List.of(store("tenant", InstanceScope.TENANT, 5)), FailurePolicy.FAIL_OPEN)
            .filter(call, (invocation) -> "done");
        assertThat(call.responseHeaders()).isEmpty();

        Invocation uncounted = invocation("acme");
        new RateLimitFilter(List.of(store("other", InstanceScope.TENANT, 5), new FailingStore()), FailurePolicy.FAIL_OPEN,
                true)
            .filter(uncounted, (invocation) -> "done");
        assertThat(uncounted.responseHeaders()).as("neither an uncounted store nor one that did not answer").isEmpty();
    }

    @Test
    void metersCountOutcomes() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(List.of(store("tenant", InstanceScope.TENANT, 1)),
                FailurePolicy.FAIL_CLOSED);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        filter.bindTo(meters);
        filter.filter(invocation("acme"), (invocation) -> "done");
        assertThatExceptionOfType(LiftRateLimitedException.class)
            .isThrownBy(() -> filter.filter(invocation("acme"), (invocation) -> "done"));
        assertThat(meters.get("lift.rate-limit.calls").tag("outcome", "allowed").functionCounter().count()).isEqualTo(1);
        assertThat(meters.get("lift.rate-limit.calls").tag("outcome", "limited").functionCounter().count()).isEqualTo(1);
        assertThat(meters.get("lift.rate-limit.store.failures").tag("policy", "fail-closed").functionCounter().count())
            .isZero();
    }

    private LocalRateLimitStore store(String name, InstanceScope scope, long limit) {
        return new LocalRateLimitStore(name, RateLimitRules.of(scope, new RateLimit(limit, Duration.ofMinutes(1))),
                this.registry, 100, Duration.ofMinutes(5));
    }

    private static Invocation invocation(String tenant) {
        return new Invocation(LiftContext.builder("request", "orders").tenantId(tenant).build(), null,
                (invocation) -> "unused");
    }

    /** A store whose backend is down while {@code failing}. */
    static final class FailingStore implements RateLimitStore {

        volatile boolean failing = true;

        @Override
        public RateLimitDecision tryAcquire(LiftContext context) {
            if (this.failing) {
                throw new RateLimitStoreException("down", new RuntimeException("connection refused"));
            }
            return new RateLimitDecision(true, 10, 9, Duration.ofSeconds(1), Duration.ofSeconds(1));
        }

        @Override
        public RateLimit limitFor(LiftContext context) {
            return new RateLimit(10, Duration.ofSeconds(1));
        }

        @Override
        public String name() {
            return "tenant";
        }

    }

}
