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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.lift.context.LiftMdcKeys;
import dev.lift.lambda.LambdaEnvironment;
import dev.lift.logging.InvocationLoggingFilter;

import org.springframework.core.env.Environment;

/**
 * The fields of Lift's JSON log line, written as name/value pairs for Boot's {@code JsonWriter}:
 * one writer for the Logback and the Log4j2 format, which differ only in how they read an event.
 */
final class LiftLogFields {

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

    private final Map<String, Object> constants = new LinkedHashMap<>();

    LiftLogFields(Environment environment) {
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

    /**
     * Writes an event's fields, in the format's order, then the application's own context entries.
     * @param event the event, as the logging system has it
     * @param context its MDC (Logback) or context data (Log4j2)
     * @param pairs where the fields go
     */
    void write(Event event, Map<String, String> context, BiConsumer<String, Object> pairs) {
        pairs.accept("timestamp", TIMESTAMP.format(event.instant()));
        pairs.accept("level", event.level());
        pairs.accept("logger", event.logger());
        pairs.accept("thread", event.thread());
        pairs.accept("message", event.message());
        if (event.errorName() != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("name", event.errorName());
            if (event.errorMessage() != null) {
                error.put("message", event.errorMessage());
            }
            error.put("stack", event.errorStack());
            pairs.accept("error", error);
        }
        this.constants.forEach(pairs);
        acceptNotNull(pairs, LiftMdcKeys.REQUEST_ID, context.get(LiftMdcKeys.REQUEST_ID));
        String coldStart = context.get(LiftMdcKeys.COLD_START);
        if (coldStart != null) {
            pairs.accept(LiftMdcKeys.COLD_START, Boolean.parseBoolean(coldStart));
        }
        acceptNotNull(pairs, LiftMdcKeys.TRACE_ID, traceId(context));
        acceptNotNull(pairs, LiftMdcKeys.TENANT_ID, context.get(LiftMdcKeys.TENANT_ID));
        acceptNotNull(pairs, LiftMdcKeys.OPERATION, context.get(LiftMdcKeys.OPERATION));
        context.forEach((key, value) -> acceptUnlessField(pairs, key, value));
    }

    /**
     * @param pairs where the entry goes
     * @param name an application entry's name
     * @param value its value
     */
    static void acceptUnlessField(BiConsumer<String, Object> pairs, String name, Object value) {
        if (name != null && !FIELDS.contains(name)) {
            pairs.accept(name, value);
        }
    }

    private static void acceptNotNull(BiConsumer<String, Object> pairs, String name, Object value) {
        if (value != null) {
            pairs.accept(name, value);
        }
    }

    /**
     * The trace of a line, once, in X-Ray's form as Powertools logs it
     * ({@code 1-5759e988-bd862e3fe1be46a994272793}): the {@code Root} of the invocation's X-Ray trace
     * header, or else Micrometer Tracing's trace id (32 hex digits, the same id in OpenTelemetry's
     * spelling) in X-Ray's form. One field, so the trace is not billed twice on every line.
     */
    static String traceId(Map<String, String> context) {
        String header = context.get(LiftMdcKeys.TRACE_ID);
        if (header != null) {
            return traceId(header);
        }
        String traceId = context.get(TRACING_TRACE_ID);
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

    /**
     * What the line needs of a logging event.
     *
     * @param instant when it was logged
     * @param level its level's name
     * @param logger its logger's name
     * @param thread its thread's name
     * @param message the formatted message
     * @param errorName the logged exception's class name, or {@code null} without one
     * @param errorMessage the exception's message, or {@code null}
     * @param errorStack the exception's stack trace, or {@code null} without one
     */
    record Event(Instant instant, String level, String logger, String thread, String message, String errorName,
            String errorMessage, String errorStack) {

    }

}
