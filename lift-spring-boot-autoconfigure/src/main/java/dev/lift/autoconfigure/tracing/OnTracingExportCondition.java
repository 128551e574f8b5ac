package dev.lift.autoconfigure.tracing;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link ConditionalOnTracingExport}'s condition.
 */
class OnTracingExportCondition extends SpringBootCondition {

    private static final String[] SWITCHES = { "management.tracing.export.enabled", "management.tracing.enabled" };

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        for (String key : SWITCHES) {
            if (!environment.getProperty(key, Boolean.class, true)) {
                return ConditionOutcome.noMatch("tracing export is off (" + key + "=false)");
            }
        }
        return ConditionOutcome.match("tracing export is on");
    }

}
