package dev.lift.autoconfigure.health;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link ConditionalOnEnabledHealthContributor}'s condition.
 */
class OnEnabledHealthContributorCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String name = metadata.getAnnotations().get(ConditionalOnEnabledHealthContributor.class).getString(
                MergedAnnotation.VALUE);
        Environment environment = context.getEnvironment();
        String key = "management.health." + name + ".enabled";
        Boolean enabled = environment.getProperty(key, Boolean.class);
        if (enabled == null) {
            key = "management.health.defaults.enabled";
            enabled = environment.getProperty(key, Boolean.class, true);
        }
        return new ConditionOutcome(enabled, "health contributor " + name + (enabled ? " enabled" : " disabled")
                + " (" + key + ")");
    }

}
