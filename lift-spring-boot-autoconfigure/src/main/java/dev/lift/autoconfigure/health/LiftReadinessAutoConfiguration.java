package dev.lift.autoconfigure.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Lift in the readiness probe: the {@code liftReadiness} indicator ({@link LiftReadinessHealthIndicator}),
 * present when a pattern that can make the instance unready is configured (load shedding, a rate-limit
 * store). Its membership of the {@code readiness} group is added by the Spring Boot line's adapter
 * ({@code dev.lift.autoconfigure.line.ReadinessGroupMembership}).
 */
@AutoConfiguration(afterName = { "dev.lift.autoconfigure.shedding.LiftLoadSheddingHealthAutoConfiguration",
        "dev.lift.autoconfigure.ratelimit.LiftRateLimitHealthAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.health.readiness.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean(ReadinessSignal.class)
@ConditionalOnEnabledHealthContributor("lift-readiness")
@EnableConfigurationProperties(LiftHealthProperties.class)
public class LiftReadinessAutoConfiguration {

    /** The bean name, which the adapters look for to add the readiness membership. */
    public static final String INDICATOR_BEAN = "liftReadinessHealthIndicator";

    /** The component's name in health and in the readiness group. */
    public static final String COMPONENT = "liftReadiness";

    @Bean(INDICATOR_BEAN)
    @ConditionalOnMissingBean(name = INDICATOR_BEAN)
    LiftReadinessHealthIndicator liftReadinessHealthIndicator(ObjectProvider<ReadinessSignal> signals) {
        return new LiftReadinessHealthIndicator(signals.orderedStream().toList());
    }

}
