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

package dev.lift.autoconfigure.circuitbreaker;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.BeansException;

import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.resilience.PatternOverrides.Layer;
import dev.lift.autoconfigure.resilience.PatternOverrides.Setting;
import dev.lift.autoconfigure.resilience.PatternSettings;
import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.chain.StatusCodes;
import dev.lift.circuitbreaker.CircuitBreakerPolicy;
import dev.lift.circuitbreaker.LiftFallback;
import dev.lift.error.LiftConfigurationException;
import dev.lift.instances.InstanceKey;

/**
 * Resolves the policy of a circuit breaker instance from its settings layers: the resilience4j base
 * configuration, then the preset, the top level, the operation's and the tenant's overrides. Policies
 * are resolved once per combination of overrides and shared by every instance using it.
 */
final class CircuitBreakerPolicies implements Function<InstanceKey, CircuitBreakerPolicy> {

    private static final List<String> DEFAULT_RECORD_STATUSES = List.of("5xx");

    private final PatternOverrides<CircuitBreakerSettings> overrides;

    private final CircuitBreakerRegistry registry;

    private final BeanFactory beanFactory;

    private final Function<InstanceKey, CircuitBreakerPolicy> resolved;

    CircuitBreakerPolicies(PatternOverrides<CircuitBreakerSettings> overrides, CircuitBreakerRegistry registry,
            BeanFactory beanFactory) {
        this.overrides = overrides;
        this.registry = registry;
        this.beanFactory = beanFactory;
        this.resolved = overrides.resolveEach(this::resolve);
    }

    @Override
    public CircuitBreakerPolicy apply(InstanceKey key) {
        return this.resolved.apply(key);
    }

    private CircuitBreakerPolicy resolve(InstanceKey key) {
        CircuitBreakerConfig base = baseConfig(key);
        CircuitBreakerConfig.Builder builder = CircuitBreakerConfig.from(base);
        this.overrides.layers(key).forEach((layer) -> apply(layer, builder));
        Duration waitInOpenState = setting(key, "wait-duration-in-open-state",
                CircuitBreakerSettings::getWaitDurationInOpenState).value();
        if (waitInOpenState != null) {
            // Once only: resilience4j refuses a builder whose wait was set twice.
            builder.waitDurationInOpenState(waitInOpenState);
        }
        checkMinimumCallsFitTheWindow(key, base);
        Setting<List<String>> recordStatuses = setting(key, "record-statuses",
                CircuitBreakerSettings::getRecordStatuses);
        StatusCodes failureStatuses = StatusCodes.parse(recordStatuses.property(),
                recordStatuses.orElse(DEFAULT_RECORD_STATUSES));
        if (!failureStatuses.isEmpty()) {
            Predicate<Object> basePredicate = base.getRecordResultPredicate();
            builder.recordResult((result) -> failureStatuses.matches(result) || basePredicate.test(result));
        }
        return new CircuitBreakerPolicy(build(builder, key),
                fallback(setting(key, "fallback", CircuitBreakerSettings::getFallback)));
    }

    private <T> Setting<T> setting(InstanceKey key, String name, Function<CircuitBreakerSettings, T> value) {
        return this.overrides.setting(key, name, value);
    }

    private CircuitBreakerConfig baseConfig(InstanceKey key) {
        Setting<String> name = this.overrides.setting(key, "base-config", PatternSettings::getBaseConfig);
        if (name.value() == null) {
            return this.registry.getDefaultConfig();
        }
        return this.registry.getConfiguration(name.value())
            .orElseThrow(() -> new LiftConfigurationException(name.property(), name.value(),
                    "the name of a configuration under resilience4j.circuitbreaker.configs"));
    }

