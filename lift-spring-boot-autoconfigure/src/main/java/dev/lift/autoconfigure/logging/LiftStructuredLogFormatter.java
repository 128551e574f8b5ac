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

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import dev.lift.context.LiftMdcKeys;
import dev.lift.lambda.LambdaEnvironment;
import dev.lift.logging.InvocationLoggingFilter;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Lift's JSON log format for Spring Boot's structured logging (Logback): one JSON object per line
 * with the field names of Powertools for AWS Lambda (Java), so existing CloudWatch Logs Insights
 * queries keep working.
 *
 * <p>Every line has {@code timestamp}, {@code level}, {@code logger}, {@code thread} and
 * {@code message}, {@code error} ({@code name}, {@code message}, {@code stack}) when an exception is
 * logged, and on Lambda {@code function_name}, {@code function_version}, {@code function_memory_size}
 * and {@code service} ({@code spring.application.name}). Inside an invocation: {@code function_request_id},
 * {@code cold_start}, {@code xray_trace_id}, {@code tenant_id} and {@code operation}. The trace appears
 * once, as {@code xray_trace_id} in X-Ray's form: Micrometer Tracing's {@code traceId} MDC entry, the
 * same trace in OpenTelemetry's spelling, is written there when the invocation carries no X-Ray
 * header, and never as a field of its own ({@code spanId} stays). Then the
 * application's own MDC entries and SLF4J key-value pairs, except those whose name is one of the
 * fields above: a value can never forge or repeat a field.
 *
 * <p>Boot's {@link JsonWriter} escapes every value (quotes, backslashes, CR, LF and all control
 * characters), so no value can break the line. Selected with
 * {@code logging.structured.format.console=dev.lift.autoconfigure.logging.LiftStructuredLogFormatter},
 * which Lift makes the default on Lambda.
 */
