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

package dev.lift.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lift.context.LiftContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LiftChainTests {

    private static final LiftTarget ECHO = (invocation) -> invocation.request();

    @Test
    void runsFiltersInOrderOutermostFirstWhateverTheyAreGivenIn() throws Exception {
        List<String> trace = Collections.synchronizedList(new ArrayList<>());
        LiftChain chain = new LiftChain(List.of(new Recording("retry", LiftFilterOrder.RETRY, trace),
                new Recording("user", LiftFilterOrder.BULKHEAD + 50, trace),
                new Recording("bulkhead", LiftFilterOrder.BULKHEAD, trace),
                new Recording("circuit-breaker", LiftFilterOrder.CIRCUIT_BREAKER, trace)));

        Object result = chain.execute(invocation("payload", ECHO));

        assertThat(result).isEqualTo("payload");
        assertThat(trace).containsExactly("bulkhead", "user", "circuit-breaker", "retry");
        assertThat(chain.filters()).extracting(LiftFilter::name)
            .containsExactly("bulkhead", "user", "circuit-breaker", "retry");
    }

    @Test
    void keepsTheGivenOrderOfFiltersWithEqualOrder() throws Exception {
        List<String> trace = new ArrayList<>();
        LiftChain chain = new LiftChain(List.of(new Recording("first", 5, trace), new Recording("second", 5, trace)));

        chain.execute(invocation("x", ECHO));

        assertThat(trace).containsExactly("first", "second");
    }

    @Test
    void aFilterThatDoesNotProceedKeepsTheTargetFromRunning() throws Exception {
        AtomicInteger targetCalls = new AtomicInteger();
        LiftFilter rejecting = (invocation, next) -> "short-circuited";
        LiftChain chain = new LiftChain(List.of(rejecting));

        Object result = chain.execute(invocation("x", (invocation) -> targetCalls.incrementAndGet()));

        assertThat(result).isEqualTo("short-circuited");
        assertThat(targetCalls).hasValue(0);
    }

    @Test
    void aFilterMayProceedMoreThanOnceAndEachTimeRunsTheRestOfTheChain() throws Exception {
        AtomicInteger innerCalls = new AtomicInteger();
        AtomicInteger targetCalls = new AtomicInteger();
        LiftFilter twice = new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain next) throws Exception {
                next.proceed(invocation);
                return next.proceed(invocation);
            }

            @Override
            public int getOrder() {
                return 1;
            }
        };
        LiftFilter counting = (invocation, next) -> {
            innerCalls.incrementAndGet();
            return next.proceed(invocation);
        };
        LiftChain chain = new LiftChain(List.of(counting, twice));

        chain.execute(invocation("x", (invocation) -> targetCalls.incrementAndGet()));

        assertThat(innerCalls).hasValue(2);
        assertThat(targetCalls).hasValue(2);
    }

    @Test
    void runsOnceForEachOf32ConcurrentCalls() throws Exception {
        AtomicInteger chainRuns = new AtomicInteger();
        AtomicInteger targetRuns = new AtomicInteger();
        LiftChain chain = new LiftChain(List.of((invocation, next) -> {
            chainRuns.incrementAndGet();
            return next.proceed(invocation);
        }));
        int calls = 32;
        CyclicBarrier start = new CyclicBarrier(calls);
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String payload = "call-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return chain.execute(invocation(payload, (invocation) -> {
                        targetRuns.incrementAndGet();
                        return invocation.request();
                    }));
                }));
            }
            for (int i = 0; i < calls; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("call-" + i);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(chainRuns).hasValue(calls);
        assertThat(targetRuns).hasValue(calls);
    }

    @Test
    void runsForTheCallAfterOneThatThrew() throws Exception {
        AtomicInteger chainRuns = new AtomicInteger();
        LiftChain chain = new LiftChain(List.of((invocation, next) -> {
            chainRuns.incrementAndGet();
            return next.proceed(invocation);
        }));

        assertThatIllegalStateException().isThrownBy(() -> chain.execute(invocation("x", (invocation) -> {
            throw new IllegalStateException("boom");
        })));
        Object result = chain.execute(invocation("after", ECHO));

        assertThat(result).isEqualTo("after");
        assertThat(chainRuns).hasValue(2);
    }

    @Test
    void allowsAnEmptyChain() throws Exception {
        CountDownLatch called = new CountDownLatch(1);
        new LiftChain(List.of()).execute(invocation("x", (invocation) -> {
            called.countDown();
            return null;
        }));
        assertThat(called.getCount()).isZero();
    }

    static Invocation invocation(Object request, LiftTarget target) {
        return new Invocation(LiftContext.builder("request-1", "op").build(), request, target);
    }

    private record Recording(String name, int getOrder, List<String> trace) implements LiftFilter {

        @Override
        public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
            this.trace.add(this.name);
            return chain.proceed(invocation);
        }

    }

}
