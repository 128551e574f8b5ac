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
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.logging.log4j.core.LogEvent;

import org.springframework.boot.json.JsonWriter;
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

    /**
     * Creates the formatter; Spring Boot's structured logging supplies the arguments.
     * @param environment the environment (function name, service name)
     * @param stackTracePrinter the printer configured by {@code logging.structured.json.stacktrace.*}, or
     *     {@code null}
     * @param customizer customizations from {@code logging.structured.json.*}
     */
    public LiftLog4j2StructuredLogFormatter(Environment environment, StackTracePrinter stackTracePrinter,
            StructuredLoggingJsonMembersCustomizer<?> customizer) {
        super(members(new LiftLogFields(environment), stackTracePrinter), customizer);
    }

    private static Consumer<JsonWriter.Members<LogEvent>> members(LiftLogFields fields,
            StackTracePrinter stackTracePrinter) {
        return (members) -> members.add().usingPairs((LogEvent event, BiConsumer<String, Object> pairs) -> {
            Throwable thrown = event.getThrown();
            Instant instant = Instant.ofEpochSecond(event.getInstant().getEpochSecond(),
                    event.getInstant().getNanoOfSecond());
            fields.write(new LiftLogFields.Event(instant, event.getLevel().name(), event.getLoggerName(),
                    event.getThreadName(), event.getMessage().getFormattedMessage(),
                    (thrown != null) ? thrown.getClass().getName() : null, (thrown != null) ? thrown.getMessage() : null,
                    (thrown != null) ? stack(thrown, stackTracePrinter) : null),
                    event.getContextData().toMap(), pairs);
        });
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
