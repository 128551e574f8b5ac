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

package dev.lift.autoconfigure.resilience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

/**
 * How every pattern with per-tenant or per-operation settings combines them for an instance: the
 * preset ({@code lift.<pattern>.preset}), the top level ({@code lift.<pattern>.*}), the operation's
 * override ({@code operations.<name>.*}) and the tenant's override ({@code tenants.<id>.*}), each
 * value taken from the highest layer that sets it. A tenant or operation with an override gets an
 * instance of its own whatever the scope (see {@link InstanceKeys}). Every combination of overrides
 * is resolved at start-up ({@link #resolveEach}), so a bad value fails start-up and calls only look
 * the result up. docs/configuration.md describes the model for users.
 *
 * @param <S> the pattern's settings type: the type of its overrides, every value {@code null} when unset
 */
public final class PatternOverrides<S> {

    private final String prefix;

    private final List<Layer<S>> belowOverrides;

    private final Map<String, S> operations;

    private final Map<String, S> tenants;

    /**
     * @param prefix the properties prefix, e.g. {@code lift.circuit-breaker}
     * @param preset the preset, or {@code null} for none
     * @param topLevel the top-level settings
     * @param operations overrides by operation
     * @param tenants overrides by tenant
     */
    public PatternOverrides(String prefix, PatternPreset<? extends S> preset, S topLevel,
            Map<String, ? extends S> operations, Map<String, ? extends S> tenants) {
        this(prefix, preset, topLevel, Map.of(), operations, tenants);
    }

    /**
     * @param prefix the properties prefix, e.g. {@code lift.timeout}
     * @param preset the preset, or {@code null} for none
     * @param topLevel the top-level settings
     * @param topLevelNames the top-level names of settings named otherwise in the overrides, e.g.
     * {@code timeout} is {@code default-timeout} at the top level
     * @param operations overrides by operation
     * @param tenants overrides by tenant
     */
    public PatternOverrides(String prefix, PatternPreset<? extends S> preset, S topLevel,
            Map<String, String> topLevelNames, Map<String, ? extends S> operations, Map<String, ? extends S> tenants) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        List<Layer<S>> layers = new ArrayList<>(2);
        if (preset != null) {
            layers.add(new Layer<>(preset.settings(), prefix + ".preset", Map.of()));
        }
        layers.add(new Layer<>(Objects.requireNonNull(topLevel, "topLevel"), prefix, Map.copyOf(topLevelNames)));
        this.belowOverrides = List.copyOf(layers);
        this.operations = Map.copyOf(operations);
        this.tenants = Map.copyOf(tenants);
    }

    /**
     * @param scope the pattern's scope
     * @return the keys calls map to, overrides included
     */
    public InstanceKeys keys(InstanceScope scope) {
        return new InstanceKeys(scope, this.tenants.keySet(), this.operations.keySet());
    }

    /**
     * The layers that apply to an instance, lowest first.
     * @param key the instance's key
     * @return the layers
     */
    public List<Layer<S>> layers(InstanceKey key) {
        List<Layer<S>> layers = new ArrayList<>(this.belowOverrides);
        S operation = (key.operation() != null) ? this.operations.get(key.operation()) : null;
        if (operation != null) {
            layers.add(new Layer<>(operation, this.prefix + ".operations." + key.operation(), Map.of()));
        }
        S tenant = (key.tenant() != null) ? this.tenants.get(key.tenant()) : null;
        if (tenant != null) {
            layers.add(new Layer<>(tenant, this.prefix + ".tenants." + key.tenant(), Map.of()));
        }
        return layers;
    }

    /**
     * One value for an instance: from the highest layer that sets it, with the property it was set by.
     * @param key the instance's key
     * @param name the setting's name in an override, e.g. {@code max-wait}
     * @param value reads the setting from one layer, {@code null} when unset there
     * @param <T> the value's type
     * @return the value ({@code null} when no layer sets it) and its property
     */
    public <T> Setting<T> setting(InstanceKey key, String name, Function<? super S, T> value) {
        Setting<T> setting = new Setting<>(null, this.prefix + "." + name);
        for (Layer<S> layer : layers(key)) {
            T set = value.apply(layer.settings());
            if (set != null) {
                setting = new Setting<>(set, layer.property(name));
            }
        }
        return setting;
    }

    /**
     * Resolves what each combination of overrides gives, now: instances with the same overrides share
     * one result however many tenants there are, and a bad value fails start-up rather than the first
     * call that needs it.
     * @param resolve what an instance's settings give, e.g. a resilience4j configuration
     * @param <T> the result's type
     * @return the result for any key, looked up
     */
    public <T> Function<InstanceKey, T> resolveEach(Function<InstanceKey, T> resolve) {
        if (this.operations.isEmpty() && this.tenants.isEmpty()) {
            T everyKey = resolve.apply(InstanceKey.GLOBAL);
            return (key) -> everyKey;
        }
        Map<OverrideNames, T> resolved = new HashMap<>();
        for (InstanceKey key : keysToCheck()) {
            resolved.put(overrideNames(key), resolve.apply(key));
        }
        return (key) -> resolved.get(overrideNames(key));
    }

    /**
     * Every layer configured, each once, for checks that do not depend on the other layers.
     * @return the layers
     */
    public List<Layer<S>> allLayers() {
        List<Layer<S>> layers = new ArrayList<>(this.belowOverrides);
        this.operations.forEach((operation, settings) -> layers
            .add(new Layer<>(settings, this.prefix + ".operations." + operation, Map.of())));
        this.tenants.forEach(
                (tenant, settings) -> layers.add(new Layer<>(settings, this.prefix + ".tenants." + tenant, Map.of())));
        return layers;
    }

    private OverrideNames overrideNames(InstanceKey key) {
        String operation = (key.operation() != null && this.operations.containsKey(key.operation())) ? key.operation()
                : null;
        String tenant = (key.tenant() != null && this.tenants.containsKey(key.tenant())) ? key.tenant() : null;
        return new OverrideNames(operation, tenant);
    }

    /** One key per combination of overrides. */
    private List<InstanceKey> keysToCheck() {
        List<InstanceKey> keys = new ArrayList<>();
        keys.add(InstanceKey.GLOBAL);
        this.operations.keySet().forEach((operation) -> keys.add(new InstanceKey(null, operation)));
        this.tenants.keySet().forEach((tenant) -> {
            keys.add(new InstanceKey(tenant, null));
            this.operations.keySet().forEach((operation) -> keys.add(new InstanceKey(tenant, operation)));
        });
        return keys;
    }

    /**
     * One layer of settings.
     *
     * @param settings the settings
     * @param property where they come from, e.g. {@code lift.retry.tenants.acme}
     * @param names the layer's names of settings named otherwise in the overrides
     * @param <S> the settings type
     */
    public record Layer<S>(S settings, String property, Map<String, String> names) {

        /**
         * @param name a setting's name in an override, e.g. {@code failure-rate-threshold}
         * @return its full property name in this layer
         */
        public String property(String name) {
            return this.property + "." + this.names.getOrDefault(name, name);
        }

    }

    /**
     * A value and the property that set it.
     *
     * @param value the value, {@code null} when no layer sets it
     * @param property the property, for error messages
     * @param <T> the value's type
     */
    public record Setting<T>(T value, String property) {

        /**
         * @param fallback the value when no layer sets one
         * @return the value, or the fallback
         */
        public T orElse(T fallback) {
            return (this.value != null) ? this.value : fallback;
        }

    }

    private record OverrideNames(String operation, String tenant) {
    }

}
