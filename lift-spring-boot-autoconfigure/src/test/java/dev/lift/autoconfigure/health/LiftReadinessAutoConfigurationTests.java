package dev.lift.autoconfigure.health;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LiftReadinessAutoConfigurationTests {

    private final AtomicReference<String> notReadyReason = new AtomicReference<>();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftReadinessAutoConfiguration.class,
                LiftHealthContributorAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class,
                AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
                HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
                EndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoint.health.probes.enabled=true");

    private final ReadinessSignal signal = new ReadinessSignal() {

        @Override
        public String name() {
            return "loadShedding";
        }

        @Override
        public String notReadyReason() {
            return LiftReadinessAutoConfigurationTests.this.notReadyReason.get();
        }

    };

    @Test
    void readinessGoesOutOfServiceWhileASignalSaysSoAndLivenessIsUntouched() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal).run((context) -> {
            // What a started application publishes; the context runner does not.
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            HealthEndpoint health = context.getBean(HealthEndpoint.class);
            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);

            this.notReadyReason.set("shedding 80% of calls");

            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);

            this.notReadyReason.set(null);

            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void keepsWhatTheUserIncludedInReadiness() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal)
            .withPropertyValues("management.endpoint.health.group.readiness.include=readinessState,ping",
                    "management.health.ping.enabled=true")
            .run((context) -> {
                HealthEndpointGroup readiness = context.getBean(HealthEndpointGroups.class)
                    .get("readiness");
                assertThat(readiness.isMember("readinessState")).isTrue();
                assertThat(readiness.isMember("liftReadiness")).isTrue();
                assertThat(context.getBean(HealthEndpointGroups.class)
                    .get("liveness")
                    .isMember("liftReadiness")).isFalse();
            });
    }

    @Test
    void withoutProbesNoGroupIsCreated() {
        this.contextRunner.withPropertyValues("management.endpoint.health.probes.enabled=false")
            .withBean(ReadinessSignal.class, () -> this.signal)
            .run((context) -> {
                assertThat(context.getBean(HealthEndpointGroups.class)
                    .getNames()).doesNotContain("readiness", "liveness");
                assertThat(context).hasBean("liftReadinessHealthIndicator");
            });
    }

    @Test
    void absentWithoutAnySignal() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean("liftReadinessHealthIndicator")
            .doesNotHaveBean("liftReadinessGroupPostProcessor"));
    }

    @Test
    void canBeSwitchedOff() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal)
            .withPropertyValues("lift.health.readiness.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("liftReadinessHealthIndicator"));
    }

}
