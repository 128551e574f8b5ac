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

package dev.lift.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.chain.LiftTarget;
import dev.lift.chain.StatusResult;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRejectedException;
import io.micrometer.core.instrument.MockClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MetricsFilterTests {

    private final List<String> lines = new ArrayList<>();

    private final EmfMeterRegistry registry = new EmfMeterRegistry("Lift", new MockClock(), this.lines::add);

    @Test
    void successfulInvocationIsTimedAndFlushed() throws Exception {
        Object result = chain(null, (invocation) -> "ok").execute(invocation("t1", true));

        assertThat(result).isEqualTo("ok");
        List<JsonNode> documents = documents();
        JsonNode duration = withMetric(documents, MetricsFilter.DURATION);
        assertThat(duration.get("outcome").asText()).isEqualTo("success");
        assertThat(duration.get("operation").asText()).isEqualTo("orders");
        assertThat(duration.has("tenant")).isFalse();
        assertThat(withMetric(documents, MetricsFilter.COLD_START).get(MetricsFilter.COLD_START).asDouble())
            .isEqualTo(1.0);
    }

    @Test
    void failingInvocationStillFlushesItsMetrics() {
        LiftChain chain = chain(null, (invocation) -> {
            throw new IllegalStateException("boom");
        });

        assertThatIllegalStateException().isThrownBy(() -> chain.execute(invocation("t1", false)));

        List<JsonNode> documents = documents();
        assertThat(withMetric(documents, MetricsFilter.DURATION).get("outcome").asText()).isEqualTo("error");
        assertThat(withMetric(documents, MetricsFilter.ERRORS).get(MetricsFilter.ERRORS).asDouble()).isEqualTo(1.0);
    }

    @Test
    void serverErrorResultCountsAsError() throws Exception {
        StatusResult unavailable = () -> 503;
        chain(null, (invocation) -> unavailable).execute(invocation("t1", false));

        assertThat(withMetric(documents(), MetricsFilter.ERRORS).get(MetricsFilter.ERRORS).asDouble()).isEqualTo(1.0);
    }

    @Test
    void rejectionIsCountedPerPatternAndFlushed() {
        LiftFilter bulkhead = new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain next) {
                throw new Rejected("bulkhead");
            }

            @Override
            public int getOrder() {
                return LiftFilterOrder.BULKHEAD;
            }
        };
        LiftChain chain = new LiftChain(List.of(new MetricsFilter(this.registry, null, this.registry::flush), bulkhead));

        assertThatExceptionOfType(Rejected.class).isThrownBy(() -> chain.execute(invocation("t1", false)));

        List<JsonNode> documents = documents();
        JsonNode rejection = withMetric(documents, MetricsFilter.REJECTIONS);
        assertThat(rejection.get("pattern").asText()).isEqualTo("bulkhead");
        assertThat(withMetric(documents, MetricsFilter.DURATION).get("outcome").asText()).isEqualTo("rejected");
        assertThat(documents).noneMatch((document) -> document.has(MetricsFilter.ERRORS));
    }

    @Test
    void rejectionRecordedOnTheInvocationIsCounted() throws Exception {
        LiftFilter limiter = new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain next) {
                invocation.rejectedBy("rate-limit");
                return "429";
            }

            @Override
            public int getOrder() {
                return LiftFilterOrder.RATE_LIMIT;
            }
        };
        new LiftChain(List.of(new MetricsFilter(this.registry, null, this.registry::flush), limiter))
            .execute(invocation("t1", false));

        assertThat(withMetric(documents(), MetricsFilter.REJECTIONS).get("pattern").asText()).isEqualTo("rate-limit");
    }

    @Test
    void tenantIsADimensionOnlyInsideTheBound() throws Exception {
        TenantDimension tenants = new TenantDimension(this.registry, 2, Duration.ofHours(1));
        LiftChain chain = chain(tenants, (invocation) -> "ok");
        for (String tenant : List.of("acme", "globex", "initech", "acme")) {
            chain.execute(invocation(tenant, false));
        }

        assertThat(documents()).extracting((document) -> document.get("tenant").asText())
            .containsExactly("acme", "globex", "other", "acme");
    }

    @Test
    void concurrentInvocationsFlushingAtTheirEndsEmitEveryDurationOnce() throws Exception {
        int threads = 4;
        int invocationsPerThread = 500;
        Queue<String> out = new ConcurrentLinkedQueue<>();
        EmfMeterRegistry shared = new EmfMeterRegistry("Lift", new MockClock(), out::add);
        LiftChain chain = new LiftChain(List.of(new MetricsFilter(shared, null, shared::flush)));
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(executor.submit(() -> {
                    for (int i = 0; i < invocationsPerThread; i++) {
                        LiftContext context = LiftContext.builder("req-" + i, "orders").build();
                        chain.execute(new Invocation(context, null, (invocation) -> "ok"));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            executor.shutdownNow();
        }
        shared.flush();

        long durations = 0;
        for (String line : out) {
            JsonNode values = EmfSpecification.validate(line).get(MetricsFilter.DURATION);
            durations += (values == null) ? 0 : values.isArray() ? values.size() : 1;
        }
        assertThat(durations).isEqualTo(threads * invocationsPerThread);
    }

    @Test
    void successfulInvocationsAfterTheirTimerWasRemovedAreRecordedInANewOne() throws Exception {
        LiftChain chain = chain(null, (invocation) -> "ok");
        chain.execute(invocation("t1", false));
        this.registry.remove(this.registry.get(MetricsFilter.DURATION).timer());
        documents();

        chain.execute(invocation("t1", false));
        chain.execute(invocation("t1", false));

        assertThat(this.registry.get(MetricsFilter.DURATION).tag("outcome", "success").timer()).isNotNull();
        JsonNode duration = withMetric(documents(), MetricsFilter.DURATION);
        assertThat(duration.get("operation").asText()).isEqualTo("orders");
        assertThat(duration.get("outcome").asText()).isEqualTo("success");
    }

    private LiftChain chain(TenantDimension tenants, LiftTarget target) {
        LiftChain chain = new LiftChain(List.of(new MetricsFilter(this.registry, tenants, this.registry::flush)));
        this.target = target;
        return chain;
    }

    private LiftTarget target;

    private Invocation invocation(String tenant, boolean coldStart) {
        LiftContext context = LiftContext.builder("req-1", "orders").tenantId(tenant).coldStart(coldStart).build();
        return new Invocation(context, null, (invocation) -> this.target.call(invocation));
    }

    private List<JsonNode> documents() {
        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        this.lines.clear();
        return documents;
    }

    private static JsonNode withMetric(List<JsonNode> documents, String name) {
        return documents.stream()
            .filter((document) -> document.has(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " in " + documents));
    }

    static final class Rejected extends LiftRejectedException {

        Rejected(String pattern) {
            super("full", 503, null, pattern);
        }

        @Override
        public String code() {
            return "bulkhead-full";
        }

    }

}
