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
import java.util.function.Function;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.resilience.PatternOverrides.Layer;
import dev.lift.autoconfigure.resilience.PatternOverrides.Setting;
import dev.lift.autoconfigure.resilience.PatternSettings;
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

    private final PatternOverrides<RetrySettings> overrides;

    private final RetryRegistry registry;

    private final BeanFactory beanFactory;

    private final RetryBudget.Settings budget;

    private final Function<InstanceKey, RetryPolicy> resolved;

    RetryPolicies(PatternOverrides<RetrySettings> overrides, RetryRegistry registry, BeanFactory beanFactory,
            RetryBudget.Settings budget) {
        this.overrides = overrides;
        this.registry = registry;
        this.beanFactory = beanFactory;
        this.budget = budget;
        this.resolved = overrides.resolveEach(this::resolve);
    }

    @Override
    public RetryPolicy apply(InstanceKey key) {
        return this.resolved.apply(key);
    }

    private RetryPolicy resolve(InstanceKey key) {
        RetryConfig.Builder<Object> builder = RetryConfig.from(baseConfig(key));
        for (Layer<RetrySettings> layer : this.overrides.layers(key)) {
            check(layer);
            RetrySettings settings = layer.settings();
            if (settings.getMaxAttempts() != null) {
                builder.maxAttempts(settings.getMaxAttempts());
            }
            if (settings.getRetryExceptions() != null) {
                builder.retryExceptions(toArray(settings.getRetryExceptions()));
            }
            if (settings.getIgnoreExceptions() != null) {
                builder.ignoreExceptions(toArray(settings.getIgnoreExceptions()));
            }
        }
        backoff(key, builder);
        Setting<List<String>> retryStatuses = setting(key, "retry-statuses", RetrySettings::getRetryStatuses);
        Setting<List<String>> ignoreStatuses = setting(key, "ignore-statuses", RetrySettings::getIgnoreStatuses);
        StatusCodes statuses = StatusCodes.parse(retryStatuses.property(), retryStatuses.orElse(List.of()))
            .excluding(StatusCodes.parse(ignoreStatuses.property(), ignoreStatuses.orElse(List.of())));
        return new RetryPolicy(builder.build(), statuses, this.budget);
    }

    private static void check(Layer<RetrySettings> layer) {
        RetrySettings settings = layer.settings();
        PropertyConstraints.atLeast(layer.property("max-attempts"), settings.getMaxAttempts(), 1);
        PropertyConstraints.atLeast(layer.property("initial-delay"), settings.getInitialDelay(), Duration.ofMillis(1));
        PropertyConstraints.atLeast(layer.property("max-delay"), settings.getMaxDelay(), Duration.ofMillis(1));
        PropertyConstraints.fraction(layer.property("jitter"), settings.getJitter());
        PropertyConstraints.require(settings.getMultiplier() == null || settings.getMultiplier() >= 1,
                layer.property("multiplier"), settings.getMultiplier(), "a number of 1 or more");
    }

    /** The waits: resilience4j's (or the base configuration's) unless a layer sets one of them. */
    private void backoff(InstanceKey key, RetryConfig.Builder<Object> builder) {
        Setting<BackoffStrategy> strategy = setting(key, "strategy", RetrySettings::getStrategy);
        Setting<Duration> initialDelay = setting(key, "initial-delay", RetrySettings::getInitialDelay);
        Setting<Duration> maxDelay = setting(key, "max-delay", RetrySettings::getMaxDelay);
        Setting<Double> multiplier = setting(key, "multiplier", RetrySettings::getMultiplier);
        Setting<Double> jitter = setting(key, "jitter", RetrySettings::getJitter);
        Setting<String> customBackoff = setting(key, "custom-backoff", RetrySettings::getCustomBackoff);
        if (strategy.value() == null && initialDelay.value() == null && maxDelay.value() == null
                && multiplier.value() == null && jitter.value() == null && customBackoff.value() == null) {
            return;
        }
        BackoffStrategy chosen = strategy
            .orElse((customBackoff.value() != null) ? BackoffStrategy.CUSTOM : BackoffStrategy.FIXED);
        if (chosen == BackoffStrategy.CUSTOM) {
            builder.intervalBiFunction(custom(customBackoff));
            return;
        }
        Duration initial = initialDelay.orElse(Duration.ofMillis(500));
        Duration max = maxDelay.orElse(Duration.ofSeconds(30));
        PropertyConstraints.require(max.compareTo(initial) >= 0, maxDelay.property(), max,
                "a duration no shorter than initial-delay (" + initial + ")");
        builder.intervalFunction(RetryBackoff.of(chosen, initial, multiplier.orElse(1.5), max, jitter.orElse(0.0)));
    }

    @SuppressWarnings("unchecked")
    private IntervalBiFunction<Object> custom(Setting<String> name) {
        String accepted = "the name of an IntervalFunction or IntervalBiFunction bean (strategy custom)";
        PropertyConstraints.require(name.value() != null, name.property(), null, accepted);
        try {
            Object bean = this.beanFactory.getBean(name.value());
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
        throw new LiftConfigurationException(name.property(), name.value(), accepted);
    }

    private <T> Setting<T> setting(InstanceKey key, String name, Function<RetrySettings, T> value) {
        return this.overrides.setting(key, name, value);
    }

    private RetryConfig baseConfig(InstanceKey key) {
        Setting<String> name = setting(key, "base-config", PatternSettings::getBaseConfig);
        if (name.value() == null) {
            return this.registry.getDefaultConfig();
        }
        return this.registry.getConfiguration(name.value())
            .orElseThrow(() -> new LiftConfigurationException(name.property(), name.value(),
                    "the name of a configuration under resilience4j.retry.configs"));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable>[] toArray(List<Class<? extends Throwable>> classes) {
        return classes.toArray(new Class[0]);
    }

}
