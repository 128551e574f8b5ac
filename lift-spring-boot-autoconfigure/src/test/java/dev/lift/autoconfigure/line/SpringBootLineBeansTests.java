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

package dev.lift.autoconfigure.line;

import dev.lift.autoconfigure.SpringBootUnderTest;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the line's beans say at start-up: an application without a tracer is told, in its line's
 * terms, that Lift's tracing is off and what sets a tracer up.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringBootLineBeansTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftSpringBootLineAutoConfiguration.class));

    @Test
    void withoutATracerLiftSaysTracingIsOffAndWhatTheLineNeeds(CapturedOutput output) {
        this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
        String setUp = SpringBootUnderTest.isSpringBoot4() ? "spring-boot-micrometer-tracing-opentelemetry"
                : "spring-boot-starter-actuator";
        assertThat(output).contains("Lift's tracing is off").contains(setUp);
    }

    @Test
    void withATracerNothingIsSaid(CapturedOutput output) {
        this.contextRunner.withBean(Tracer.class, () -> Tracer.NOOP)
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).doesNotContain("Lift's tracing is off");
    }

    @Test
    void tracingSwitchedOffSaysNothing(CapturedOutput output) {
        this.contextRunner.withPropertyValues("lift.tracing.enabled=false")
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).doesNotContain("Lift's tracing is off");
    }

    @Test
    void adapterNamesKeepTheComponentNames() {
        assertThat(SpringBootLineBeans.adapterName("liftBulkheadsHealthIndicator"))
            .isEqualTo("liftBulkheadsHealthContributor");
        assertThat(SpringBootLineBeans.adapterName("liftChecksHealthContributor")).isEqualTo("liftChecksHealthContributor");
        assertThat(SpringBootLineBeans.adapterName("custom")).isEqualTo("customHealthContributor");
    }

}
