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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.lift.autoconfigure.metrics.LiftMetricsProperties.Exporter;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code lift.metrics.exporter} resolves to the given exporter; {@code auto} (the
 * default) resolves to {@code emf} on Lambda and {@code none} elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnMetricsExporterCondition.class)
@interface ConditionalOnMetricsExporter {

    /** @return the exporter that must be in effect */
    Exporter value();

}
