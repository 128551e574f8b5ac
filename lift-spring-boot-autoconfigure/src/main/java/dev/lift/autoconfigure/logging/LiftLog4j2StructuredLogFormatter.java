package dev.lift.autoconfigure.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.lift.context.LiftMdcKeys;
import dev.lift.lambda.LambdaEnvironment;
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
        super((members) -> jsonMembers(environment, stackTracePrinter, members), customizer);
    }

    private static void jsonMembers(Environment environment, StackTracePrinter stackTracePrinter,
            JsonWriter.Members<LogEvent> members) {
        members.add("timestamp", LiftLog4j2StructuredLogFormatter::instant).as(TIMESTAMP::format);
        members.add("level", (event) -> event.getLevel().name());
        members.add("logger", LogEvent::getLoggerName);
        members.add("thread", LogEvent::getThreadName);
        members.add("message", (event) -> event.getMessage().getFormattedMessage());
        members.add("error", LogEvent::getThrown).whenNotNull().usingMembers((error) -> {
            error.add("name", (thrown) -> thrown.getClass().getName());
            error.add("message", Throwable::getMessage).whenNotNull();
            error.add("stack", (thrown) -> stack(thrown, stackTracePrinter));
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
        addContext(members, LiftMdcKeys.REQUEST_ID);
        members.add(LiftMdcKeys.COLD_START, (event) -> context(event, LiftMdcKeys.COLD_START))
            .whenNotNull()
            .as(Boolean::parseBoolean);
        members.add(LiftMdcKeys.TRACE_ID, (event) -> context(event, LiftMdcKeys.TRACE_ID))
            .whenNotNull()
            .as(LiftStructuredLogFormatter::traceId);
        addContext(members, LiftMdcKeys.TENANT_ID);
        addContext(members, LiftMdcKeys.OPERATION);
        members.from((event) -> event.getContextData().toMap())
            .whenNotEmpty()
            .usingPairs(LiftLog4j2StructuredLogFormatter::userEntries);
    }

    private static Instant instant(LogEvent event) {
        return Instant.ofEpochSecond(event.getInstant().getEpochSecond(), event.getInstant().getNanoOfSecond());
    }

    private static String context(LogEvent event, String key) {
        return event.getContextData().getValue(key);
    }

    private static void addConstant(JsonWriter.Members<LogEvent> members, String name, String value) {
        if (value != null && !value.isEmpty()) {
            members.add(name, value);
        }
    }

    private static void addContext(JsonWriter.Members<LogEvent> members, String key) {
        members.add(key, (event) -> context(event, key)).whenNotNull();
    }

    private static void userEntries(Map<String, String> context, BiConsumer<String, Object> pairs) {
        context.forEach((key, value) -> {
            if (key != null && !LiftStructuredLogFormatter.FIELDS.contains(key)) {
                pairs.accept(key, value);
            }
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
