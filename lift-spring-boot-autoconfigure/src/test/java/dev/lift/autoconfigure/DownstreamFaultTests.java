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

package dev.lift.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.bulkhead.LiftBulkheadFullException;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftTarget;
import dev.lift.circuitbreaker.LiftCircuitOpenException;
import dev.lift.circuitbreaker.LiftFallback;
import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import dev.lift.tenancy.LiftRequest;
import dev.lift.tenancy.LiftTenantResolver;
import dev.lift.timeout.LiftTimeoutException;
import dev.lift.timeout.TimeoutScheduler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Faults below and inside the chain, with bulkhead, circuit breaker, timeout and retry all on: a
 * downstream failing fast, failing slowly, hanging; a user's filter, fallback or tenant resolver
 * throwing. For each, the caller gets a clean, typed answer in time, no permit is lost, nothing is
 * left on the thread, and calls succeed again once the fault ends.
 */
class DownstreamFaultTests {

    private static final int PERMITS = 4;

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(LiftAutoConfigurations.all())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.max-concurrent=" + PERMITS,
                "lift.bulkhead.max-wait=0", "lift.circuit-breaker.enabled=true",
                "lift.circuit-breaker.sliding-window-size=10", "lift.circuit-breaker.minimum-number-of-calls=5",
                "lift.circuit-breaker.failure-rate-threshold=50",
                "lift.circuit-breaker.wait-duration-in-open-state=200ms",
                "lift.circuit-breaker.permitted-number-of-calls-in-half-open-state=1", "lift.timeout.enabled=true",
                "lift.timeout.default-timeout=" + TIMEOUT.toMillis() + "ms", "lift.retry.enabled=true",
                "lift.retry.max-attempts=2", "lift.retry.initial-delay=5ms",
                "lift.retry.retry-exceptions=java.lang.IllegalStateException");

    @Test
    void aDownstreamFailingFastOpensTheCircuitAndRecoversWhenTheFaultEnds() {
        this.contextRunner.run((context) -> {
            AtomicInteger downstreamCalls = new AtomicInteger();
            LiftTarget failing = (invocation) -> {
                downstreamCalls.incrementAndGet();
                throw new IllegalStateException("connection refused");
            };
            for (int i = 0; i < 5; i++) {
                assertThat(catchThrowable(() -> call(context, failing))).isInstanceOf(IllegalStateException.class);
            }
            int callsWhenOpen = downstreamCalls.get();
            assertThat(catchThrowable(() -> call(context, failing))).isInstanceOf(LiftCircuitOpenException.class);
            assertThat(downstreamCalls).as("an open circuit spares the downstream").hasValue(callsWhenOpen);
            assertAllPermitsBack(context);
            // The fault ends: after the open wait, a probe goes through and closes the circuit.
            Thread.sleep(250);
            assertThat(call(context, (invocation) -> "ok")).isEqualTo("ok");
            assertThat(call(context, (invocation) -> "ok")).isEqualTo("ok");
            assertAllPermitsBack(context);
        });
    }

    @Test
    void aSlowDownstreamTimesOutAtItsDeadlineAndRecovers() {
        this.contextRunner.run((context) -> {
            LiftTarget slow = (invocation) -> {
                Thread.sleep(5_000);
                return "late";
            };
            long start = System.nanoTime();
            assertThat(catchThrowable(() -> call(context, slow))).isInstanceOf(LiftTimeoutException.class);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            // The timeout covers every attempt: one timeout, not one per retry.
            assertThat(elapsed).isBetween(TIMEOUT.toMillis(), TIMEOUT.toMillis() + 250);
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt left on the caller").isFalse();
            assertAllPermitsBack(context);
            assertThat(call(context, (invocation) -> "ok")).isEqualTo("ok");
        });
    }

    @Test
    void hangingCallsHoldTheBulkheadOnlyUntilTheirDeadlineAndEveryPermitComesBack() {
        this.contextRunner.run((context) -> {
            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch inside = new CountDownLatch(PERMITS);
            LiftTarget hanging = (invocation) -> {
                inside.countDown();
                never.await();
                return "never";
            };
            ExecutorService callers = Executors.newFixedThreadPool(PERMITS);
            try {
                List<Future<Throwable>> hung = new ArrayList<>();
                for (int i = 0; i < PERMITS; i++) {
                    hung.add(callers.submit(() -> catchThrowable(() -> call(context, hanging))));
                }
                assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
                // The bulkhead is full of hanging calls: the next is turned away at once.
                assertThat(catchThrowable(() -> call(context, (invocation) -> "ok")))
                    .isInstanceOf(LiftBulkheadFullException.class);
                long deadline = System.nanoTime() + TIMEOUT.toNanos() + TimeUnit.MILLISECONDS.toNanos(500);
                for (Future<Throwable> call : hung) {
                    assertThat(call.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS))
                        .as("no hung call past its deadline")
                        .isInstanceOf(LiftTimeoutException.class);
                }
            }
            finally {
                callers.shutdownNow();
            }
            assertAllPermitsBack(context);
            assertThat(context.getBean(TimeoutScheduler.class).pendingTimers()).isZero();
            assertThat(call(context, (invocation) -> "ok")).isEqualTo("ok");
        });
    }

    @Test
    void aUserFilterThatThrowsFailsOnlyItsCallAndLosesNoPermit() {
        this.contextRunner.withBean("explodingFilter", LiftFilter.class, () -> new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                if ("explode".equals(invocation.context().tenantId())) {
                    throw new IllegalArgumentException("user filter bug");
                }
                return chain.proceed(invocation);
            }

            @Override
            public int getOrder() {
                // Inside the bulkhead, outside the circuit breaker.
                return LiftFilterOrder.BULKHEAD + 50;
            }
        }).run((context) -> {
            for (int i = 0; i < 3 * PERMITS; i++) {
                assertThat(catchThrowable(() -> call(context, "explode", (invocation) -> "ok")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("user filter bug");
            }
            assertAllPermitsBack(context);
            assertThat(LiftContextHolder.get()).isNull();
            assertThat(call(context, "acme", (invocation) -> "ok")).isEqualTo("ok");
        });
    }

    @Test
    void aFallbackThatThrowsGivesItsOwnExceptionAndLosesNoPermit() {
        this.contextRunner.withBean("brokenFallback", LiftFallback.class, () -> (invocation, cause) -> {
            throw new UnsupportedOperationException("fallback bug", cause);
        }).withPropertyValues("lift.circuit-breaker.fallback=brokenFallback").run((context) -> {
            Throwable failure = catchThrowable(() -> call(context, (invocation) -> {
                throw new IllegalStateException("down");
            }));
            assertThat(failure).isInstanceOf(UnsupportedOperationException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
            assertAllPermitsBack(context);
            assertThat(call(context, (invocation) -> "ok")).isEqualTo("ok");
        });
    }

    @Test
    void aTenantResolverThatThrowsFailsTheCallBeforeAnyPatternAndLeavesNothingBehind() {
        this.contextRunner.withBean(LiftTenantResolver.class, () -> (request) -> {
            if (request.header("X-Break") != null) {
                throw new IllegalStateException("resolver bug");
            }
            return "acme";
        }).run((context) -> {
            LiftInvoker invoker = context.getBean(LiftInvoker.class);
            AtomicInteger ran = new AtomicInteger();
            assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> invoker.invoke(new Request(null, "X-Break"), LiftContext.builder("r", "orders"),
                        null, (invocation) -> ran.incrementAndGet()));
            assertThat(ran).hasValue(0);
            assertThat(LiftContextHolder.get()).isNull();
            assertAllPermitsBack(context);
            assertThat(invoker.invoke(new Request(null, null), LiftContext.builder("r", "orders"), null,
                    (invocation) -> LiftContext.current().orElseThrow().tenantId()))
                .isEqualTo("acme");
        });
    }

    private static Object call(AssertableApplicationContext context, LiftTarget target) throws Exception {
        return call(context, "acme", target);
    }

    private static Object call(AssertableApplicationContext context, String tenant, LiftTarget target)
            throws Exception {
        return context.getBean(LiftInvoker.class)
            .invoke(new Request(tenant, null), LiftContext.builder("r", "orders"), null, target);
    }

    private static void assertAllPermitsBack(AssertableApplicationContext context) {
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.get("lift.bulkhead.permits.in.use").gauges())
            .allSatisfy((gauge) -> assertThat(gauge.value()).as("permits in use").isZero());
        assertThat(meters.get("lift.bulkhead.permits.available").gauge().value()).isEqualTo(PERMITS);
    }

    /** A Lambda invocation: the tenant from Lambda, one optional header. */
    private record Request(String lambdaTenantId, String headerName) implements LiftRequest {

        @Override
        public String header(String name) {
            return name.equalsIgnoreCase(this.headerName) ? "set" : null;
        }

        @Override
        public JsonNode event() {
            return null;
        }

    }

}
