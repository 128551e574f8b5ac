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

/**
 * What every resilience pattern's settings have, at the top level ({@code lift.<pattern>.*}) and in
 * each override ({@code lift.<pattern>.operations.<name>.*}, {@code lift.<pattern>.tenants.<id>.*}).
 * Unset values ("null") fall through to the layer below: tenant override, operation override,
 * top level, preset, resilience4j base configuration.
 */
public abstract class PatternSettings {

    /**
     * Name of the resilience4j configuration ("resilience4j.<pattern>.configs.<name>") the
     * instances start from, before the preset and Lift's settings apply. Unset: resilience4j's
     * "default" configuration.
     */
    private String baseConfig;

    public String getBaseConfig() {
        return this.baseConfig;
    }

    public void setBaseConfig(String baseConfig) {
        this.baseConfig = baseConfig;
    }

}
