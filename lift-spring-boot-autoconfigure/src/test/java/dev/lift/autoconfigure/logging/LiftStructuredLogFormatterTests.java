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

import java.util.ArrayList;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.context.LiftMdcKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LiftStructuredLogFormatterTests {

    private static final String HOSTILE = "acme\",\"level\":\"ERROR\"}\r\n{\"forged\":\"yes\u0000\u001b[31m\u2028\\";

    private final LoggerContext loggerContext = new LoggerContext();

    private final ThrowableProxyConverter converter = new ThrowableProxyConverter();

    private LiftStructuredLogFormatter formatter;

    @BeforeEach
    void setUp() {
        this.converter.setContext(this.loggerContext);
        this.converter.start();
        MockEnvironment environment = new MockEnvironment().withProperty("AWS_LAMBDA_FUNCTION_NAME", "orders-fn")
            .withProperty("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
            .withProperty("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
            .withProperty("spring.application.name", "shop");
        this.formatter = new LiftStructuredLogFormatter(environment, null, this.converter, (members) -> {
        });
    }

    @Test
    void writesPowertoolsFieldsInsideAnInvocation() throws Exception {
        LoggingEvent event = event("Order placed", Map.of(LiftMdcKeys.REQUEST_ID, "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                LiftMdcKeys.COLD_START, "true", LiftMdcKeys.TRACE_ID,
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", LiftMdcKeys.TENANT_ID,
                "acme", LiftMdcKeys.OPERATION, "placeOrder", "order_id", "o-42"));

        JsonNode line = format(event);

        assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("dev.lift.Orders");
        assertThat(line.get("thread").asText()).isEqualTo("main");
        assertThat(line.get("message").asText()).isEqualTo("Order placed");
        assertThat(line.get("function_name").asText()).isEqualTo("orders-fn");
        assertThat(line.get("function_version").asText()).isEqualTo("$LATEST");
        assertThat(line.get("function_memory_size").asInt()).isEqualTo(512);
        assertThat(line.get("service").asText()).isEqualTo("shop");
        assertThat(line.get("function_request_id").asText()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        assertThat(line.get("cold_start").isBoolean()).isTrue();
        assertThat(line.get("cold_start").asBoolean()).isTrue();
        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.get("tenant_id").asText()).isEqualTo("acme");
        assertThat(line.get("operation").asText()).isEqualTo("placeOrder");
        assertThat(line.get("order_id").asText()).isEqualTo("o-42");
    }

    @Test
    void theTraceIsWrittenOnceInXRaysForm() throws Exception {
        JsonNode line = format(event("Order placed",
                Map.of(LiftMdcKeys.TRACE_ID, "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
                        "traceId", "5759e988bd862e3fe1be46a994272793", "spanId", "53995c3f42cd8ad8")));

        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.has("traceId")).isFalse();
        assertThat(line.get("spanId").asText()).isEqualTo("53995c3f42cd8ad8");
    }

    @Test
    void withoutAnXRayHeaderTheTracingTraceIdIsWrittenInXRaysForm() throws Exception {
        JsonNode line = format(event("Order placed",
                Map.of("traceId", "6b0d3a821c67ee4561818d5c6907a403", "spanId", "be26b135963283bf")));

        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-6b0d3a82-1c67ee4561818d5c6907a403");
        assertThat(line.has("traceId")).isFalse();
    }

    @Test
    void outsideAnInvocationHasNoInvocationFields() throws Exception {
        JsonNode line = format(event("Started", Map.of()));

        assertThat(line.has("function_request_id")).isFalse();
        assertThat(line.has("tenant_id")).isFalse();
        assertThat(line.has("cold_start")).isFalse();
        assertThat(line.get("function_name").asText()).isEqualTo("orders-fn");
    }

    @Test
    void exceptionBecomesAnErrorObject() throws Exception {
        LoggingEvent event = event("Failed", Map.of());
        event.setThrowableProxy(new ThrowableProxy(new IllegalStateException("no stock")));

        JsonNode error = format(event).get("error");

        assertThat(error.get("name").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("message").asText()).isEqualTo("no stock");
        assertThat(error.get("stack").asText()).contains("LiftStructuredLogFormatterTests");
    }

    @Test
    void hostileValuesCannotBreakTheLineOrForgeAField() throws Exception {
        LoggingEvent event = event(HOSTILE, Map.of(LiftMdcKeys.TENANT_ID, HOSTILE, "note", HOSTILE, "level", "FORGED",
                "timestamp", "FORGED", HOSTILE, "key"));
        event.addKeyValuePair(new KeyValuePair("message", "FORGED"));
        event.addKeyValuePair(new KeyValuePair("reason", HOSTILE));
        event.setThrowableProxy(new ThrowableProxy(new IllegalArgumentException(HOSTILE)));

        String text = this.formatter.format(event);

        assertThat(text).endsWith("\n");
        String line = text.substring(0, text.length() - 1);
        // Every C0 control character is escaped; U+2028 stays as valid JSON (CloudWatch splits lines on LF only).
        assertThat(line).doesNotContain("\n", "\r", "\u0000", "\u001b");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("message").asText()).isEqualTo(HOSTILE);
        assertThat(json.get("tenant_id").asText()).isEqualTo(HOSTILE);
        assertThat(json.get("note").asText()).isEqualTo(HOSTILE);
        assertThat(json.get("reason").asText()).isEqualTo(HOSTILE);
        assertThat(json.get(HOSTILE).asText()).isEqualTo("key");
        assertThat(json.get("error").get("message").asText()).isEqualTo(HOSTILE);
        assertThat(json.has("forged")).isFalse();
        assertThat(json.get("timestamp").asText()).isNotEqualTo("FORGED");
        assertThat(countOccurrences(line, "\"level\":")).isEqualTo(1);
        assertThat(countOccurrences(line, "\"message\":")).isEqualTo(2);
    }

    private JsonNode format(LoggingEvent event) throws Exception {
        String text = this.formatter.format(event);
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        return new ObjectMapper().readTree(text);
    }

    private LoggingEvent event(String message, Map<String, String> mdc) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerName("dev.lift.Orders");
        event.setLevel(Level.INFO);
        event.setMessage(message);
        event.setThreadName("main");
        event.setTimeStamp(1_796_000_000_123L);
        event.setMDCPropertyMap(mdc);
        event.setKeyValuePairs(new ArrayList<>());
        return event;
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

}
