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

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lift.context.LiftMdcKeys;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lift's Log4j2 format writes what the Logback format writes for the same event: each case formats
 * one event with both and compares the lines.
 */
class LiftLog4j2StructuredLogFormatterTests {

    private static final String HOSTILE = "acme\",\"level\":\"ERROR\"}\r\n{\"forged\":\"yes\u0000\u001b[31m\u2028\\";

    private static final long TIME = 1_796_000_000_123L;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiftStructuredLogFormatter logback;

    private LiftLog4j2StructuredLogFormatter log4j2;

    @BeforeEach
    void setUp() {
        ThrowableProxyConverter converter = new ThrowableProxyConverter();
        converter.setContext(new LoggerContext());
        converter.start();
        MockEnvironment environment = new MockEnvironment().withProperty("AWS_LAMBDA_FUNCTION_NAME", "orders-fn")
            .withProperty("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
            .withProperty("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
            .withProperty("spring.application.name", "shop")
            .withProperty("lift.logging.sample-rate", "0.1");
        this.logback = new LiftStructuredLogFormatter(environment, null, converter, (members) -> {
        });
        this.log4j2 = new LiftLog4j2StructuredLogFormatter(environment, null, (members) -> {
        });
    }

    @Test
    void insideAnInvocationTheLinesAreTheSame() throws Exception {
        Map<String, String> mdc = Map.of(LiftMdcKeys.REQUEST_ID, "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                LiftMdcKeys.COLD_START, "true", LiftMdcKeys.TRACE_ID,
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", LiftMdcKeys.TENANT_ID,
                "acme", LiftMdcKeys.OPERATION, "placeOrder", "order_id", "o-42");

        JsonNode line = sameLine("Order placed", mdc, null);

        assertThat(line.get("timestamp").asText()).isEqualTo("2026-11-30T00:53:20.123Z");
        assertThat(line.get("cold_start").isBoolean()).isTrue();
        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.get("tenant_id").asText()).isEqualTo("acme");
        assertThat(line.get("order_id").asText()).isEqualTo("o-42");
        assertThat(line.get("sampling_rate").asDouble()).isEqualTo(0.1);
    }

    @Test
    void micrometerTracingsTraceIsTheXRayTraceIdAsWithLogback() throws Exception {
        JsonNode line = sameLine("Traced", Map.of("traceId", "5759e988bd862e3fe1be46a994272793", "spanId",
                "53995c3f42cd8ad8"), null);

        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.has("traceId")).isFalse();
        assertThat(line.get("spanId").asText()).isEqualTo("53995c3f42cd8ad8");
    }

    @Test
    void outsideAnInvocationTheLinesAreTheSame() throws Exception {
        JsonNode line = sameLine("Started", Map.of(), null);

        assertThat(line.has("function_request_id")).isFalse();
        assertThat(line.get("function_name").asText()).isEqualTo("orders-fn");
    }

    @Test
    void anExceptionIsTheSameErrorObject() throws Exception {
        JsonNode line = sameLine("Failed", Map.of(), new IllegalStateException("no stock"));

        assertThat(line.at("/error/name").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(line.at("/error/message").asText()).isEqualTo("no stock");
    }

    @Test
    void hostileValuesCannotBreakTheLineOrForgeAField() throws Exception {
        Map<String, String> mdc = Map.of(LiftMdcKeys.TENANT_ID, HOSTILE, "note", HOSTILE, "level", "FORGED",
                "timestamp", "FORGED", HOSTILE, "key");

        JsonNode line = sameLine(HOSTILE, mdc, new IllegalArgumentException(HOSTILE));

        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("message").asText()).isEqualTo(HOSTILE);
        assertThat(line.get("tenant_id").asText()).isEqualTo(HOSTILE);
        assertThat(line.get(HOSTILE).asText()).isEqualTo("key");
        assertThat(line.has("forged")).isFalse();
        assertThat(line.get("timestamp").asText()).isNotEqualTo("FORGED");
    }

    /**
     * Formats the event with both formats and checks that each is one line and that they hold the
     * same fields and values (stack traces aside: each logging system prints its own).
     */
    private JsonNode sameLine(String message, Map<String, String> mdc, Throwable thrown) throws Exception {
        LoggingEvent logbackEvent = new LoggingEvent();
        logbackEvent.setLoggerName("dev.lift.Orders");
        logbackEvent.setLevel(ch.qos.logback.classic.Level.INFO);
        logbackEvent.setMessage(message);
        logbackEvent.setThreadName("main");
        logbackEvent.setTimeStamp(TIME);
        logbackEvent.setMDCPropertyMap(mdc);
        logbackEvent.setKeyValuePairs(new ArrayList<>());
        if (thrown != null) {
            logbackEvent.setThrowableProxy(new ThrowableProxy(thrown));
        }
        LogEvent log4j2Event = Log4jLogEvent.newBuilder()
            .setLoggerName("dev.lift.Orders")
            .setLevel(Level.INFO)
            .setMessage(new SimpleMessage(message))
            .setThreadName("main")
            .setTimeMillis(TIME)
            .setContextData(new SortedArrayStringMap(mdc))
            .setThrown(thrown)
            .build();
        JsonNode fromLogback = line(this.logback.format(logbackEvent));
        JsonNode fromLog4j2 = line(this.log4j2.format(log4j2Event));
        if (thrown != null) {
            assertThat(fromLog4j2.at("/error/stack").asText()).contains(thrown.getClass().getName())
                .contains("LiftLog4j2StructuredLogFormatterTests");
            ((ObjectNode) fromLogback.get("error")).remove("stack");
            ((ObjectNode) fromLog4j2.get("error")).remove("stack");
        }
        assertThat(fromLog4j2).isEqualTo(fromLogback);
        return fromLog4j2;
    }

    private static JsonNode line(String text) throws Exception {
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        assertThat(text).doesNotContain("\r", "\u0000", "\u001b");
        return JSON.readTree(text);
    }

}
