package dev.lift.autoconfigure.health;

import java.net.InetSocketAddress;

import dev.lift.tracing.XRaySpanProcessor;
import dev.lift.tracing.XRayUdpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code liftTracing}: the X-Ray exporter's drops, from real spans ended through the OpenTelemetry SDK.
 */
class TraceExporterHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftHealthContributorAutoConfiguration.class));

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
            Health health = context.getBean("liftTracingHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("dropped", 3L)
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
                HealthIndicator indicator = context.getBean("liftTracingHealthIndicator", HealthIndicator.class);
                assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
                endSpans(processor, 1);
                assertThat(indicator.health().getStatus()).isEqualTo(new Status("DEGRADED"));
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
