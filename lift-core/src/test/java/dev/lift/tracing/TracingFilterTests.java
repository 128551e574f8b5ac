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

package dev.lift.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRejectedException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link TracingFilter}: invocations through a real chain, spans through the OpenTelemetry
 * SDK and the X-Ray exporter, segment documents received on a loopback UDP socket.
 */
class TracingFilterTests {

    private static final String LAMBDA_SEGMENT = "53995c3f42cd8ad8";

    private final List<AutoCloseable> resources = new ArrayList<>();

    private XRayDaemonStub daemon;

    private XRayUdpSpanExporter exporter;

    private OtelTracing tracing;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : this.resources) {
            resource.close();
        }
    }

    @Test
    void lambdaInvocationIsSubsegmentOfLambdaSegment() throws Exception {
        start(true);
        String root = newRoot();

        invoke(chain(true), context("createOrder", header(root, "1")).tenantId("acme").coldStart(true), ok());

        JsonNode subsegment = this.daemon.nextDocument();
        assertThat(subsegment.get("type").asText()).isEqualTo("subsegment");
        assertThat(subsegment.get("trace_id").asText()).isEqualTo(root);
        assertThat(subsegment.get("parent_id").asText()).isEqualTo(LAMBDA_SEGMENT);
        assertThat(subsegment.get("id").asText()).matches(XRayUdpSpanExporterTests.SEGMENT_ID);
        assertThat(subsegment.get("name").asText()).isEqualTo("createOrder");
        JsonNode annotations = subsegment.get("annotations");
        assertThat(annotations.get("lift_operation").asText()).isEqualTo("createOrder");
        assertThat(annotations.get("lift_tenant_id").asText()).isEqualTo("acme");
        assertThat(annotations.get("lift_cold_start").asText()).isEqualTo("true");
        assertThat(subsegment.get("metadata").get("default").get(TracingFilter.REQUEST_ID_TAG).asText())
            .isEqualTo("request-1");
        assertThat(subsegment.has("fault")).isFalse();
    }

    @Test
    void spansInsideTheFunctionAreNestedUnderTheInvocation() throws Exception {
        start(true);
        String root = newRoot();
        Tracer tracer = this.tracing.tracer();

        invoke(chain(true), context("createOrder", header(root, "1")), (invocation) -> {
            Span query = tracer.nextSpan().name("query orders").start();
            query.end();
            return "ok";
        });

        JsonNode query = this.daemon.nextDocument();
        JsonNode invocation = this.daemon.nextDocument();
        assertThat(query.get("parent_id").asText()).isEqualTo(invocation.get("id").asText());
        assertThat(query.get("trace_id").asText()).isEqualTo(root);
        assertThat(invocation.get("parent_id").asText()).isEqualTo(LAMBDA_SEGMENT);
        assertThat(tracer.currentSpan()).as("nothing left on the thread").isNull();
    }

    @Test
    void observationsInsideTheFunctionAreNestedUnderTheInvocation() throws Exception {
        start(true);
        String root = newRoot();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(this.tracing.tracer()));

        invoke(chain(true), context("createOrder", header(root, "1")),
                (invocation) -> Observation.createNotStarted("uppercase process", observations).observe(() -> "ok"));

        JsonNode observed = this.daemon.nextDocument();
        JsonNode invocation = this.daemon.nextDocument();
        assertThat(observed.get("name").asText()).isEqualTo("uppercase process");
        assertThat(observed.get("parent_id").asText()).isEqualTo(invocation.get("id").asText());
        assertThat(observed.get("trace_id").asText()).isEqualTo(root);
    }

    @Test
    void underAnHttpServerObservationTheFunctionsObservationsAreNestedUnderTheInvocation() throws Exception {
        start(false);
        Tracer tracer = this.tracing.tracer();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        AtomicReference<Span> current = new AtomicReference<>();

        // As Spring MVC observes a request: an observation in scope around the whole chain.
        Observation.createNotStarted("http server", observations).observeChecked(() -> invoke(chain(true),
                context("createOrder", null), (invocation) -> {
                    current.set(tracer.currentSpan());
                    return Observation.createNotStarted("uppercase process", observations).observe(() -> "ok");
                }));

        JsonNode observed = this.daemon.nextDocument();
        JsonNode invocation = this.daemon.nextDocument();
        JsonNode server = this.daemon.nextDocument();
        assertThat(observed.get("name").asText()).isEqualTo("uppercase process");
        assertThat(invocation.get("name").asText()).isEqualTo("createOrder");
        assertThat(invocation.get("parent_id").asText()).isEqualTo(server.get("id").asText());
        assertThat(current.get().context().spanId()).as("Micrometer's current span").isEqualTo(invocation.get("id").asText());
        assertThat(observed.get("parent_id").asText()).isEqualTo(invocation.get("id").asText());
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void theInvocationSpanIsMicrometerTracingsCurrentSpan() throws Exception {
        start(true);
        String root = newRoot();
        Tracer tracer = this.tracing.tracer();
        AtomicReference<Span> current = new AtomicReference<>();

        invoke(chain(true), context("createOrder", header(root, "1")), (invocation) -> {
            current.set(tracer.currentSpan());
            return "ok";
        });

        JsonNode invocation = this.daemon.nextDocument();
        assertThat(current.get()).isNotNull();
        assertThat(current.get().context().spanId()).isEqualTo(invocation.get("id").asText());
        assertThat(XRayNumbers.xrayTraceId(current.get().context().traceId())).isEqualTo(root);
        assertThat(current.get().context().sampled()).isTrue();
    }

    @Test
    void notSampledInvocationIsStillCurrentSoItsTraceGoesOn() throws Exception {
        start(true);
        String root = newRoot();
        Tracer tracer = this.tracing.tracer();
        AtomicReference<Span> current = new AtomicReference<>();

        invoke(chain(true), context("createOrder", header(root, "0")), (invocation) -> {
            current.set(tracer.currentSpan());
            return "ok";
        });

        assertThat(XRayNumbers.xrayTraceId(current.get().context().traceId())).isEqualTo(root);
        assertThat(current.get().context().sampled()).isFalse();
        assertThat(current.get().context().spanId()).as("the invocation's own span").isNotEqualTo(LAMBDA_SEGMENT);
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void notSampledInvocationSendsNothing() throws Exception {
        start(true);
        Tracer tracer = this.tracing.tracer();
        LiftChain chain = chain(true);

        invoke(chain, context("createOrder", header(newRoot(), "0")), (invocation) -> {
            tracer.nextSpan().name("query orders").start().end();
            return "ok";
        });
        String sampled = newRoot();
        invoke(chain, context("marker", header(sampled, "1")), ok());

        // Datagrams arrive in order on loopback: the first one is the sampled marker's.
        assertThat(this.daemon.nextDocument().get("trace_id").asText()).isEqualTo(sampled);
        assertThat(this.exporter.sentCount()).isEqualTo(1);
        assertThat(this.exporter.droppedCount()).isZero();
    }

    @Test
    void outsideLambdaAnIncomingTraceHeaderMakesASegmentWithParent() throws Exception {
        start(false);
        String root = newRoot();

        invoke(chain(true), context("createOrder", header(root, "1")), ok());

        JsonNode segment = this.daemon.nextDocument();
        assertThat(segment.has("type")).isFalse();
        assertThat(segment.get("name").asText()).isEqualTo(OtelTracing.SERVICE);
        assertThat(segment.get("trace_id").asText()).isEqualTo(root);
        assertThat(segment.get("parent_id").asText()).isEqualTo(LAMBDA_SEGMENT);
    }

    @Test
    void withoutHeaderTheInvocationContinuesTheCurrentSpan() throws Exception {
        start(false);
        Tracer tracer = this.tracing.tracer();
        Span server = tracer.nextSpan().name("http server").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(server)) {
            invoke(chain(true), context("createOrder", null), ok());
        }
        server.end();

        JsonNode invocation = this.daemon.nextDocument();
        assertThat(invocation.get("type").asText()).isEqualTo("subsegment");
        assertThat(invocation.get("parent_id").asText()).isEqualTo(server.context().spanId());
    }

    @Test
    void tenantIsLeftOutWhenDisabled() throws Exception {
        start(true);

        invoke(chain(false), context("createOrder", header(newRoot(), "1")).tenantId("acme"), ok());

        JsonNode subsegment = this.daemon.nextDocument();
        assertThat(subsegment.get("annotations").has("lift_tenant_id")).isFalse();
        assertThat(subsegment.toString()).doesNotContain("acme");
    }

    @Test
    void failingFunctionMarksFaultAndRethrows() throws Exception {
        start(true);
        IllegalStateException failure = new IllegalStateException("inventory unavailable");

        assertThatException()
            .isThrownBy(() -> invoke(chain(true), context("createOrder", header(newRoot(), "1")), (invocation) -> {
                throw failure;
            }))
            .isSameAs(failure);

        JsonNode subsegment = this.daemon.nextDocument();
        assertThat(subsegment.get("fault").asBoolean()).isTrue();
        assertThat(subsegment.get("cause").get("exceptions").get(0).get("type").asText())
            .isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void rejectionAddsEventAndThrottleFlags() throws Exception {
        start(true);
        LiftFilter rateLimit = new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) {
                throw new RateLimited();
            }

            @Override
            public int getOrder() {
                return LiftFilterOrder.RATE_LIMIT;
            }
        };

        assertThatException()
            .isThrownBy(() -> invoke(chain(true, rateLimit), context("createOrder", header(newRoot(), "1")), ok()))
            .isInstanceOf(RateLimited.class);

        JsonNode subsegment = this.daemon.nextDocument();
        assertThat(subsegment.get("error").asBoolean()).isTrue();
        assertThat(subsegment.get("throttle").asBoolean()).isTrue();
        assertThat(subsegment.get("http").get("response").get("status").asInt()).isEqualTo(429);
        JsonNode metadata = subsegment.get("metadata");
        assertThat(metadata.get("default").get(TracingFilter.REJECTED_BY_TAG).asText()).isEqualTo("rate-limit");
        assertThat(metadata.get("default").get(TracingFilter.ERROR_TYPE_TAG).asText()).isEqualTo("rate-limited");
        assertThat(metadata.get("otel").get("events").get(0).get("name").asText())
            .isEqualTo(TracingFilter.REJECTED_EVENT);
    }

    @Test
    void retriesAreEventsOnTheInvocationSpan() throws Exception {
        start(true);
        RetryRegistry registry = RetryRegistry.of(RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(1)).build());
        new RetrySpanEvents(this.tracing.tracer()).bindTo(registry);
        Retry retry = registry.retry("createOrder");
        LiftFilter retrying = new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                return retry.executeCallable(() -> chain.proceed(invocation));
            }

            @Override
            public int getOrder() {
                return LiftFilterOrder.RETRY;
            }
        };
        AtomicInteger calls = new AtomicInteger();

        invoke(chain(true, retrying), context("createOrder", header(newRoot(), "1")), (invocation) -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("try again");
            }
            return "ok";
        });

        JsonNode subsegment = this.daemon.nextDocument();
        JsonNode events = subsegment.get("metadata").get("otel").get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("name").asText()).isEqualTo(RetrySpanEvents.RETRY_EVENT);
        assertThat(subsegment.get("metadata").get("default").get(RetrySpanEvents.RETRY_ATTEMPTS_TAG).asLong())
            .isEqualTo(2);
        assertThat(subsegment.has("fault")).isFalse();
    }

    private void start(boolean lambda) throws Exception {
        this.daemon = track(new XRayDaemonStub());
        this.exporter = XRayUdpSpanExporter.builder().daemonAddress(this.daemon.address()).lambda(lambda).build();
        this.tracing = track(new OtelTracing(this.exporter));
    }

    private <T extends AutoCloseable> T track(T resource) {
        this.resources.add(0, resource);
        return resource;
    }

    private LiftChain chain(boolean tagTenant, LiftFilter... more) {
        List<LiftFilter> filters = new ArrayList<>(List.of(new ContextFilter(),
                this.tracing.filter(tagTenant)));
        filters.addAll(List.of(more));
        return new LiftChain(filters);
    }

    static Object invoke(LiftChain chain, LiftContext.Builder context, LiftTarget target) throws Exception {
        return chain.execute(new Invocation(context.build(), null, target));
    }

    static LiftContext.Builder context(String operation, String traceHeader) {
        return LiftContext.builder("request-1", operation).traceHeader(traceHeader);
    }

    static LiftTarget ok() {
        return (invocation) -> "ok";
    }

    /** A root as Lambda makes it: the current epoch second and 96 random bits. */
    static String newRoot() {
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        return String.format("1-%08x-%s", Instant.now().getEpochSecond(), random);
    }

    static String header(String root, String sampled) {
        return "Root=" + root + ";Parent=" + LAMBDA_SEGMENT + ";Sampled=" + sampled;
    }

    private static final class RateLimited extends LiftRejectedException {

        RateLimited() {
            super("Rate limit exceeded", 429, Duration.ofSeconds(1), "rate-limit");
        }

        @Override
        public String code() {
            return "rate-limited";
        }

    }

}