    /**
     * With a count-based window, resilience4j quietly lowers a minimum number of calls above the
     * window size: the breaker then opens after fewer calls than configured. Refused instead.
     */
    private void checkMinimumCallsFitTheWindow(InstanceKey key, CircuitBreakerConfig base) {
        SlidingWindowType type = setting(key, "sliding-window-type", CircuitBreakerSettings::getSlidingWindowType)
            .orElse(base.getSlidingWindowType());
        Setting<Integer> size = setting(key, "sliding-window-size", CircuitBreakerSettings::getSlidingWindowSize);
        Setting<Integer> minimumCalls = setting(key, "minimum-number-of-calls",
                CircuitBreakerSettings::getMinimumNumberOfCalls);
        int windowSize = size.orElse(base.getSlidingWindowSize());
        // Only a minimum the user set is refused: one from resilience4j's defaults or a preset is
        // lowered to a smaller window the user chose, as resilience4j documents.
        if (type == SlidingWindowType.COUNT_BASED && minimumCalls.value() != null && minimumCalls.value() > windowSize
                && !minimumCalls.property().contains(".preset.")) {
            throw new LiftConfigurationException(minimumCalls.property(), minimumCalls.value(),
                    "an integer of 1 or more, at most " + size.property() + " (" + windowSize
                            + ") with a count-based sliding window");
        }
    }

    private static void apply(Layer<CircuitBreakerSettings> layer, CircuitBreakerConfig.Builder builder) {
        CircuitBreakerSettings settings = layer.settings();
        PropertyConstraints.atLeast(layer.property("sliding-window-size"), settings.getSlidingWindowSize(), 1);
        PropertyConstraints.atLeast(layer.property("minimum-number-of-calls"), settings.getMinimumNumberOfCalls(), 1);
        PropertyConstraints.percentage(layer.property("failure-rate-threshold"), settings.getFailureRateThreshold());
        PropertyConstraints.percentage(layer.property("slow-call-rate-threshold"), settings.getSlowCallRateThreshold());
        PropertyConstraints.atLeast(layer.property("slow-call-duration-threshold"), settings.getSlowCallDurationThreshold(),
                Duration.ofMillis(1));
        PropertyConstraints.atLeast(layer.property("wait-duration-in-open-state"), settings.getWaitDurationInOpenState(),
                Duration.ofMillis(1));
        PropertyConstraints.atLeast(layer.property("permitted-number-of-calls-in-half-open-state"),
                settings.getPermittedNumberOfCallsInHalfOpenState(), 1);
        if (settings.getSlidingWindowType() != null) {
            builder.slidingWindowType(settings.getSlidingWindowType());
        }
        if (settings.getSlidingWindowSize() != null) {
            builder.slidingWindowSize(settings.getSlidingWindowSize());
        }
        if (settings.getMinimumNumberOfCalls() != null) {
            builder.minimumNumberOfCalls(settings.getMinimumNumberOfCalls());
        }
        if (settings.getFailureRateThreshold() != null) {
            builder.failureRateThreshold(settings.getFailureRateThreshold());
        }
        if (settings.getSlowCallRateThreshold() != null) {
            builder.slowCallRateThreshold(settings.getSlowCallRateThreshold());
        }
        if (settings.getSlowCallDurationThreshold() != null) {
            builder.slowCallDurationThreshold(settings.getSlowCallDurationThreshold());
        }
        if (settings.getPermittedNumberOfCallsInHalfOpenState() != null) {
            builder.permittedNumberOfCallsInHalfOpenState(settings.getPermittedNumberOfCallsInHalfOpenState());
        }
        if (settings.getRecordExceptions() != null) {
            builder.recordExceptions(toArray(settings.getRecordExceptions()));
        }
        if (settings.getIgnoreExceptions() != null) {
            builder.ignoreExceptions(toArray(settings.getIgnoreExceptions()));
        }
    }

    private static CircuitBreakerConfig build(CircuitBreakerConfig.Builder builder, InstanceKey key) {
        try {
            return builder.build();
        }
        catch (IllegalArgumentException ex) {
            // A combination resilience4j refuses, e.g. a minimum number of calls above a count window.
            throw new LiftConfigurationException("lift.circuit-breaker", key.name("circuit-breaker"), ex.getMessage());
        }
    }

    private LiftFallback fallback(Setting<String> beanName) {
        if (beanName.value() == null) {
            return null;
        }
        try {
            return this.beanFactory.getBean(beanName.value(), LiftFallback.class);
        }
        catch (BeansException ex) {
            throw new LiftConfigurationException(beanName.property(), beanName.value(),
                    "the name of a LiftFallback bean");
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable>[] toArray(List<Class<? extends Throwable>> classes) {
        return classes.toArray(new Class[0]);
    }

}
