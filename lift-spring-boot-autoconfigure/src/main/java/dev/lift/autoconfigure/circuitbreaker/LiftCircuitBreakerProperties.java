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

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.lift.autoconfigure.resilience.PatternPreset;
import dev.lift.instances.InstanceScope;

/**
 * Configuration of Lift's circuit breaker ("lift.circuit-breaker.*"). The settings inherited
 * from {@link CircuitBreakerSettings} apply to every breaker; {@code operations.<name>} and
 * {@code tenants.<id>} override them for one operation or tenant.
 */
@ConfigurationProperties("lift.circuit-breaker")
public class LiftCircuitBreakerProperties extends CircuitBreakerSettings {

    /**
     * Whether calls run through a circuit breaker.
     */
    private boolean enabled;

    /**
     * What to keep one breaker per: global, tenant, operation or tenant-operation. Unset: the
     * preset's scope, or global without a preset.
     */
    private InstanceScope scope;

    /**
     * Ready-made settings to start from: basic, tenant, operation or advanced. Unset: resilience4j's
     * defaults (or the base configuration).
     */
    private CircuitBreakerPreset preset;

    /**
     * Settings for one operation (function), by operation name. The operation gets its own breaker.
     */
    private final Map<String, CircuitBreakerSettings> operations = new LinkedHashMap<>();

    /**
     * Settings for one tenant, by tenant id. The tenant gets its own breaker.
     */
    private final Map<String, CircuitBreakerSettings> tenants = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public InstanceScope getScope() {
        return this.scope;
    }

    public void setScope(InstanceScope scope) {
        this.scope = scope;
    }

    public CircuitBreakerPreset getPreset() {
        return this.preset;
    }

    public void setPreset(CircuitBreakerPreset preset) {
        this.preset = preset;
    }

    public Map<String, CircuitBreakerSettings> getOperations() {
        return this.operations;
    }

    public Map<String, CircuitBreakerSettings> getTenants() {
        return this.tenants;
    }

    /** @return the scope in effect: the one set, else the preset's, else global */
    public InstanceScope effectiveScope() {
        return PatternPreset.scope(this.scope, this.preset, InstanceScope.GLOBAL);
    }

}
