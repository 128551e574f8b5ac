package dev.lift.autoconfigure.metrics;

import dev.lift.autoconfigure.metrics.LiftMetricsProperties.Exporter;
import dev.lift.lambda.LambdaEnvironment;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnMetricsExporter}. */
class OnMetricsExporterCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Exporter required = (Exporter) metadata.getAnnotationAttributes(ConditionalOnMetricsExporter.class.getName())
            .get("value");
        Exporter effective = effectiveExporter(context.getEnvironment());
        String message = "lift.metrics.exporter resolves to " + effective.name().toLowerCase();
        return (effective == required) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
    }

    static Exporter effectiveExporter(Environment environment) {
        Exporter configured = Binder.get(environment)
            .bind("lift.metrics.exporter", Exporter.class)
            .orElse(Exporter.AUTO);
        if (configured != Exporter.AUTO) {
            return configured;
        }
        return onLambda(environment) ? Exporter.EMF : Exporter.NONE;
    }

    static boolean onLambda(Environment environment) {
        return LambdaEnvironment.isLambda(environment::getProperty);
    }

}
