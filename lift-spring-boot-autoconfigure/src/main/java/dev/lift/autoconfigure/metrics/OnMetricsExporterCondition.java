/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
