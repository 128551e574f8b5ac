package dev.lift.autoconfigure.health;

import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * A health contributor for each Lift pattern that is configured, each in its own configuration below,
 * conditional on the pattern's beans and on {@code management.health.lift-<pattern>.enabled}. The
 * state each one shows is also a {@link LiftPatternState} bean, for the {@code lift} endpoint.
 */
@AutoConfiguration(before = HealthContributorAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnClass(HealthContributor.class)
@EnableConfigurationProperties(LiftHealthProperties.class)
@Import({})
public class LiftHealthContributorAutoConfiguration {

}
