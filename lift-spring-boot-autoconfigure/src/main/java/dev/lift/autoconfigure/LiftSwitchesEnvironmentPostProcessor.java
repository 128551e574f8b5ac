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

package dev.lift.autoconfigure;


import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Fails start-up on a {@code lift.enabled} or {@code lift.<pattern>.enabled} value other than
 * {@code true} or {@code false}. Those switches are read by auto-configuration conditions, which
 * treat anything but {@code true} as off: without this check {@code lift.bulkhead.enabled=yes} or
 * {@code lift.enabled=ture} would silently switch a pattern, or all of Lift, off.
 */
class LiftSwitchesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final ConfigurationPropertyName LIFT = ConfigurationPropertyName.of("lift");

    /** Free-form string maps, whose keys are the user's: a dimension may well be called "enabled". */
    private static final ConfigurationPropertyName METRIC_DIMENSIONS = ConfigurationPropertyName
        .of("lift.metrics.dimensions");

    /** Right after application.yml and friends are loaded, before anything reads a switch. */
    static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource names) {
                names.stream()
                    .filter(LiftSwitchesEnvironmentPostProcessor::isSwitch)
                    .forEach((name) -> check(source, name));
            }
        }
    }

    private static boolean isSwitch(ConfigurationPropertyName name) {
        return LIFT.isAncestorOf(name) && !METRIC_DIMENSIONS.isAncestorOf(name)
                && "enabled".equals(name.getLastElement(ConfigurationPropertyName.Form.UNIFORM));
    }

    private static void check(ConfigurationPropertySource source, ConfigurationPropertyName name) {
        Object value = source.getConfigurationProperty(name).getValue();
        String text = String.valueOf(value).trim();
        PropertyConstraints.require("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text), name.toString(),
                value, "true or false");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

}
