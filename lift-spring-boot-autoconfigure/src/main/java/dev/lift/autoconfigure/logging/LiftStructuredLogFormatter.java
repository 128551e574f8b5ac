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
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
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
        super(members(new LiftLogFields(environment), stackTracePrinter, throwableProxyConverter), customizer);
    }

    /**
     * The line's fields as the pairs of one unnamed member: only that part of Boot's {@link JsonWriter}
     * API is the same in Spring Boot 3 and 4 to the byte (Boot 4 changed the extractor type of
     * {@code add(name, extractor)} and {@code as}), so the format is compiled once for both lines.
     */
    private static Consumer<JsonWriter.Members<ILoggingEvent>> members(LiftLogFields fields,
            StackTracePrinter stackTracePrinter, ThrowableProxyConverter throwableProxyConverter) {
        return (members) -> members.add().usingPairs((ILoggingEvent event, BiConsumer<String, Object> pairs) -> {
            IThrowableProxy thrown = event.getThrowableProxy();
            fields.write(new LiftLogFields.Event(event.getInstant(), event.getLevel().toString(), event.getLoggerName(),
                    event.getThreadName(), event.getFormattedMessage(), (thrown != null) ? thrown.getClassName() : null,
                    (thrown != null) ? thrown.getMessage() : null,
                    (thrown != null) ? stack(event, stackTracePrinter, throwableProxyConverter) : null),
                    event.getMDCPropertyMap(), pairs);
            List<KeyValuePair> keyValuePairs = event.getKeyValuePairs();
            if (keyValuePairs != null) {
                for (KeyValuePair pair : keyValuePairs) {
                    LiftLogFields.acceptUnlessField(pairs, pair.key, pair.value);
                }
            }
        });
    }

    private static String stack(ILoggingEvent event, StackTracePrinter printer, ThrowableProxyConverter converter) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (printer != null && proxy instanceof ThrowableProxy throwableProxy) {
            return printer.printStackTraceToString(throwableProxy.getThrowable());
        }
        return converter.convert(event);
    }

}
