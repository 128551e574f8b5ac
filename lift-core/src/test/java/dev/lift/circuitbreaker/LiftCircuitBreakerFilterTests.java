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

package dev.lift.circuitbreaker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.EventProcessor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.github.resilience4j.circuitbreaker.ResultRecordedAsFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftTarget;
import dev.lift.chain.StatusCodes;
import dev.lift.chain.StatusResult;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftCircuitBreakerFilterTests {

    private final MutableClock clock = new MutableClock();

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

    private final ExecutorService executor = Executors.newFixedThreadPool(32);

    @AfterEach
    void stop() {
        this.executor.shutdownNow();
    }

    private CircuitBreakerConfig config(int permittedInHalfOpen) {
        return CircuitBreakerConfig.custom()
            .slidingWindow(10, 4, SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30))
            .permittedNumberOfCallsInHalfOpenState(permittedInHalfOpen)
            .recordResult(StatusCodes.parse("statuses", List.of("5xx"))::matches)
            .clock(this.clock)
            .build();
    }

    private LiftChain chain(InstanceScope scope, Function<InstanceKey, CircuitBreakerPolicy> policies,
            CircuitBreakerStateListener listener) {
        ScopedCircuitBreakers breakers = new ScopedCircuitBreakers(this.registry, InstanceKeys.of(scope), 100,
                Duration.ofMinutes(5), policies, listener);
        return new LiftChain(List.of(new LiftCircuitBreakerFilter(breakers)));
    }

    private LiftChain chain(InstanceScope scope, LiftFallback fallback) {
        return chain(scope, (key) -> new CircuitBreakerPolicy(config(3), fallback), CircuitBreakerStateListener.NONE);
    }

    private static Invocation call(String tenant, LiftTarget target) {
        return new Invocation(LiftContext.builder("req", "orders").tenantId(tenant).build(), null, target);
    }

    private static final LiftTarget FAILING = (invocation) -> {
        throw new IllegalStateException("downstream down");
    };

    private static final LiftTarget SUCCEEDING = (invocation) -> "ok";

    private static void failTimes(LiftChain chain, String tenant, int times) {
        for (int i = 0; i < times; i++) {
            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> chain.execute(call(tenant, FAILING)));
        }
    }

    @Test
    void tenantsCircuitOpensWhileAnotherTenantKeepsSucceeding() throws Exception {
        LiftChain chain = chain(InstanceScope.TENANT, null);
        failTimes(chain, "tenant-a", 4);
        for (int i = 0; i < 20; i++) {
            assertThat(chain.execute(call("tenant-b", SUCCEEDING))).isEqualTo("ok");
        }
        Invocation rejected = call("tenant-a", SUCCEEDING);
        assertThatExceptionOfType(LiftCircuitOpenException.class).isThrownBy(() -> chain.execute(rejected))
            .satisfies((ex) -> {
                assertThat(ex.status()).isEqualTo(503);
                assertThat(ex.code()).isEqualTo("circuit-open");
                assertThat(ex.instanceName()).isEqualTo("lift-circuit-breaker:tenant=tenant-a");
                assertThat(ex.getMessage()).doesNotContain("tenant-a");
            });
        assertThat(rejected.rejectedBy()).isEqualTo(LiftCircuitBreakerFilter.NAME);
        assertThat(this.registry.circuitBreaker("lift-circuit-breaker:tenant=tenant-a").getState())
            .isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(this.registry.circuitBreaker("lift-circuit-breaker:tenant=tenant-b").getState())
            .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void retryAfterIsTheRemainingOpenTime() {
        LiftChain chain = chain(InstanceScope.GLOBAL, null);
        failTimes(chain, null, 4);
        this.clock.advance(Duration.ofSeconds(10));
        assertThatExceptionOfType(LiftCircuitOpenException.class).isThrownBy(() -> chain.execute(call(null, SUCCEEDING)))
            .satisfies((ex) -> assertThat(ex.retryAfter()).hasValue(Duration.ofSeconds(20)));
    }

    @Test
    void resultsWithAFailureStatusCountAsFailures() throws Exception {
        LiftChain chain = chain(InstanceScope.GLOBAL, null);
        StatusResult serverError = () -> 503;
        for (int i = 0; i < 4; i++) {
            assertThat(chain.execute(call(null, (invocation) -> serverError))).isSameAs(serverError);
        }
        assertThatExceptionOfType(LiftCircuitOpenException.class).isThrownBy(() -> chain.execute(call(null, SUCCEEDING)));
    }

    @Test
    void clientErrorResultsDoNotCount() throws Exception {
        LiftChain chain = chain(InstanceScope.GLOBAL, null);
        StatusResult notFound = () -> 404;
        for (int i = 0; i < 10; i++) {
            chain.execute(call(null, (invocation) -> notFound));
        }
        assertThat(chain.execute(call(null, SUCCEEDING))).isEqualTo("ok");
    }

    @Test
    void fallbackAnswersFailedCallsAndOpenCircuits() throws Exception {
        List<Throwable> causes = new CopyOnWriteArrayList<>();
        LiftChain chain = chain(InstanceScope.GLOBAL, (invocation, cause) -> {
            causes.add(cause);
            return "fallback";
        });
        for (int i = 0; i < 4; i++) {
            assertThat(chain.execute(call(null, FAILING))).isEqualTo("fallback");
        }
        assertThat(chain.execute(call(null, SUCCEEDING))).isEqualTo("fallback");
        assertThat(causes).hasSize(5);
        assertThat(causes.subList(0, 4)).allMatch(IllegalStateException.class::isInstance);
        assertThat(causes.get(4)).isInstanceOf(LiftCircuitOpenException.class);
    }

    @Test
    void fallbackAnswersResultsCountedAsFailures() throws Exception {
        StatusResult serverError = () -> 500;
        LiftChain chain = chain(InstanceScope.GLOBAL, (invocation, cause) -> {
            assertThat(cause).isInstanceOf(ResultRecordedAsFailureException.class);
            assertThat(((ResultRecordedAsFailureException) cause).getResult()).isSameAs(serverError);
            return "fallback";
        });
        assertThat(chain.execute(call(null, (invocation) -> serverError))).isEqualTo("fallback");
    }

    @Test
    void ignoredExceptionsNeitherCountNorUseTheFallback() throws Exception {
        CircuitBreakerConfig config = CircuitBreakerConfig.from(config(3))
            .ignoreExceptions(IllegalArgumentException.class)
            .build();
        LiftChain chain = chain(InstanceScope.GLOBAL, (key) -> new CircuitBreakerPolicy(config, (i, c) -> "fallback"),
                CircuitBreakerStateListener.NONE);
        for (int i = 0; i < 10; i++) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> chain.execute(call(null, (inv) -> {
                throw new IllegalArgumentException("bad input");
            })));
        }
        assertThat(chain.execute(call(null, SUCCEEDING))).isEqualTo("ok");
    }

    @Test
    void halfOpenAdmitsExactlyThePermittedProbesUnderConcurrentCallers() throws Exception {
        List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
        LiftChain chain = chain(InstanceScope.TENANT, (key) -> new CircuitBreakerPolicy(config(3), null),
                (name, key, from, to) -> transitions.add(CircuitBreaker.StateTransition.transitionBetween(name, from, to)));
        failTimes(chain, "acme", 4);
        this.clock.advance(Duration.ofSeconds(31));

        int callers = 32;
        AtomicInteger probes = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            results.add(this.executor.submit(() -> {
                start.await();
                try {
                    return chain.execute(call("acme", (invocation) -> {
                        probes.incrementAndGet();
                        release.await();
                        return "ok";
                    }));
                }
                catch (LiftCircuitOpenException ex) {
                    rejected.incrementAndGet();
                    return ex;
                }
            }));
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (probes.get() + rejected.get() < callers && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(probes.get()).isEqualTo(3);
        assertThat(rejected.get()).isEqualTo(callers - 3);
        release.countDown();
        for (Future<Object> result : results) {
            result.get(10, TimeUnit.SECONDS);
        }
        assertThat(transitions).containsExactly(CircuitBreaker.StateTransition.CLOSED_TO_OPEN,
                CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN, CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
    }


    @Test
    void stateForcedFromOutsideCallsIsNoticedOnceByTheNextCallOrCheck() throws Exception {
        List<String> changes = new CopyOnWriteArrayList<>();
        ScopedCircuitBreakers breakers = new ScopedCircuitBreakers(this.registry, InstanceKeys.of(InstanceScope.TENANT),
                100, Duration.ofMinutes(5), (key) -> new CircuitBreakerPolicy(config(3), null),
                (name, key, from, to) -> changes.add(name + ": " + from + " -> " + to));
        LiftChain chain = new LiftChain(List.of(new LiftCircuitBreakerFilter(breakers)));
        assertThat(chain.execute(call("acme", SUCCEEDING))).isEqualTo("ok");
        CircuitBreaker breaker = breakers.circuitBreaker(call("acme", SUCCEEDING).context());

        breaker.transitionToForcedOpenState();
        assertThat(changes).isEmpty();
        assertThatExceptionOfType(LiftCircuitOpenException.class).isThrownBy(() -> chain.execute(call("acme", SUCCEEDING)));
        assertThat(changes).containsExactly("lift-circuit-breaker:tenant=acme: CLOSED -> FORCED_OPEN");

        breaker.transitionToClosedState();
        breakers.noticeStateChanges();
        breakers.noticeStateChanges();
        assertThat(chain.execute(call("acme", SUCCEEDING))).isEqualTo("ok");
        assertThat(changes).containsExactly("lift-circuit-breaker:tenant=acme: CLOSED -> FORCED_OPEN",
                "lift-circuit-breaker:tenant=acme: FORCED_OPEN -> CLOSED");
    }

    @Test
    void liftRegistersNoEventConsumerSoResilience4jCreatesNoEventPerCall() throws Exception {
        LiftChain chain = chain(InstanceScope.GLOBAL, null);
        new CircuitBreakerMeters(this.registry).bindTo(new SimpleMeterRegistry());
        assertThat(chain.execute(call("acme", SUCCEEDING))).isEqualTo("ok");
        CircuitBreaker breaker = this.registry.circuitBreaker("lift-circuit-breaker");
        // resilience4j creates a timestamped event for every call as soon as any consumer is registered.
        assertThat(((EventProcessor<?>) breaker.getEventPublisher()).hasConsumers()).isFalse();
    }

}
