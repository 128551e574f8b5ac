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

package dev.lift.autoconfigure.lambda;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LambdaEventLoggingEnvironmentPostProcessorTests {

    private static final String LEVEL = "logging.level.org.springframework.cloud.function.adapter.aws";

    private final LambdaEventLoggingEnvironmentPostProcessor postProcessor = new LambdaEventLoggingEnvironmentPostProcessor();

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void eventLoggingIsOffByDefault() {
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getProperty(LEVEL)).isEqualTo("WARN");
    }

    @Test
    void levelSetByTheUserWins() {
        TestPropertyValues.of(LEVEL + "=INFO").applyTo(this.environment);
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getProperty(LEVEL)).isEqualTo("INFO");
    }

    @Test
    void levelSetByTheUserForAParentPackageWins() {
        TestPropertyValues.of("logging.level.org.springframework.cloud=DEBUG").applyTo(this.environment);
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getProperty(LEVEL)).isNull();
    }

    @Test
    void nothingChangesWhenLiftIsDisabled() {
        TestPropertyValues.of("lift.enabled=false").applyTo(this.environment);
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getPropertySources()
            .contains(LambdaEventLoggingEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
    }

}
