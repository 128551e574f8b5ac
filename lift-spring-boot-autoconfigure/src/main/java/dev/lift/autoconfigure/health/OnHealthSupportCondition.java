package dev.lift.autoconfigure.health;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

/**
 * {@link ConditionalOnHealthSupport}'s condition: either line's health contributor type is present.
 */
class OnHealthSupportCondition extends AnyNestedCondition {

    OnHealthSupportCondition() {
        super(ConfigurationPhase.PARSE_CONFIGURATION);
    }

    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthContributor")
    static class SpringBoot3 {

    }

    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthContributor")
    static class SpringBoot4 {

    }

}
