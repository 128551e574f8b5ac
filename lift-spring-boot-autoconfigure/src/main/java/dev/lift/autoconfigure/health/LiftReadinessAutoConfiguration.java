package dev.lift.autoconfigure.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Lift in the readiness probe: the {@code liftReadiness} indicator ({@link LiftReadinessHealthIndicator})
 * and its membership of the {@code readiness} group. Present when a pattern that can make the instance
 * unready is configured (load shedding, a rate-limit store).
 *
 * <p>Runs after Spring Boot's probes so that its group post-processor sees the readiness group they add.
 */
@AutoConfiguration(after = { LiftHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.health.readiness.enabled", matchIfMissing = true)
@ConditionalOnClass(HealthContributor.class)
@ConditionalOnBean(ReadinessSignal.class)
@ConditionalOnEnabledHealthIndicator("lift-readiness")
@EnableConfigurationProperties(LiftHealthProperties.class)
public class LiftReadinessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "liftReadinessHealthIndicator")
    LiftReadinessHealthIndicator liftReadinessHealthIndicator(ObjectProvider<ReadinessSignal> signals) {
        return new LiftReadinessHealthIndicator(signals.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(name = "liftReadinessGroupPostProcessor")
    HealthEndpointGroupsPostProcessor liftReadinessGroupPostProcessor() {
        return new ReadinessGroupPostProcessor("liftReadiness");
    }

}
