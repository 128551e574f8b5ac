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

package dev.lift.autoconfigure.retry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;

import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.resilience.PatternOverrides.Layer;
import dev.lift.autoconfigure.resilience.PatternOverrides.OverrideNames;
import dev.lift.autoconfigure.resilience.PropertyConstraints;
import dev.lift.chain.StatusCodes;
import dev.lift.error.LiftConfigurationException;
import dev.lift.instances.InstanceKey;
import dev.lift.retry.BackoffStrategy;
import dev.lift.retry.RetryBackoff;
import dev.lift.retry.RetryBudget;
import dev.lift.retry.RetryPolicy;

/**
 * Resolves the policy of a retry instance from its settings layers: the resilience4j base
 * configuration, then the preset, the top level, the operation's and the tenant's overrides. Policies
 * are resolved once per combination of overrides and all checked at start-up.
 */
final class RetryPolicies implements Function<InstanceKey, RetryPolicy> {

    private static final String PREFIX = "lift.retry";

    private final PatternOverrides<RetrySettings> overrides;

    private final RetryRegistry registry;

    private final BeanFactory beanFactory;

    private final RetryBudget.Settings budget;

    private final Map<OverrideNames, RetryPolicy> resolved = new ConcurrentHashMap<>();

    RetryPolicies(PatternOverrides<RetrySettings> overrides, RetryRegistry registry, BeanFactory beanFactory,
            RetryBudget.Settings budget) {
        this.overrides = overrides;
        this.registry = registry;
        this.beanFactory = beanFactory;
        this.budget = budget;
        this.overrides.keysToCheck().forEach(this::apply);
    }

    @Override
    public RetryPolicy apply(InstanceKey key) {
        return this.resolved.computeIfAbsent(this.overrides.overrideNames(key), (names) -> resolve(key));
    }

    private RetryPolicy resolve(InstanceKey key) {
        RetryConfig.Builder<Object> builder = RetryConfig.from(baseConfig(key));
        Resolved<List<String>> retryStatuses = new Resolved<>(List.of(), PREFIX + ".retry-statuses");
        Resolved<List<String>> ignoreStatuses = new Resolved<>(List.of(), PREFIX + ".ignore-statuses");
        Backoff backoff = new Backoff();
        for (Layer<RetrySettings> layer : this.overrides.layers(key)) {
            RetrySettings settings = layer.settings();
            PropertyConstraints.atLeast(layer.property("max-attempts"), settings.getMaxAttempts(), 1);
            if (settings.getMaxAttempts() != null) {
                builder.maxAttempts(settings.getMaxAttempts());
            }
            if (settings.getRetryExceptions() != null) {
                builder.retryExceptions(toArray(settings.getRetryExceptions()));
            }
            if (settings.getIgnoreExceptions() != null) {
                builder.ignoreExceptions(toArray(settings.getIgnoreExceptions()));
            }
            retryStatuses.update(settings.getRetryStatuses(), layer.property("retry-statuses"));
            ignoreStatuses.update(settings.getIgnoreStatuses(), layer.property("ignore-statuses"));
            backoff.update(layer);
        }
        backoff.applyTo(builder, this.beanFactory);
        StatusCodes statuses = StatusCodes.parse(retryStatuses.property, retryStatuses.value)
            .excluding(StatusCodes.parse(ignoreStatuses.property, ignoreStatuses.value));
        return new RetryPolicy(builder.build(), statuses, this.budget);
    }

