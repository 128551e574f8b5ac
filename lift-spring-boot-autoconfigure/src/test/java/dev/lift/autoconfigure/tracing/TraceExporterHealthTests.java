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

import java.net.InetSocketAddress;

import dev.lift.tracing.XRaySpanProcessor;
import dev.lift.tracing.XRayUdpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code liftTracing}: the X-Ray exporter's drops, from real spans ended through the OpenTelemetry SDK.
 */
class TraceExporterHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftTracingHealthAutoConfiguration.class));

    @Test
    void absentWithoutTheXRayExporter() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(TraceExporterState.class)
            .doesNotHaveBean("liftTracingHealthIndicator"));
    }

    @Test
    void dropsAreShownAndLeaveTheStatusUpByDefault() {
        XRaySpanProcessor processor = new XRaySpanProcessor(XRayUdpSpanExporter.builder()
            .daemonAddress(InetSocketAddress.createUnresolved("xray-daemon.invalid", 2000))
            .build());
        this.contextRunner.withBean(XRaySpanProcessor.class, () -> processor).run((context) -> {
            endSpans(processor, 3);
            LiftHealth health = context.getBean("liftTracingHealthIndicator", LiftHealthIndicator.class).health();
            assertThat(health.status()).isEqualTo(LiftHealth.UP);
            assertThat(health.details()).containsEntry("format", "segment")
                .containsEntry("dropped", 3L)
                .containsEntry("recentDropped", 3L)
                .containsEntry("sent", 0L)
                .containsEntry("recentDropRatio", 1.0);
        });
    }

    @Test
    void theDroppingStatusIsConfigurable() {
        XRaySpanProcessor processor = new XRaySpanProcessor(XRayUdpSpanExporter.builder()
            .daemonAddress(InetSocketAddress.createUnresolved("xray-daemon.invalid", 2000))
            .build());
        this.contextRunner.withBean(XRaySpanProcessor.class, () -> processor)
            .withPropertyValues("lift.health.tracing.dropping-status=DEGRADED")
            .run((context) -> {
                LiftHealthIndicator indicator = context.getBean("liftTracingHealthIndicator", LiftHealthIndicator.class);
                assertThat(indicator.health().status()).isEqualTo(LiftHealth.UP);
                endSpans(processor, 1);
                assertThat(indicator.health().status()).isEqualTo("DEGRADED");
            });
    }

    @Test
    void worksWithoutOpenTelemetryOnTheClasspath() {
        this.contextRunner.withClassLoader(new FilteredClassLoader("io.opentelemetry"))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TraceExporterState.class));
    }

    private static void endSpans(XRaySpanProcessor processor, int count) {
        try (SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(processor).build()) {
            for (int i = 0; i < count; i++) {
                provider.get("test").spanBuilder("call").startSpan().end();
            }
        }
    }

}
