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
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

/**
 * The settings layers of one pattern and how they combine for an instance: the preset, the top level
 * ({@code lift.<pattern>.*}), the operation's override ({@code operations.<name>.*}) and the
 * tenant's override ({@code tenants.<id>.*}), later layers winning. A tenant or operation with an
 * override gets an instance of its own whatever the scope (see {@link InstanceKeys}).
 *
 * @param <S> the pattern's settings type
 */
public final class PatternOverrides<S extends PatternSettings> {

    private final String prefix;

    private final S preset;

    private final S topLevel;

    private final Map<String, S> operations;

    private final Map<String, S> tenants;

    /**
     * @param prefix the properties prefix, e.g. {@code lift.circuit-breaker}
     * @param preset the preset's settings, or {@code null} for none
     * @param topLevel the top-level settings
     * @param operations overrides by operation
     * @param tenants overrides by tenant
     */
    public PatternOverrides(String prefix, S preset, S topLevel, Map<String, S> operations, Map<String, S> tenants) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.preset = preset;
        this.topLevel = Objects.requireNonNull(topLevel, "topLevel");
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
        List<Layer<S>> layers = new ArrayList<>(4);
        if (this.preset != null) {
            layers.add(new Layer<>(this.preset, this.prefix + ".preset"));
        }
        layers.add(new Layer<>(this.topLevel, this.prefix));
        S operation = (key.operation() != null) ? this.operations.get(key.operation()) : null;
        if (operation != null) {
            layers.add(new Layer<>(operation, this.prefix + ".operations." + key.operation()));
        }
        S tenant = (key.tenant() != null) ? this.tenants.get(key.tenant()) : null;
        if (tenant != null) {
            layers.add(new Layer<>(tenant, this.prefix + ".tenants." + key.tenant()));
        }
        return layers;
    }

    /**
     * Which layers an instance uses, as a small value: instances with the same overrides share one
     * resolved configuration, however many tenants there are.
     * @param key the instance's key
     * @return the override names the key uses
     */
    public OverrideNames overrideNames(InstanceKey key) {
        String operation = (key.operation() != null && this.operations.containsKey(key.operation())) ? key.operation()
                : null;
        String tenant = (key.tenant() != null && this.tenants.containsKey(key.tenant())) ? key.tenant() : null;
        return new OverrideNames(operation, tenant);
    }

    /**
     * One key per combination of overrides, for checking every configuration at start-up.
     * @return the keys
     */
    public List<InstanceKey> keysToCheck() {
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
     * The base configuration an instance starts from: the last layer naming one.
     * @param key the instance's key
     * @return the name, or {@code null} for resilience4j's default
     */
    public String baseConfig(InstanceKey key) {
        String baseConfig = null;
        for (Layer<S> layer : layers(key)) {
            if (layer.settings().getBaseConfig() != null) {
                baseConfig = layer.settings().getBaseConfig();
            }
        }
        return baseConfig;
    }

    /**
     * One layer of settings.
     *
     * @param settings the settings
     * @param property where they come from, for error messages
     * @param <S> the settings type
     */
    public record Layer<S>(S settings, String property) {

        /**
         * @param name a property name inside the layer, e.g. {@code failure-rate-threshold}
         * @return its full name
         */
        public String property(String name) {
            return this.property + "." + name;
        }

    }

    /**
     * The overrides an instance uses.
     *
     * @param operation the operation override's name, or {@code null}
     * @param tenant the tenant override's name, or {@code null}
     */
    public record OverrideNames(String operation, String tenant) {
    }

}
