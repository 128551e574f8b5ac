package dev.lift.autoconfigure.logging;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
        super((members) -> jsonMembers(environment, stackTracePrinter, throwableProxyConverter, members), customizer);
    }

    private static void jsonMembers(Environment environment, StackTracePrinter stackTracePrinter,
            ThrowableProxyConverter throwableProxyConverter, JsonWriter.Members<ILoggingEvent> members) {
        members.add("timestamp", ILoggingEvent::getInstant).as(TIMESTAMP::format);
        members.add("level", ILoggingEvent::getLevel).as(Object::toString);
        members.add("logger", ILoggingEvent::getLoggerName);
        members.add("thread", ILoggingEvent::getThreadName);
        members.add("message", ILoggingEvent::getFormattedMessage);
        members.add("error", (event) -> event).whenNotNull(ILoggingEvent::getThrowableProxy).usingMembers((error) -> {
            error.add("name", (event) -> event.getThrowableProxy().getClassName());
            error.add("message", (event) -> event.getThrowableProxy().getMessage()).whenNotNull();
            error.add("stack", (event) -> stack(event, stackTracePrinter, throwableProxyConverter));
        });
        addConstant(members, "function_name", environment.getProperty(LambdaEnvironment.FUNCTION_NAME));
        addConstant(members, "function_version", environment.getProperty(LambdaEnvironment.FUNCTION_VERSION));
        Integer memory = environment.getProperty(LambdaEnvironment.FUNCTION_MEMORY_SIZE, Integer.class);
        if (memory != null) {
            members.add("function_memory_size", memory);
        }
        addConstant(members, "service", environment.getProperty("spring.application.name"));
        Double sampleRate = environment.getProperty("lift.logging.sample-rate", Double.class);
        if (sampleRate != null && sampleRate > 0) {
            members.add("sampling_rate", sampleRate);
        }
        addMdc(members, LiftMdcKeys.REQUEST_ID);
        members.add(LiftMdcKeys.COLD_START, (event) -> event.getMDCPropertyMap().get(LiftMdcKeys.COLD_START))
            .whenNotNull()
            .as(Boolean::parseBoolean);
        members.add(LiftMdcKeys.TRACE_ID, (event) -> traceId(event.getMDCPropertyMap())).whenNotNull();
        addMdc(members, LiftMdcKeys.TENANT_ID);
        addMdc(members, LiftMdcKeys.OPERATION);
        members.from(ILoggingEvent::getMDCPropertyMap)
            .whenNotEmpty()
            .usingPairs(LiftStructuredLogFormatter::userEntries);
        members.from(ILoggingEvent::getKeyValuePairs)
            .whenNotEmpty()
            .usingPairs(LiftStructuredLogFormatter::keyValuePairs);
    }

    private static void addConstant(JsonWriter.Members<ILoggingEvent> members, String name, String value) {
        if (value != null && !value.isEmpty()) {
            members.add(name, value);
        }
    }

    private static void addMdc(JsonWriter.Members<ILoggingEvent> members, String key) {
        members.add(key, (event) -> event.getMDCPropertyMap().get(key)).whenNotNull();
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
    private static String traceId(Map<String, String> mdc) {
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
