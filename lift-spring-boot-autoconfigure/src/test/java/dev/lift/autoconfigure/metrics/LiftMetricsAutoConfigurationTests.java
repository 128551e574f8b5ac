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

package dev.lift.autoconfigure.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.metrics.EmfMeterRegistry;
import dev.lift.metrics.MetricsFilter;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static dev.lift.autoconfigure.SpringBootUnderTest.COMPOSITE_METER_REGISTRY;
import static dev.lift.autoconfigure.SpringBootUnderTest.METRICS;
import static dev.lift.autoconfigure.SpringBootUnderTest.SIMPLE_METRICS_EXPORT;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class LiftMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftTenancyAutoConfiguration.class, LiftMetricsAutoConfiguration.class));

    private final ApplicationContextRunner onLambda = this.contextRunner
        .withPropertyValues("AWS_LAMBDA_FUNCTION_NAME=orders-fn");

    @Test
    void outsideLambdaRecordsInvocationsButAddsNoRegistry() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasSingleBean(MetricsFilter.class);
            assertThat(context).doesNotHaveBean(MeterRegistry.class);
        });
    }

    @Test
    void onLambdaWritesEmfToStandardOutputAtTheEndOfEachInvocation(CapturedOutput output) {
        this.onLambda.withPropertyValues("lift.metrics.namespace=Shop", "lift.metrics.dimensions.stage=prod")
            .run((context) -> {
                assertThat(context).hasSingleBean(EmfMeterRegistry.class);
                assertThat(context).doesNotHaveBean(EmfFlushSchedule.class);
                invoke(context.getBean(MetricsFilter.class), "acme");

                JsonNode document = lastEmfDocument(output);
                assertThat(document.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("Shop");
                assertThat(document.get("stage").asText()).isEqualTo("prod");
                assertThat(document.get("operation").asText()).isEqualTo("orders");
                assertThat(document.has("tenant")).isFalse();
            });
    }

    @Test
    void tenantIsADimensionWhenAskedFor(CapturedOutput output) {
        this.onLambda.withPropertyValues("lift.metrics.tenant-dimension=true", "lift.tenancy.max-tracked-tenants=1")
            .run((context) -> {
                MetricsFilter filter = context.getBean(MetricsFilter.class);
                invoke(filter, "acme");
                assertThat(lastEmfDocument(output).get("tenant").asText()).isEqualTo("acme");
                invoke(filter, "globex");
                assertThat(lastEmfDocument(output).get("tenant").asText()).isEqualTo("other");
            });
    }

    @Test
    void emfOutsideLambdaFlushesOnASchedule() {
        this.contextRunner.withPropertyValues("lift.metrics.exporter=emf").run((context) -> {
            assertThat(context).hasSingleBean(EmfMeterRegistry.class);
            assertThat(context).hasSingleBean(EmfFlushSchedule.class);
            assertThat(context.getBean(EmfFlushSchedule.class).isRunning()).isTrue();
        });
    }

    @Test
    void noneOnLambdaAddsNoRegistry() {
        this.onLambda.withPropertyValues("lift.metrics.exporter=none")
            .run((context) -> assertThat(context).doesNotHaveBean(MeterRegistry.class)
                .hasSingleBean(MetricsFilter.class));
    }

    @Test
    void metricsCanBeSwitchedOff() {
        this.onLambda.withPropertyValues("lift.metrics.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(MetricsFilter.class)
                .doesNotHaveBean(MeterRegistry.class));
        this.onLambda.withPropertyValues("lift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(MetricsFilter.class)
                .doesNotHaveBean(MeterRegistry.class));
    }

    @Test
    void aUserEmfRegistryReplacesLifts() {
        EmfMeterRegistry own = new EmfMeterRegistry("Mine");
        this.onLambda.withBean(EmfMeterRegistry.class, () -> own)
            .run((context) -> assertThat(context.getBean(EmfMeterRegistry.class)).isSameAs(own));
    }

    @Test
    void aUserMetricsFilterReplacesLifts() {
        MetricsFilter own = new MetricsFilter(new SimpleMeterRegistry(), null, () -> {
        });
        this.contextRunner.withBean(MetricsFilter.class, () -> own)
            .run((context) -> assertThat(context.getBean(MetricsFilter.class)).isSameAs(own));
    }

    @Test
    void theFilterRecordsIntoTheApplicationsRegistry() throws Exception {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        this.contextRunner.withBean(MeterRegistry.class, () -> own).run((context) -> {
            invoke(context.getBean(MetricsFilter.class), null);
            assertThat(own.get(MetricsFilter.DURATION).tag("outcome", "success").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void cloudWatchExporterPublishesThroughTheApi() {
        this.contextRunner.withPropertyValues("lift.metrics.exporter=cloudwatch")
            .withSystemProperties("aws.region=eu-west-1")
            .run((context) -> assertThat(context).hasSingleBean(CloudWatchMeterRegistry.class)
                .doesNotHaveBean(EmfMeterRegistry.class));
    }

    @Test
    void cloudWatchExporterNeedsTheOptionalRegistryOnTheClassPath() {
        this.contextRunner.withPropertyValues("lift.metrics.exporter=cloudwatch")
            .withClassLoader(new FilteredClassLoader(CloudWatchMeterRegistry.class))
            .run((context) -> assertThat(context).doesNotHaveBean(MeterRegistry.class)
                .hasSingleBean(MetricsFilter.class));
    }

    @Test
    void withActuatorTheEmfRegistryIsTheApplicationsRegistry() {
        this.onLambda
            .withConfiguration(AutoConfigurations.of(type(METRICS),
                    type(COMPOSITE_METER_REGISTRY), type(SIMPLE_METRICS_EXPORT)))
            .run((context) -> {
                assertThat(context).hasSingleBean(EmfMeterRegistry.class).doesNotHaveBean(SimpleMeterRegistry.class)
                    .doesNotHaveBean(CompositeMeterRegistry.class);
            });
    }

    @Test
    void underLambdasJsonLogFormatAboveInfoDocumentsCarryTheLevelLambdaKeeps(CapturedOutput output) {
        this.onLambda.withPropertyValues("AWS_LAMBDA_LOG_FORMAT=JSON", "AWS_LAMBDA_LOG_LEVEL=WARN").run((context) -> {
            invoke(context.getBean(MetricsFilter.class), "acme");

            JsonNode document = lastEmfDocument(output);
            assertThat(document.get("level").asText()).isEqualTo("WARN");
            assertThat(document.get("timestamp").asText()).endsWith("Z");
        });
    }

    @Test
    void underTheTextLogFormatDocumentsCarryNoLevel(CapturedOutput output) {
        this.onLambda.withPropertyValues("AWS_LAMBDA_LOG_LEVEL=WARN").run((context) -> {
            invoke(context.getBean(MetricsFilter.class), "acme");

            assertThat(lastEmfDocument(output).has("level")).isFalse();
        });
    }

    @Test
    void byDefaultOnlyLiftsOwnMetersReachEmf(CapturedOutput output) {
        this.onLambda.run((context) -> {
            EmfMeterRegistry registry = context.getBean(EmfMeterRegistry.class);
            registry.timer("spring.cloud.function", "error", "none").record(Duration.ofMillis(2));
            registry.counter("logback.events", "level", "info").increment();
            registry.counter("resilience4j.circuitbreaker.not.permitted.calls", "name", "orders").increment();
            invoke(context.getBean(MetricsFilter.class), "acme");

            List<JsonNode> documents = emfDocuments(output);
            assertThat(documents).hasSize(1);
            assertThat(metricNames(documents.get(0))).containsExactlyInAnyOrder("lift.invocation",
                    "resilience4j.circuitbreaker.not.permitted.calls");
        });
    }

    @Test
    void includedMetersReachEmfBesideLiftsOwn(CapturedOutput output) {
        this.onLambda.withPropertyValues("lift.metrics.include=spring.cloud.function,jvm.memory").run((context) -> {
            EmfMeterRegistry registry = context.getBean(EmfMeterRegistry.class);
            registry.timer("spring.cloud.function", "error", "none").record(Duration.ofMillis(2));
            registry.counter("jvm.memoryx").increment();
            registry.counter("logback.events", "level", "info").increment();
            invoke(context.getBean(MetricsFilter.class), "acme");

            assertThat(emfDocuments(output)).flatMap(LiftMetricsAutoConfigurationTests::metricNames)
                .containsExactlyInAnyOrder("lift.invocation", "spring.cloud.function");
        });
    }

    @Test
    void anAsteriskIncludesEveryMeter(CapturedOutput output) {
        this.onLambda.withPropertyValues("lift.metrics.include=*").run((context) -> {
            context.getBean(EmfMeterRegistry.class).counter("logback.events", "level", "info").increment();
            invoke(context.getBean(MetricsFilter.class), "acme");

            assertThat(emfDocuments(output)).flatMap(LiftMetricsAutoConfigurationTests::metricNames)
                .containsExactlyInAnyOrder("lift.invocation", "logback.events");
        });
    }

    @Test
    void aBlankIncludedPrefixFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.metrics.include=jvm, ").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.metrics.include");
        });
    }

    @Test
    void anInvalidNamespaceFailsAtStartUp() {
        this.onLambda.withPropertyValues("lift.metrics.namespace=AWS/Lambda").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.metrics.namespace");
        });
    }

    @Test
    void tooManyDimensionsFailAtStartUp() {
        String[] dimensions = IntStream.range(0, 31)
            .mapToObj((i) -> "lift.metrics.dimensions.d" + i + "=v")
            .toArray(String[]::new);
        this.onLambda.withPropertyValues(dimensions)
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("lift.metrics.dimensions"));
    }

    private static void invoke(MetricsFilter filter, String tenant) throws Exception {
        LiftContext context = LiftContext.builder("req-1", "orders").tenantId(tenant).build();
        new LiftChain(List.of(filter)).execute(new Invocation(context, null, (invocation) -> "ok"));
    }

    private static List<JsonNode> emfDocuments(CapturedOutput output) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> documents = new ArrayList<>();
        for (String line : output.getOut().lines().filter((line) -> line.startsWith("{\"_aws\"")).toList()) {
            documents.add(json.readTree(line));
        }
        return documents;
    }

    private static List<String> metricNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.at("/_aws/CloudWatchMetrics").forEach((directive) -> directive.get("Metrics")
            .forEach((metric) -> names.add(metric.get("Name").asText())));
        return names;
    }

    private static JsonNode lastEmfDocument(CapturedOutput output) throws Exception {
        List<String> lines = output.getOut().lines().filter((line) -> line.startsWith("{\"_aws\"")).toList();
        assertThat(lines).isNotEmpty();
        return new ObjectMapper().readTree(lines.get(lines.size() - 1));
    }

}
