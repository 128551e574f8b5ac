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

package dev.lift.autoconfigure.tracing;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.tracing.RetrySpanEvents;
import dev.lift.tracing.TracingFilter;
import dev.lift.tracing.XRayExporterMetrics;
import dev.lift.tracing.XRayFormat;
import dev.lift.tracing.XRayIdGenerator;
import dev.lift.tracing.XRaySpanProcessor;
import dev.lift.tracing.XRayUdpSpanExporter;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.contrib.awsxray.propagator.AwsXrayPropagator;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.sdk.trace.IdGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.lift.autoconfigure.line.LiftSpringBootLineAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.lift.autoconfigure.SpringBootUnderTest.MICROMETER_TRACING;
import static dev.lift.autoconfigure.SpringBootUnderTest.OPEN_TELEMETRY;
import static dev.lift.autoconfigure.SpringBootUnderTest.OPEN_TELEMETRY_TRACING;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LiftTracingAutoConfiguration} together with Spring Boot's own tracing
 * auto-configurations, sending real datagrams to a loopback UDP socket.
 */
class LiftTracingAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(type(OPEN_TELEMETRY),
                type(OPEN_TELEMETRY_TRACING), type(MICROMETER_TRACING),
                LiftTracingAutoConfiguration.class, LiftSpringBootLineAutoConfiguration.class))
        .withPropertyValues("spring.application.name=orders-service");

    /** New traces (no incoming header) are sampled at 10% by default. */
    private static final String SAMPLE_EVERY_TRACE = "management.tracing.sampling.probability=1.0";

    private DatagramSocket daemon;

    @BeforeEach
    void startDaemon() throws Exception {
        this.daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.daemon.setSoTimeout(5000);
    }

    @AfterEach
    void stopDaemon() {
        this.daemon.close();
    }

    @Test
    void outsideLambdaTracesInvocationsWithXRayIdsButLeavesExportToBoot() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasSingleBean(TracingFilter.class)
                .hasSingleBean(AwsXrayPropagator.class)
                .hasSingleBean(RetrySpanEvents.class)
                .doesNotHaveBean(XRaySpanProcessor.class);
            assertThat(context.getBean(IdGenerator.class)).isSameAs(XRayIdGenerator.getInstance());
            assertUsesXRayIds(context);
        });
    }

    @Test
    void incomingXRayHeaderIsContinuedByBootsPropagator() {
        this.contextRunner.run((context) -> {
            String root = String.format("1-%08x-%s", Instant.now().getEpochSecond(), "4fd0b6137ad0d4c2ec6d8c52");
            Map<String, String> headers = Map.of("X-Amzn-Trace-Id", "Root=" + root + ";Parent=53995c3f42cd8ad8;Sampled=1");
            Span span = context.getBean(Propagator.class).extract(headers, Map::get).start();
            span.end();
            assertThat("1-" + span.context().traceId().substring(0, 8) + "-" + span.context().traceId().substring(8)).isEqualTo(root);
            assertThat(span.context().parentId()).isEqualTo("53995c3f42cd8ad8");
        });
    }

    @Test
    void onLambdaContinuesTheInvocationTraceAndSendsSubsegmentsToTheDaemon() {
        lambda().run((context) -> {
            assertThat(context).hasSingleBean(XRaySpanProcessor.class).hasSingleBean(XRayExporterMetrics.class);
            assertThat(context.getBean(XRaySpanProcessor.class).isBackground())
                .as("sent before the invocation returns, as Lambda freezes the environment after it")
                .isFalse();
            String root = String.format("1-%08x-%s", Instant.now().getEpochSecond(), "4fd0b6137ad0d4c2ec6d8c52");

            invoke(context, LiftContext.builder("request-1", "createOrder")
                .tenantId("acme")
                .traceHeader("Root=" + root + ";Parent=53995c3f42cd8ad8;Sampled=1"));

            JsonNode subsegment = receive();
            assertThat(subsegment.get("type").asText()).isEqualTo("subsegment");
            assertThat(subsegment.get("trace_id").asText()).isEqualTo(root);
            assertThat(subsegment.get("parent_id").asText()).isEqualTo("53995c3f42cd8ad8");
            assertThat(subsegment.get("name").asText()).isEqualTo("createOrder");
            assertThat(subsegment.get("annotations").get("lift_tenant_id").asText()).isEqualTo("acme");
            assertThat(subsegment.get("annotations").get("lift_operation").asText()).isEqualTo("createOrder");
        });
    }

    @Test
    void tenantAnnotationCanBeSwitchedOff() {
        lambda().withPropertyValues("lift.tracing.tenant-annotation=false").run((context) -> {
            invoke(context, LiftContext.builder("request-1", "createOrder")
                .tenantId("acme")
                .traceHeader("Root=" + String.format("1-%08x-%s", Instant.now().getEpochSecond(),
                        "4fd0b6137ad0d4c2ec6d8c52") + ";Parent=53995c3f42cd8ad8;Sampled=1"));

            assertThat(receive().toString()).doesNotContain("acme");
        });
    }

    @Test
    void exporterCountsAreMeters() {
        lambda().withPropertyValues(SAMPLE_EVERY_TRACE).run((context) -> {
            context.getBean(Tracer.class).nextSpan().name("handle").start().end();
            receive();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(XRayExporterMetrics.class).bindTo(registry);

            assertThat(registry.get("lift.tracing.xray.segments").tag("outcome", "sent").functionCounter().count())
                .isEqualTo(1);
            assertThat(registry.get("lift.tracing.xray.segments").tag("outcome", "dropped").functionCounter().count())
                .isZero();
        });
    }

    @Test
    void xrayExporterCanBeChosenOutsideLambda() {
        this.contextRunner
            .withPropertyValues(SAMPLE_EVERY_TRACE, "lift.tracing.exporter=xray",
                    "lift.tracing.xray.daemon-address=127.0.0.1:" + port())
            .run((context) -> {
                assertThat(context.getBean(XRaySpanProcessor.class).isBackground()).isTrue();
                context.getBean(Tracer.class).nextSpan().name("handle").start().end();

                JsonNode segment = receive();
                assertThat(segment.get("name").asText()).isEqualTo("orders-service");
                assertThat(segment.has("type")).isFalse();
            });
    }

    @Test
    void sendingThreadCanBeChosen() {
        lambda().withPropertyValues(SAMPLE_EVERY_TRACE, "lift.tracing.xray.async=true", "lift.tracing.xray.max-queue-size=16")
            .run((context) -> {
                assertThat(context.getBean(XRaySpanProcessor.class).isBackground()).isTrue();
                context.getBean(Tracer.class).nextSpan().name("handle").start().end();
                assertThat(receive().get("name").asText()).isEqualTo("orders-service");
            });
        this.contextRunner
            .withPropertyValues("lift.tracing.exporter=xray", "lift.tracing.xray.async=false",
                    "lift.tracing.xray.daemon-address=127.0.0.1:" + port())
            .run((context) -> assertThat(context.getBean(XRaySpanProcessor.class).isBackground()).isFalse());
    }

    @Test
    void otlpOrNoneOnLambdaSendsNothingToTheDaemon() {
        lambda().withPropertyValues("lift.tracing.exporter=otlp")
            .run((context) -> assertThat(context).hasSingleBean(TracingFilter.class)
                .doesNotHaveBean(XRaySpanProcessor.class));
        lambda().withPropertyValues("lift.tracing.exporter=none")
            .run((context) -> assertThat(context).doesNotHaveBean(XRaySpanProcessor.class));
    }

    @Test
    void springBootTracingSwitchedOffTurnsExportOff() {
        lambda().withPropertyValues("management.tracing.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(XRaySpanProcessor.class)
                .doesNotHaveBean(AwsXrayPropagator.class));
    }

    @Test
    void invalidDaemonAddressFailsAtStartUp() {
        lambda().withPropertyValues("lift.tracing.xray.daemon-address=localhost")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.tracing.xray.daemon-address"));
    }

    @Test
    void otlpFormatSendsTheInvocationSpanAsAnOtlpRequestWithLiftsAnnotations() {
        lambda().withPropertyValues("lift.tracing.xray.format=otlp", "lift.tracing.xray.annotations=order.kind")
            .run((context) -> {
                assertThat(context.getBean(XRaySpanProcessor.class).exporter().format()).isEqualTo(XRayFormat.OTLP);
                String traceId = String.format("%08x%s", Instant.now().getEpochSecond(), "4fd0b6137ad0d4c2ec6d8c52");

                invoke(context, LiftContext.builder("request-1", "createOrder")
                    .tenantId("acme")
                    .traceHeader("Root=1-" + traceId.substring(0, 8) + "-" + traceId.substring(8)
                            + ";Parent=53995c3f42cd8ad8;Sampled=1"));

                ResourceSpans resourceSpans = receiveOtlp().getResourceSpans(0);
                assertThat(resourceSpans.getResource().getAttributesList())
                    .anyMatch((attribute) -> attribute.getKey().equals("service.name")
                            && attribute.getValue().getStringValue().equals("orders-service"));
                io.opentelemetry.proto.trace.v1.Span span = resourceSpans.getScopeSpans(0).getSpans(0);
                assertThat(HexFormat.of().formatHex(span.getTraceId().toByteArray())).isEqualTo(traceId);
                assertThat(HexFormat.of().formatHex(span.getParentSpanId().toByteArray())).isEqualTo("53995c3f42cd8ad8");
                assertThat(span.getName()).isEqualTo("createOrder");
                assertThat(span.getAttributesList()).anyMatch((attribute) -> attribute.getKey().equals("lift.tenant_id")
                        && attribute.getValue().getStringValue().equals("acme"));
                assertThat(span.getAttributesList())
                    .filteredOn((attribute) -> attribute.getKey().equals("aws.xray.annotations"))
                    .singleElement()
                    .satisfies((list) -> assertThat(list.getValue().getArrayValue().getValuesList())
                        .extracting(AnyValue::getStringValue)
                        .contains("lift.operation", "lift.tenant_id"));
            });
    }

    @Test
    void otlpFormatDropsAreCountedInTheHealthOfTheExporter() {
        lambda().withConfiguration(AutoConfigurations.of(LiftTracingHealthAutoConfiguration.class))
            .withPropertyValues(SAMPLE_EVERY_TRACE, "lift.tracing.xray.format=otlp",
                    "AWS_XRAY_DAEMON_ADDRESS=xray-daemon.invalid:2000")
            .run((context) -> {
                for (int i = 0; i < 3; i++) {
                    context.getBean(Tracer.class).nextSpan().name("handle").start().end();
                }
                LiftHealth health = context.getBean("liftTracingHealthIndicator", LiftHealthIndicator.class).health();
                assertThat(health.details()).containsEntry("format", "otlp")
                    .containsEntry("dropped", 3L)
                    .containsEntry("sent", 0L);
            });
    }

    /** Spring Boot's failure analysis of the binding lists the accepted values of the enum. */
    @Test
    void unknownFormatFailsAtStartUpNamingThePropertyAndValue() {
        lambda().withPropertyValues("lift.tracing.xray.format=json").run((context) -> {
            assertThat(context).hasFailed();
            BindException bindFailure = null;
            for (Throwable cause = context.getStartupFailure(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    bindFailure = bind;
                }
            }
            assertThat(bindFailure).isNotNull();
            assertThat(bindFailure.getProperty().getName()).hasToString("lift.tracing.xray.format");
            assertThat(bindFailure.getProperty().getValue()).isEqualTo("json");
            assertThat(bindFailure.getTarget().getType().resolve()).isEqualTo(XRayFormat.class);
        });
    }

    @Test
    void otlpFormatWithoutOpenTelemetrysMarshalerFailsAtStartUp() {
        lambda().withPropertyValues("lift.tracing.xray.format=otlp")
            .withClassLoader(new FilteredClassLoader("io.opentelemetry.exporter.internal"))
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.tracing.xray.format")
                .hasMessageContaining("'otlp'")
                .hasMessageContaining("io.opentelemetry:opentelemetry-exporter-otlp-common"));
    }

    @Test
    void disabledByPropertyOrMasterSwitch() {
        this.contextRunner.withPropertyValues("lift.tracing.enabled=false").run(this::hasNoLiftTracing);
        lambda().withPropertyValues("lift.enabled=false").run(this::hasNoLiftTracing);
    }

    @Test
    void backsOffWithoutTheOpenTelemetryBridgeOrXRayPropagator() {
        lambda().withClassLoader(new FilteredClassLoader(OtelTracer.class)).run(this::hasNoLiftTracing);
        lambda().withClassLoader(new FilteredClassLoader(AwsXrayPropagator.class)).run(this::hasNoLiftTracing);
    }

    @Test
    void userBeansReplaceLifts() {
        XRaySpanProcessor processor = new XRaySpanProcessor(XRayUdpSpanExporter.builder().build());
        lambda().withBean("myFilter", TracingFilter.class, () -> new TracingFilter(Tracer.NOOP,
                OpenTelemetry.noop().getTracer("test"), TextMapPropagator.noop(), false))
            .withBean(IdGenerator.class, IdGenerator::random)
            .withBean(XRaySpanProcessor.class, () -> processor)
            .run((context) -> {
                assertThat(context).getBeanNames(TracingFilter.class).containsExactly("myFilter");
                assertThat(context.getBean(XRaySpanProcessor.class)).isSameAs(processor);
                // The user's id generator is the one Boot's SDK uses: random ids carry no epoch second.
                long now = Instant.now().getEpochSecond();
                Span span = context.getBean(Tracer.class).nextSpan().start();
                span.end();
                long epoch = Long.parseLong(span.context().traceId().substring(0, 8), 16);
                assertThat(Math.abs(epoch - now)).isGreaterThan(60);
            });
    }

    @Test
    void retriesOfRegistryBeansBecomeSpanEvents() {
        RetryRegistry registry = RetryRegistry
            .of(RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(1)).build());
        lambda().withPropertyValues(SAMPLE_EVERY_TRACE).withBean(RetryRegistry.class, () -> registry).run((context) -> {
            Tracer tracer = context.getBean(Tracer.class);
            Span span = tracer.nextSpan().name("handle").start();
            AtomicInteger calls = new AtomicInteger();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                // Created after start-up: the registry's new entries are followed too.
                registry.retry("createOrder").executeCallable(() -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("try again");
                    }
                    return "ok";
                });
            }
            span.end();

            JsonNode events = receive().get("metadata").get("otel").get("events");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).get("name").asText()).isEqualTo(RetrySpanEvents.RETRY_EVENT);
        });
    }

    private ApplicationContextRunner lambda() {
        return this.contextRunner.withPropertyValues("AWS_LAMBDA_FUNCTION_NAME=orders",
                "AWS_XRAY_DAEMON_ADDRESS=127.0.0.1:" + port());
    }

    private int port() {
        return this.daemon.getLocalPort();
    }

    private void hasNoLiftTracing(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed()
            .doesNotHaveBean(TracingFilter.class)
            .doesNotHaveBean(XRaySpanProcessor.class)
            .doesNotHaveBean(AwsXrayPropagator.class)
            .doesNotHaveBean(RetrySpanEvents.class);
    }

    /** Boot's SDK makes trace ids that start with the current epoch second, and injects X-Amzn-Trace-Id. */
    private static void assertUsesXRayIds(AssertableApplicationContext context) {
        long before = Instant.now().getEpochSecond();
        Span span = context.getBean(Tracer.class).nextSpan().name("handle").start();
        span.end();
        long epoch = Long.parseLong(span.context().traceId().substring(0, 8), 16);
        assertThat(epoch).isBetween(before, Instant.now().getEpochSecond());
        Map<String, String> headers = new HashMap<>();
        context.getBean(Propagator.class).inject(span.context(), headers, Map::put);
        assertThat(headers.get("X-Amzn-Trace-Id")).startsWith("Root=1-" + span.context().traceId().substring(0, 8));
    }

    private static void invoke(AssertableApplicationContext context, LiftContext.Builder liftContext)
            throws Exception {
        LiftChain chain = new LiftChain(List.of(new ContextFilter(), context.getBean(TracingFilter.class)));
        chain.execute(new Invocation(liftContext.build(), null, (invocation) -> "ok"));
    }

    private ExportTraceServiceRequest receiveOtlp() throws Exception {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        this.daemon.receive(packet);
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
        assertThat(text).startsWith("{\"format\": \"json\", \"version\": 1}\nT1S");
        return ExportTraceServiceRequest.parseFrom(Base64.getDecoder().decode(text.substring(text.indexOf('\n') + 4)));
    }

    private JsonNode receive() throws Exception {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        this.daemon.receive(packet);
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"format\": \"json\", \"version\": 1}\n");
        return new ObjectMapper().readTree(text.substring(text.indexOf('\n') + 1));
    }

}