    private RetryConfig baseConfig(InstanceKey key) {
        String name = this.overrides.baseConfig(key);
        if (name == null) {
            return this.registry.getDefaultConfig();
        }
        return this.registry.getConfiguration(name)
            .orElseThrow(() -> new LiftConfigurationException(PREFIX + ".base-config", name,
                    "the name of a configuration under resilience4j.retry.configs"));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable>[] toArray(List<Class<? extends Throwable>> classes) {
        return classes.toArray(new Class[0]);
    }

    /** The value of the last layer that sets a property, and where it was set. */
    private static final class Resolved<T> {

        private T value;

        private String property;

        Resolved(T value, String property) {
            this.value = value;
            this.property = property;
        }

        void update(T value, String property) {
            if (value != null) {
                this.value = value;
                this.property = property;
            }
        }

    }

    /** The backoff properties across layers; only built when a layer sets one of them. */
    private static final class Backoff {

        private final Resolved<BackoffStrategy> strategy = new Resolved<>(null, PREFIX + ".strategy");

        private final Resolved<Duration> initialDelay = new Resolved<>(Duration.ofMillis(500), PREFIX + ".initial-delay");

        private final Resolved<Duration> maxDelay = new Resolved<>(Duration.ofSeconds(30), PREFIX + ".max-delay");

        private final Resolved<Double> multiplier = new Resolved<>(1.5, PREFIX + ".multiplier");

        private final Resolved<Double> jitter = new Resolved<>(0.0, PREFIX + ".jitter");

        private final Resolved<String> customBackoff = new Resolved<>(null, PREFIX + ".custom-backoff");

        private boolean set;

        void update(Layer<RetrySettings> layer) {
            RetrySettings settings = layer.settings();
            PropertyConstraints.atLeast(layer.property("initial-delay"), settings.getInitialDelay(), Duration.ofMillis(1));
            PropertyConstraints.atLeast(layer.property("max-delay"), settings.getMaxDelay(), Duration.ofMillis(1));
            PropertyConstraints.fraction(layer.property("jitter"), settings.getJitter());
            if (settings.getMultiplier() != null && !(settings.getMultiplier() >= 1)) {
                throw new LiftConfigurationException(layer.property("multiplier"), settings.getMultiplier(), "a number of 1 or more");
            }
            this.strategy.update(settings.getStrategy(), layer.property("strategy"));
            this.initialDelay.update(settings.getInitialDelay(), layer.property("initial-delay"));
            this.maxDelay.update(settings.getMaxDelay(), layer.property("max-delay"));
            this.multiplier.update(settings.getMultiplier(), layer.property("multiplier"));
            this.jitter.update(settings.getJitter(), layer.property("jitter"));
            this.customBackoff.update(settings.getCustomBackoff(), layer.property("custom-backoff"));
            this.set |= settings.getStrategy() != null || settings.getInitialDelay() != null
                    || settings.getMaxDelay() != null || settings.getMultiplier() != null || settings.getJitter() != null
                    || settings.getCustomBackoff() != null;
        }

        void applyTo(RetryConfig.Builder<Object> builder, BeanFactory beanFactory) {
            if (!this.set) {
                return;
            }
            BackoffStrategy strategy = (this.strategy.value != null) ? this.strategy.value
                    : (this.customBackoff.value != null) ? BackoffStrategy.CUSTOM : BackoffStrategy.FIXED;
            if (strategy == BackoffStrategy.CUSTOM) {
                builder.intervalBiFunction(custom(beanFactory));
                return;
            }
            if (this.maxDelay.value.compareTo(this.initialDelay.value) < 0) {
                throw new LiftConfigurationException(this.maxDelay.property, this.maxDelay.value,
                        "a duration no shorter than initial-delay (" + this.initialDelay.value + ")");
            }
            builder.intervalFunction(RetryBackoff.of(strategy, this.initialDelay.value, this.multiplier.value,
                    this.maxDelay.value, this.jitter.value));
        }

        @SuppressWarnings("unchecked")
        private IntervalBiFunction<Object> custom(BeanFactory beanFactory) {
            String name = this.customBackoff.value;
            String accepted = "the name of an IntervalFunction or IntervalBiFunction bean (strategy custom)";
            if (name == null) {
                throw new LiftConfigurationException(this.customBackoff.property, null, accepted);
            }
            try {
                Object bean = beanFactory.getBean(name);
                if (bean instanceof IntervalBiFunction<?> waits) {
                    return (IntervalBiFunction<Object>) waits;
                }
                if (bean instanceof IntervalFunction waits) {
                    return IntervalBiFunction.ofIntervalFunction(waits);
                }
            }
            catch (BeansException ex) {
                // Reported below with the property.
            }
            throw new LiftConfigurationException(this.customBackoff.property, name, accepted);
        }

    }

}
