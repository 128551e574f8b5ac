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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.lift.context.LiftMdcKeys;
import dev.lift.lambda.LambdaEnvironment;
import org.apache.logging.log4j.core.LogEvent;

import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Lift's JSON log format for Spring Boot's structured logging with Log4j2: the same fields, names
 * and escaping as {@link LiftStructuredLogFormatter}, the Logback format, read from Log4j2's events.
 * The invocation fields come from Log4j2's context data, which holds the SLF4J MDC when SLF4J goes
 * to Log4j2 ({@code log4j-slf4j2-impl}, as in {@code spring-boot-starter-log4j2}).
 *
 * <p>Lift makes it the default on Lambda when Log4j2 is the logging system; select it by hand with
 * {@code logging.structured.format.console=dev.lift.autoconfigure.logging.LiftLog4j2StructuredLogFormatter}.
 * Like the Logback format it writes its fields as the pairs of one unnamed member, the part of Boot's
 * {@code JsonWriter} API that is the same in Spring Boot 3 and 4.
 */
public class LiftLog4j2StructuredLogFormatter extends JsonWriterStructuredLogFormatter<LogEvent> {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    /**
     * Creates the formatter; Spring Boot's structured logging supplies the arguments.
     * @param environment the environment (function name, service name)
     * @param stackTracePrinter the printer configured by {@code logging.structured.json.stacktrace.*}, or
     *     {@code null}
     * @param customizer customizations from {@code logging.structured.json.*}
     */
    public LiftLog4j2StructuredLogFormatter(Environment environment, StackTracePrinter stackTracePrinter,
            StructuredLoggingJsonMembersCustomizer<?> customizer) {
        super((members) -> members.add().usingPairs(new Fields(environment, stackTracePrinter)::write), customizer);
    }

    /** Writes a line's fields as name/value pairs. */
    private static final class Fields {

        private final Map<String, Object> constants = new LinkedHashMap<>();

        private final StackTracePrinter stackTracePrinter;

        Fields(Environment environment, StackTracePrinter stackTracePrinter) {
            this.stackTracePrinter = stackTracePrinter;
            putConstant("function_name", environment.getProperty(LambdaEnvironment.FUNCTION_NAME));
            putConstant("function_version", environment.getProperty(LambdaEnvironment.FUNCTION_VERSION));
            Integer memory = environment.getProperty(LambdaEnvironment.FUNCTION_MEMORY_SIZE, Integer.class);
            if (memory != null) {
                this.constants.put("function_memory_size", memory);
            }
            putConstant("service", environment.getProperty("spring.application.name"));
            Double sampleRate = environment.getProperty("lift.logging.sample-rate", Double.class);
            if (sampleRate != null && sampleRate > 0) {
                this.constants.put("sampling_rate", sampleRate);
            }
        }

        private void putConstant(String name, String value) {
            if (value != null && !value.isEmpty()) {
                this.constants.put(name, value);
            }
        }

        void write(LogEvent event, BiConsumer<String, Object> pairs) {
            pairs.accept("timestamp", TIMESTAMP.format(Instant.ofEpochSecond(event.getInstant().getEpochSecond(),
                    event.getInstant().getNanoOfSecond())));
            pairs.accept("level", event.getLevel().name());
            pairs.accept("logger", event.getLoggerName());
            pairs.accept("thread", event.getThreadName());
            pairs.accept("message", event.getMessage().getFormattedMessage());
            Throwable thrown = event.getThrown();
            if (thrown != null) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("name", thrown.getClass().getName());
                if (thrown.getMessage() != null) {
                    error.put("message", thrown.getMessage());
                }
                error.put("stack", stack(thrown, this.stackTracePrinter));
                pairs.accept("error", error);
            }
            this.constants.forEach(pairs);
            Map<String, String> context = event.getContextData().toMap();
            acceptNotNull(pairs, LiftMdcKeys.REQUEST_ID, context.get(LiftMdcKeys.REQUEST_ID));
            String coldStart = context.get(LiftMdcKeys.COLD_START);
            if (coldStart != null) {
                pairs.accept(LiftMdcKeys.COLD_START, Boolean.parseBoolean(coldStart));
            }
            acceptNotNull(pairs, LiftMdcKeys.TRACE_ID, LiftStructuredLogFormatter.traceId(context));
            acceptNotNull(pairs, LiftMdcKeys.TENANT_ID, context.get(LiftMdcKeys.TENANT_ID));
            acceptNotNull(pairs, LiftMdcKeys.OPERATION, context.get(LiftMdcKeys.OPERATION));
            context.forEach((key, value) -> {
                if (key != null && !LiftStructuredLogFormatter.FIELDS.contains(key)) {
                    pairs.accept(key, value);
                }
            });
        }

        private static void acceptNotNull(BiConsumer<String, Object> pairs, String name, Object value) {
            if (value != null) {
                pairs.accept(name, value);
            }
        }

        private static String stack(Throwable thrown, StackTracePrinter printer) {
            if (printer != null) {
                return printer.printStackTraceToString(thrown);
            }
            StringWriter stack = new StringWriter();
            thrown.printStackTrace(new PrintWriter(stack));
            return stack.toString();
        }

    }

}
