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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.BeansException;

import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.resilience.PatternOverrides.Layer;
import dev.lift.autoconfigure.resilience.PatternOverrides.OverrideNames;
import dev.lift.autoconfigure.resilience.PropertyConstraints;
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

    private final Map<OverrideNames, CircuitBreakerPolicy> resolved = new ConcurrentHashMap<>();

    CircuitBreakerPolicies(PatternOverrides<CircuitBreakerSettings> overrides, CircuitBreakerRegistry registry,
            BeanFactory beanFactory) {
        this.overrides = overrides;
        this.registry = registry;
        this.beanFactory = beanFactory;
        // Resolve every combination now: a bad value fails start-up, not the first call that needs it.
        this.overrides.keysToCheck().forEach(this::apply);
    }

    @Override
    public CircuitBreakerPolicy apply(InstanceKey key) {
        return this.resolved.computeIfAbsent(this.overrides.overrideNames(key), (names) -> resolve(key));
    }

    private CircuitBreakerPolicy resolve(InstanceKey key) {
        CircuitBreakerConfig.Builder builder = CircuitBreakerConfig.from(baseConfig(key));
        List<String> recordStatuses = DEFAULT_RECORD_STATUSES;
        String recordStatusesProperty = "lift.circuit-breaker.record-statuses";
        String fallback = null;
        String fallbackProperty = null;
        Duration waitInOpenState = null;
        for (Layer<CircuitBreakerSettings> layer : this.overrides.layers(key)) {
            apply(layer, builder);
            if (layer.settings().getWaitDurationInOpenState() != null) {
                waitInOpenState = layer.settings().getWaitDurationInOpenState();
            }
            if (layer.settings().getRecordStatuses() != null) {
                recordStatuses = layer.settings().getRecordStatuses();
                recordStatusesProperty = layer.property("record-statuses");
            }
            if (layer.settings().getFallback() != null) {
                fallback = layer.settings().getFallback();
                fallbackProperty = layer.property("fallback");
            }
        }
        if (waitInOpenState != null) {
            // Once only: resilience4j refuses a builder whose wait was set twice.
            builder.waitDurationInOpenState(waitInOpenState);
        }
        checkMinimumCallsFitTheWindow(key);
        StatusCodes failureStatuses = StatusCodes.parse(recordStatusesProperty, recordStatuses);
        if (!failureStatuses.isEmpty()) {
            Predicate<Object> base = baseConfig(key).getRecordResultPredicate();
            builder.recordResult((result) -> failureStatuses.matches(result) || base.test(result));
        }
        return new CircuitBreakerPolicy(build(builder, key), fallback(fallbackProperty, fallback));
    }

    private CircuitBreakerConfig baseConfig(InstanceKey key) {
        String name = this.overrides.baseConfig(key);
        if (name == null) {
            return this.registry.getDefaultConfig();
        }
        return this.registry.getConfiguration(name)
            .orElseThrow(() -> new LiftConfigurationException("lift.circuit-breaker.base-config", name,
                    "the name of a configuration under resilience4j.circuitbreaker.configs"));
    }

    /**
     * With a count-based window, resilience4j quietly lowers a minimum number of calls above the
     * window size: the breaker then opens after fewer calls than configured. Refused instead.
     */
    private void checkMinimumCallsFitTheWindow(InstanceKey key) {
        CircuitBreakerConfig base = baseConfig(key);
        SlidingWindowType type = base.getSlidingWindowType();
        int size = base.getSlidingWindowSize();
        String sizeProperty = "lift.circuit-breaker.sliding-window-size";
        int minimumCalls = base.getMinimumNumberOfCalls();
        String minimumCallsProperty = null;
        for (Layer<CircuitBreakerSettings> layer : this.overrides.layers(key)) {
            CircuitBreakerSettings settings = layer.settings();
            if (settings.getSlidingWindowType() != null) {
                type = settings.getSlidingWindowType();
            }
            if (settings.getSlidingWindowSize() != null) {
                size = settings.getSlidingWindowSize();
                sizeProperty = layer.property("sliding-window-size");
            }
            if (settings.getMinimumNumberOfCalls() != null) {
                minimumCalls = settings.getMinimumNumberOfCalls();
                minimumCallsProperty = layer.property("minimum-number-of-calls");
            }
        }
        // Only a minimum the user set is refused: one from resilience4j's defaults or a preset is
        // lowered to a smaller window the user chose, as resilience4j documents.
        if (type == SlidingWindowType.COUNT_BASED && minimumCalls > size && minimumCallsProperty != null
                && !minimumCallsProperty.contains(".preset.")) {
            throw new LiftConfigurationException(minimumCallsProperty, minimumCalls, "an integer of 1 or more, at most "
                    + sizeProperty + " (" + size + ") with a count-based sliding window");
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

    private LiftFallback fallback(String property, String beanName) {
        if (beanName == null) {
            return null;
        }
        try {
            return this.beanFactory.getBean(beanName, LiftFallback.class);
        }
        catch (BeansException ex) {
            throw new LiftConfigurationException(property, beanName, "the name of a LiftFallback bean");
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable>[] toArray(List<Class<? extends Throwable>> classes) {
        return classes.toArray(new Class[0]);
    }

}
