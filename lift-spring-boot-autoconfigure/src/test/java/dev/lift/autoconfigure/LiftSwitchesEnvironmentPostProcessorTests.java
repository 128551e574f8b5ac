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

import dev.lift.error.LiftConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftSwitchesEnvironmentPostProcessorTests {

    @Test
    void isRegisteredWithSpringBoot() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, null))
            .contains(LiftSwitchesEnvironmentPostProcessor.class.getName());
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseStopsTheApplication() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatExceptionOfType(LiftConfigurationException.class)
            .isThrownBy(() -> application.run("--lift.circuit-breaker.enabled=yes").close())
            .withMessageContaining("lift.circuit-breaker.enabled")
            .withMessageContaining("true or false");
    }

    @Test
    void trueAndFalseInAnyCaseStartAndAMetricDimensionNamedEnabledIsNoSwitch() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run("--lift.enabled=TRUE", "--lift.retry.enabled=False",
                "--lift.metrics.dimensions.enabled=yes-a-dimension-value").close();
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {

    }

}