public class LiftStructuredLogFormatter extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    /** Micrometer Tracing's MDC entry of the current trace: written as {@code xray_trace_id}. */
    static final String TRACING_TRACE_ID = "traceId";

    /**
     * Fields the format writes itself, and Micrometer Tracing's trace id, which it writes as
     * {@code xray_trace_id}: MDC entries and key-value pairs with these names are dropped.
     */
    static final Set<String> FIELDS = Set.of("timestamp", "level", "logger", "thread", "message", "error",
            "function_name", "function_version", "function_memory_size", "function_arn", "service", "sampling_rate",
            LiftMdcKeys.REQUEST_ID, LiftMdcKeys.COLD_START, LiftMdcKeys.TRACE_ID, LiftMdcKeys.TENANT_ID,
            LiftMdcKeys.OPERATION, InvocationLoggingFilter.DEBUG_SAMPLED, TRACING_TRACE_ID);

    /**
     * Creates the formatter; Spring Boot's structured logging supplies the arguments.
     * @param environment the environment (function name, service name)
     * @param stackTracePrinter the printer configured by {@code logging.structured.json.stacktrace.*}, or
     *     {@code null}
     * @param throwableProxyConverter Logback's stack trace converter, used without a printer
     * @param customizer customizations from {@code logging.structured.json.*}
     */
    public LiftStructuredLogFormatter(Environment environment, StackTracePrinter stackTracePrinter,
            ThrowableProxyConverter throwableProxyConverter, StructuredLoggingJsonMembersCustomizer<?> customizer) {
        super((members) -> members.add()
            .usingPairs(new Fields(environment, stackTracePrinter, throwableProxyConverter)::write), customizer);
    }

    /**
     * Writes a line's fields as name/value pairs of one unnamed member. Only that part of Boot's
     * {@link JsonWriter} API is the same in Spring Boot 3 and 4 to the byte (Boot 4 changed the
     * extractor type of {@code add(name, extractor)} and {@code as}), so the format is compiled once
     * for both lines.
     */
    private static final class Fields {

        private final Map<String, Object> constants = new LinkedHashMap<>();

        private final StackTracePrinter stackTracePrinter;

        private final ThrowableProxyConverter throwableProxyConverter;

        Fields(Environment environment, StackTracePrinter stackTracePrinter,
                ThrowableProxyConverter throwableProxyConverter) {
            this.stackTracePrinter = stackTracePrinter;
            this.throwableProxyConverter = throwableProxyConverter;
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

        void write(ILoggingEvent event, BiConsumer<String, Object> pairs) {
            pairs.accept("timestamp", TIMESTAMP.format(event.getInstant()));
            pairs.accept("level", event.getLevel().toString());
            pairs.accept("logger", event.getLoggerName());
            pairs.accept("thread", event.getThreadName());
            pairs.accept("message", event.getFormattedMessage());
            IThrowableProxy throwable = event.getThrowableProxy();
            if (throwable != null) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("name", throwable.getClassName());
                if (throwable.getMessage() != null) {
                    error.put("message", throwable.getMessage());
                }
                error.put("stack", stack(event, this.stackTracePrinter, this.throwableProxyConverter));
                pairs.accept("error", error);
            }
            this.constants.forEach(pairs);
            Map<String, String> mdc = event.getMDCPropertyMap();
            acceptNotNull(pairs, LiftMdcKeys.REQUEST_ID, mdc.get(LiftMdcKeys.REQUEST_ID));
            String coldStart = mdc.get(LiftMdcKeys.COLD_START);
            if (coldStart != null) {
                pairs.accept(LiftMdcKeys.COLD_START, Boolean.parseBoolean(coldStart));
            }
            acceptNotNull(pairs, LiftMdcKeys.TRACE_ID, traceId(mdc));
            acceptNotNull(pairs, LiftMdcKeys.TENANT_ID, mdc.get(LiftMdcKeys.TENANT_ID));
            acceptNotNull(pairs, LiftMdcKeys.OPERATION, mdc.get(LiftMdcKeys.OPERATION));
            userEntries(mdc, pairs);
            List<KeyValuePair> keyValuePairs = event.getKeyValuePairs();
            if (keyValuePairs != null) {
                keyValuePairs(keyValuePairs, pairs);
            }
        }

        private static void acceptNotNull(BiConsumer<String, Object> pairs, String name, Object value) {
            if (value != null) {
                pairs.accept(name, value);
            }
        }

    }

    private static void userEntries(Map<String, String> mdc, BiConsumer<String, Object> pairs) {
        mdc.forEach((key, value) -> {
            if (key != null && !FIELDS.contains(key)) {
                pairs.accept(key, value);
            }
        });
    }

    private static void keyValuePairs(List<KeyValuePair> keyValuePairs,
            BiConsumer<String, Object> pairs) {
        for (KeyValuePair pair : keyValuePairs) {
            if (pair.key != null && !FIELDS.contains(pair.key)) {
                pairs.accept(pair.key, pair.value);
            }
        }
    }

    /**
     * The trace of a line, once, in X-Ray's form as Powertools logs it
     * ({@code 1-5759e988-bd862e3fe1be46a994272793}): the {@code Root} of the invocation's X-Ray trace
     * header, or else Micrometer Tracing's trace id (32 hex digits, the same id in OpenTelemetry's
     * spelling) in X-Ray's form. One field, so the trace is not billed twice on every line.
     */
    static String traceId(Map<String, String> mdc) {
        String header = mdc.get(LiftMdcKeys.TRACE_ID);
        if (header != null) {
            return traceId(header);
        }
        String traceId = mdc.get(TRACING_TRACE_ID);
        if (traceId == null || traceId.length() != 32) {
            return traceId;
        }
        return "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8);
    }

    /**
     * The X-Ray trace id as Powertools logs it ({@code 1-5759e988-bd862e3fe1be46a994272793}): the
     * {@code Root} of a trace header, or the value itself when it is not a header.
     */
    static String traceId(String traceHeader) {
        int root = traceHeader.indexOf("Root=");
        if (root < 0) {
            return traceHeader;
        }
        int end = traceHeader.indexOf(';', root);
        return traceHeader.substring(root + 5, (end < 0) ? traceHeader.length() : end);
    }

    private static String stack(ILoggingEvent event, StackTracePrinter printer, ThrowableProxyConverter converter) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (printer != null && proxy instanceof ThrowableProxy throwableProxy) {
            return printer.printStackTraceToString(throwableProxy.getThrowable());
        }
        return converter.convert(event);
    }

}
