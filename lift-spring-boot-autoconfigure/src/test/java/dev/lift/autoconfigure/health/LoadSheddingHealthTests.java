package dev.lift.autoconfigure.health;

import java.util.List;

import dev.lift.autoconfigure.shedding.LiftLoadSheddingAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.error.LiftLoadShedException;
import dev.lift.shedding.LoadSheddingFilter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code liftLoadShedding} and its readiness signal, from calls shed by the real filter: every call
 * shed (random strategy, probability 1) is hard shedding.
 */
class LoadSheddingHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftHealthContributorAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, LiftLoadSheddingAutoConfiguration.class))
        .withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.strategy=random",
                "lift.health.load-shedding.min-calls=10");

    @Test
    void absentWithoutLoadShedding() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LiftHealthContributorAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LoadSheddingState.class)
                .doesNotHaveBean("liftLoadSheddingHealthIndicator"));
    }

    @Test
    void sheddingEveryCallIsHardSheddingAndTheStatusStaysUp() {
        this.contextRunner.withPropertyValues("lift.load-shedding.random.probability=1").run((context) -> {
            LoadSheddingState state = context.getBean(LoadSheddingState.class);
            assertThat(state.notReadyReason()).isNull();

            callTenTimes(context);

            assertThat(state.notReadyReason()).isEqualTo("shedding 100% of 10 recent calls");
            Health health = context.getBean("liftLoadSheddingHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("shedCalls", 10L)
                .containsEntry("inFlight", 0)
                .containsEntry("shedding", true)
                .containsEntry("sheddingHard", true);
        });
    }

    @Test
    void noSheddingKeepsTheInstanceReady() {
        this.contextRunner.withPropertyValues("lift.load-shedding.random.probability=0").run((context) -> {
            callTenTimes(context);

            assertThat(context.getBean(LoadSheddingState.class).notReadyReason()).isNull();
            assertThat(context.getBean("liftLoadSheddingHealthIndicator", HealthIndicator.class).health().getDetails())
                .containsEntry("admittedCalls", 10L)
                .containsEntry("shedding", false);
        });
    }

    @Test
    void hardSheddingTakesTheReadinessProbeOutOfServiceAndLeavesLivenessUp() {
        this.contextRunner.withPropertyValues("lift.load-shedding.random.probability=1",
                "management.endpoint.health.probes.enabled=true")
            .withConfiguration(AutoConfigurations.of(LiftReadinessAutoConfiguration.class,
                    ApplicationAvailabilityAutoConfiguration.class, AvailabilityHealthContributorAutoConfiguration.class,
                    AvailabilityProbesAutoConfiguration.class, HealthContributorAutoConfiguration.class,
                    HealthEndpointAutoConfiguration.class, EndpointAutoConfiguration.class))
            .run((context) -> {
                AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
                AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                HealthEndpoint health = context.getBean(HealthEndpoint.class);
                assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);

                callTenTimes(context);

                assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
            });
    }

    @Test
    void aHardShedRatioAboveOneFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.health.load-shedding.hard-shed-ratio=2")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.health.load-shedding.hard-shed-ratio"));
    }

    private static void callTenTimes(ApplicationContext context) throws Exception {
        LiftChain chain = new LiftChain(List.of(context.getBean(LoadSheddingFilter.class)));
        for (int i = 0; i < 10; i++) {
            try {
                chain.execute(new Invocation(LiftContext.builder("request", "orders").tenantId("acme").build(), null,
                        (invocation) -> "ok"));
            }
            catch (LiftLoadShedException ex) {
                // shed: what the test is about
            }
        }
    }

}
