package dev.lift.autoconfigure.boot3;

import dev.lift.autoconfigure.health.LiftCompositeHealthContributor;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthContributor;
import dev.lift.autoconfigure.health.LiftHealthContributorRegistrar;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.autoconfigure.health.LiftReadinessAutoConfiguration;
import dev.lift.autoconfigure.health.ReadinessGroupMembership;
import dev.lift.autoconfigure.tracing.LiftTracingAutoConfiguration;
import io.opentelemetry.sdk.trace.IdGenerator;

import org.springframework.boot.actuate.autoconfigure.tracing.SdkTracerProviderBuilderCustomizer;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What Lift needs of Spring Boot 3 that Spring Boot 4 moved: the health API (Lift's contributors
 * adapted to it, {@code liftReadiness} added to the readiness group) and the OpenTelemetry SDK
 * customizer that gives Boot's tracer X-Ray trace ids. Lift's Spring Boot 4 module holds the same for
 * Spring Boot 4; everything else is compiled once for both (docs/architecture.md).
 */
// After Boot's probes: their post-processor adds the readiness group that Lift's adds a member to.
@AutoConfiguration(after = { LiftReadinessAutoConfiguration.class, LiftTracingAutoConfiguration.class },
        afterName = "org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration")
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@Import({ LiftSpringBoot3AutoConfiguration.Health3.class, LiftSpringBoot3AutoConfiguration.Tracing3.class })
public class LiftSpringBoot3AutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthContributor.class)
    static class Health3 {

        @Bean
        @ConditionalOnMissingBean(name = "liftHealthContributorRegistrar")
        static LiftHealthContributorRegistrar<HealthContributor> liftHealthContributorRegistrar() {
            return new LiftHealthContributorRegistrar<>(HealthContributor.class, Health3::adapt);
        }

        @Bean
        @ConditionalOnBean(name = LiftReadinessAutoConfiguration.INDICATOR_BEAN)
        @ConditionalOnMissingBean(name = "liftReadinessGroupPostProcessor")
        HealthEndpointGroupsPostProcessor liftReadinessGroupPostProcessor() {
            return (groups) -> ReadinessGroupMembership.add(groups, HealthEndpointGroups.class,
                    LiftReadinessAutoConfiguration.COMPONENT);
        }

        private static HealthContributor adapt(LiftHealthContributor contributor) {
            if (contributor instanceof LiftCompositeHealthContributor composite) {
                return CompositeHealthContributor.fromMap(composite.members(), Health3::adapt);
            }
            LiftHealthIndicator indicator = (LiftHealthIndicator) contributor;
            return (HealthIndicator) () -> toHealth(indicator.health());
        }

        private static Health toHealth(LiftHealth health) {
            return Health.status(health.status()).withDetails(health.details()).build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ SdkTracerProviderBuilderCustomizer.class, IdGenerator.class })
    static class Tracing3 {

        @Bean
        @ConditionalOnBean(IdGenerator.class)
        @ConditionalOnMissingBean(name = "liftIdGeneratorCustomizer")
        SdkTracerProviderBuilderCustomizer liftIdGeneratorCustomizer(IdGenerator idGenerator) {
            return (builder) -> builder.setIdGenerator(idGenerator);
        }

    }

}
