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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.context.LiftMdcKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.log4j2.Log4J2LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An application whose logging system is Log4j2 (Logback absent, SLF4J going to Log4j2) writes Lift's
 * JSON lines. Run by the surefire execution {@code log4j2-logging-system}, on that class path.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiftLog4j2LoggingSystemTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void liftsJsonFormatIsTheDefaultWithLog4j2(CapturedOutput output) throws Exception {
        // On the default test class path (Logback), e.g. when picked by -Dtest, there is nothing to check.
        assumeTrue(Boolean.getBoolean("lift.test.log4j2-class-path"), "runs on the Log4j2 class path only");
        assertThat(LoggingSystem.get(getClass().getClassLoader())).isInstanceOf(Log4J2LoggingSystem.class);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
            .web(WebApplicationType.NONE)
            .properties("lift.logging.structured=true", "spring.application.name=shop")
            .run()) {
            assertThat(context.getEnvironment().getProperty("logging.structured.format.console"))
                .isEqualTo(LiftLog4j2StructuredLogFormatter.class.getName());
            Logger logger = LoggerFactory.getLogger("com.example.Orders");
            MDC.put(LiftMdcKeys.TENANT_ID, "acme");
            MDC.put(LiftMdcKeys.OPERATION, "placeOrder");
            MDC.put("order_id", "o-42");
            try {
                logger.info("Order placed for {} items", 3);
                logger.error("Order failed", new IllegalStateException("no stock"));
            }
            finally {
                MDC.clear();
            }
        }
        List<JsonNode> lines = output.getOut().lines()
            .filter((line) -> line.startsWith("{"))
            .map(LiftLog4j2LoggingSystemTests::json)
            .filter((line) -> line.path("logger").asText().equals("com.example.Orders"))
            .toList();
        assertThat(lines).hasSize(2);
        JsonNode placed = lines.get(0);
        assertThat(placed.get("level").asText()).isEqualTo("INFO");
        assertThat(placed.get("message").asText()).isEqualTo("Order placed for 3 items");
        assertThat(placed.get("service").asText()).isEqualTo("shop");
        assertThat(placed.get("tenant_id").asText()).isEqualTo("acme");
        assertThat(placed.get("operation").asText()).isEqualTo("placeOrder");
        assertThat(placed.get("order_id").asText()).isEqualTo("o-42");
        JsonNode failed = lines.get(1);
        assertThat(failed.at("/error/name").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failed.at("/error/message").asText()).isEqualTo("no stock");
        assertThat(failed.at("/error/stack").asText()).contains("LiftLog4j2LoggingSystemTests");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Not one JSON object: " + line, ex);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {

    }

}
