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

package dev.lift.autoconfigure.tracing;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when spans go to the X-Ray daemon: {@code lift.tracing.exporter=xray}, or, when it is
 * unset, on AWS Lambda.
 */
class OnXRayExporterCondition extends SpringBootCondition {

    static final String LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String exporter = environment.getProperty("lift.tracing.exporter");
        if (exporter != null) {
            boolean xray = LiftTracingProperties.Exporter.XRAY.name()
                .equals(exporter.trim().toUpperCase(Locale.ROOT));
            return new ConditionOutcome(xray, "lift.tracing.exporter is " + exporter);
        }
        boolean lambda = environment.containsProperty(LAMBDA_FUNCTION_NAME);
        return new ConditionOutcome(lambda, "lift.tracing.exporter is unset and "
                + (lambda ? "" : "not ") + "running on AWS Lambda (" + LAMBDA_FUNCTION_NAME + ")");
    }

}
