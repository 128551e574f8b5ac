package dev.lift.autoconfigure.metrics;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches outside Lambda, where no end of invocation flushes the EMF registry. */
class NotOnLambdaCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return OnMetricsExporterCondition.onLambda(context.getEnvironment())
                ? ConditionOutcome.noMatch("AWS_LAMBDA_FUNCTION_NAME is set: on Lambda")
                : ConditionOutcome.match("AWS_LAMBDA_FUNCTION_NAME is not set: not on Lambda");
    }

}
