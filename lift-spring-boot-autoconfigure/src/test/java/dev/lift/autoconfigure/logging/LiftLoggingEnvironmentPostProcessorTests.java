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

package dev.lift.autoconfigure.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LiftLoggingEnvironmentPostProcessorTests {

    private final LiftLoggingEnvironmentPostProcessor postProcessor = new LiftLoggingEnvironmentPostProcessor();

    @Test
    void onLambdaLiftsFormatIsTheDefault() {
        MockEnvironment environment = new MockEnvironment().withProperty("AWS_LAMBDA_FUNCTION_NAME", "orders-fn");
        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(LiftLoggingEnvironmentPostProcessor.FORMAT_PROPERTY))
            .isEqualTo(LiftStructuredLogFormatter.class.getName());
    }

    @Test
    void theApplicationsOwnFormatWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("AWS_LAMBDA_FUNCTION_NAME", "orders-fn")
            .withProperty(LiftLoggingEnvironmentPostProcessor.FORMAT_PROPERTY, "ecs");
        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(LiftLoggingEnvironmentPostProcessor.FORMAT_PROPERTY)).isEqualTo("ecs");
    }

    @Test
    void outsideLambdaLogsStayPlainUnlessAskedFor() {
        MockEnvironment plain = new MockEnvironment();
        this.postProcessor.postProcessEnvironment(plain, new SpringApplication());
        assertThat(plain.containsProperty(LiftLoggingEnvironmentPostProcessor.FORMAT_PROPERTY)).isFalse();

        MockEnvironment asked = new MockEnvironment().withProperty("lift.logging.structured", "true");
        this.postProcessor.postProcessEnvironment(asked, new SpringApplication());
        assertThat(asked.getProperty(LiftLoggingEnvironmentPostProcessor.FORMAT_PROPERTY))
            .isEqualTo(LiftStructuredLogFormatter.class.getName());
    }

    @Test
    void onLambdaStructuredCanBeTurnedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("AWS_LAMBDA_FUNCTION_NAME", "orders-fn")
            .withProperty("lift.logging.structured", "false");
        this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.containsProperty(LiftLoggingEnvironmentPostProcessor.FORMAT_PROPERTY)).isFalse();
    }

    @Test
    void theFormatFollowsTheLoggingSystem() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(LiftLoggingEnvironmentPostProcessor.format(loader))
            .isEqualTo(LiftStructuredLogFormatter.class.getName());
        assertThat(LiftLoggingEnvironmentPostProcessor.format(new FilteredClassLoader("ch.qos.logback")))
            .isEqualTo(LiftLog4j2StructuredLogFormatter.class.getName());
        assertThat(LiftLoggingEnvironmentPostProcessor
            .format(new FilteredClassLoader("ch.qos.logback", "org.apache.logging.log4j.core"))).isNull();
        System.setProperty("org.springframework.boot.logging.LoggingSystem",
                "org.springframework.boot.logging.log4j2.Log4J2LoggingSystem");
        try {
            assertThat(LiftLoggingEnvironmentPostProcessor.format(loader))
                .isEqualTo(LiftLog4j2StructuredLogFormatter.class.getName());
        }
        finally {
            System.clearProperty("org.springframework.boot.logging.LoggingSystem");
        }
    }

    @Test
    void springBootLogsThroughLiftsFormat(CapturedOutput output) throws Exception {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--lift.logging.structured=true",
                "--spring.application.name=shop", "--spring.main.banner-mode=off")) {
            LiftContextHolder.set(LiftContext.builder("req-7", "orders").tenantId("acme").coldStart(true).build());
            try {
                LoggerFactory.getLogger("test.orders").info("Order \"42\"\nplaced");
            }
            finally {
                LiftContextHolder.clear();
            }
        }
        String line = output.getOut().lines().filter((candidate) -> candidate.contains("req-7")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("Order \"42\"\nplaced");
        assertThat(json.get("function_request_id").asText()).isEqualTo("req-7");
        assertThat(json.get("tenant_id").asText()).isEqualTo("acme");
        assertThat(json.get("cold_start").asBoolean()).isTrue();
        assertThat(json.get("service").asText()).isEqualTo("shop");
        assertThat(json.get("logger").asText()).isEqualTo("test.orders");
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {

    }

}
