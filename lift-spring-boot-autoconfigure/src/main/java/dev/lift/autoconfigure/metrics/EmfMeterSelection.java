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

import java.util.ArrayList;
import java.util.List;

import dev.lift.error.LiftConfigurationException;
import dev.lift.metrics.MetricsFilter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

import org.springframework.util.StringUtils;

/**
 * Which meters Lift's EMF registry writes: Lift's own ({@code lift.*}, {@code ColdStart}, and the
 * {@code resilience4j.*} meters of its patterns) and those named in {@code lift.metrics.include}.
 * Every metric in an EMF document is a billed CloudWatch custom metric per combination of dimension
 * values, and every document billed log bytes: the meters an application or a library records by
 * itself (Spring Cloud Function's {@code spring.cloud.function}, Logback's {@code logback.events},
 * the JVM's gauges...) reach EMF only when asked for. Other registries are not affected.
 */
final class EmfMeterSelection implements MeterFilter {

    private static final String ALL = "*";

    private static final List<String> LIFT_PREFIXES = List.of("lift", "resilience4j", MetricsFilter.COLD_START);

    private final List<String> prefixes;

    private final boolean all;

    private EmfMeterSelection(List<String> included) {
        this.all = included.contains(ALL);
        this.prefixes = new ArrayList<>(LIFT_PREFIXES);
        this.prefixes.addAll(included);
    }

    /**
     * The selection for {@code lift.metrics.include}, validated.
     * @param included meter name prefixes, or {@code *} for every meter
     * @return the filter
     */
    static EmfMeterSelection of(List<String> included) {
        for (String prefix : included) {
            if (!StringUtils.hasText(prefix) || !prefix.strip().equals(prefix)) {
                throw new LiftConfigurationException("lift.metrics.include", included,
                        "meter name prefixes such as 'jvm.memory' or 'spring.cloud.function', or '*' for every meter");
            }
        }
        return new EmfMeterSelection(List.copyOf(included));
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        if (this.all) {
            return MeterFilterReply.NEUTRAL;
        }
        String name = id.getName();
        for (String prefix : this.prefixes) {
            // 'jvm.memory' takes jvm.memory.used but not jvm.memoryx: prefixes end at a dot.
            if (name.startsWith(prefix) && (name.length() == prefix.length() || name.charAt(prefix.length()) == '.')) {
                return MeterFilterReply.NEUTRAL;
            }
        }
        return MeterFilterReply.DENY;
    }

}
