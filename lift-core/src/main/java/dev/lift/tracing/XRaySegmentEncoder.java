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

package dev.lift.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Turns one OpenTelemetry span into one X-Ray daemon datagram: the header line
 * {@code {"format": "json", "version": 1}}, a newline, and a segment or subsegment document.
 *
 * <p>A span becomes a subsegment when its parent is a local span, or, on Lambda, when its parent
 * is the remote segment Lambda created for the invocation; otherwise it is a segment named after
 * the service. Attributes named by {@value #ANNOTATIONS_ATTRIBUTE} (the convention the AWS
 * Distro for OpenTelemetry collector also reads) or configured as annotation keys become
 * annotations, with keys reduced to letters, digits and underscores because X-Ray silently drops
 * annotations with other keys; all other attributes become metadata.
 *
 * <p>A document that would exceed {@link #MAX_DATAGRAM_BYTES} is written again without metadata and
 * exception details, then without annotations and URL, so the ids, times and flags always arrive.
 */
final class XRaySegmentEncoder {

    /** The span attribute listing which attributes are annotations (a string array). */
    static final String ANNOTATIONS_ATTRIBUTE = "aws.xray.annotations";

    /** Below the X-Ray daemon's 64 KiB receive buffer and the 65,507-byte IPv4 UDP payload limit. */
    static final int MAX_DATAGRAM_BYTES = 64_000;

    static final byte[] HEADER = "{\"format\": \"json\", \"version\": 1}\n".getBytes(StandardCharsets.UTF_8);

    private static final IntPredicate ANNOTATION_KEY_CHARACTER = (c) -> (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private static final IntPredicate NAME_CHARACTER = (c) -> Character.isLetterOrDigit(c)
            || Character.isWhitespace(c) || "_.:/%&#=+\\-@".indexOf(c) >= 0;

    /** {@code 1-}, 8 hex digits, {@code -}, 24 hex digits. */
    private static final int XRAY_TRACE_ID_LENGTH = 35;

    private static final int MAX_ANNOTATIONS = 50;

    private static final int MAX_ANNOTATION_VALUE_LENGTH = 1000;

    private static final int MAX_NAME_LENGTH = 200;

    private static final int MAX_MESSAGE_LENGTH = 1000;

    private static final String EXCEPTION_EVENT = "exception";

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");

    private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");

    private static final AttributeKey<List<String>> ANNOTATIONS_KEY = AttributeKey
        .stringArrayKey(ANNOTATIONS_ATTRIBUTE);

    private static final List<AttributeKey<?>> STATUS_KEYS = keys("http.response.status_code", "http.status_code",
            TracingFilter.STATUS_TAG);

    private static final List<AttributeKey<?>> METHOD_KEYS = keys("http.request.method", "http.method");

    /** Spring's HTTP observations tag {@code http.url}, {@code method} and {@code status}. */
    private static final AttributeKey<String> SPRING_HTTP_URL = AttributeKey.stringKey("http.url");

    private static final List<AttributeKey<?>> SPRING_METHOD_KEYS = keys("http.request.method", "http.method",
            "method");

    private static final List<AttributeKey<?>> SPRING_STATUS_KEYS = keys("http.response.status_code",
            "http.status_code", TracingFilter.STATUS_TAG, "status");

    private static final List<AttributeKey<?>> URL_KEYS = keys("url.full", "http.url");

    private static final List<AttributeKey<?>> CLIENT_IP_KEYS = keys("client.address", "http.client_ip");

    private static final List<AttributeKey<?>> USER_AGENT_KEYS = keys("user_agent.original", "http.user_agent");

    /** Documents written one after the other by one generator have nothing between them. */
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private enum Detail {

        FULL, WITHOUT_METADATA, MINIMAL

    }

    private static final Detail[] DETAILS = Detail.values();

    /** The attributes the tracing filter makes annotations. */
    private static final List<String> LIFT_ANNOTATIONS = List.of(TracingFilter.OPERATION_TAG,
            TracingFilter.COLD_START_TAG, TracingFilter.TENANT_TAG);

    private final boolean lambda;

    private final Set<String> annotationKeys;

    /** The annotation keys of every span made once, not for every span. */
    private final Map<String, String> sanitizedAnnotationKeys;

    /**
     * @param lambda whether spans under a remote parent are subsegments of Lambda's segment
     * @param annotationKeys attribute keys that always become annotations
     */
    XRaySegmentEncoder(boolean lambda, Set<String> annotationKeys) {
        this.lambda = lambda;
        this.annotationKeys = Set.copyOf(annotationKeys);
        Map<String, String> sanitized = new HashMap<>();
        for (String key : this.annotationKeys) {
            sanitized.put(key, annotationKey(key));
        }
        for (String key : LIFT_ANNOTATIONS) {
            sanitized.put(key, annotationKey(key));
        }
        this.sanitizedAnnotationKeys = Map.copyOf(sanitized);
    }

    /** What {@link #encode} wrote. */
    enum Outcome {

        /** The whole document. */
        COMPLETE,

        /** The document without some details, to fit. */
        TRUNCATED,

        /** Nothing: even the minimal document does not fit in a datagram. */
        TOO_LARGE

    }

    /**
     * Writes the datagram for a span.
     * @param span the span
     * @param buffer where to write it, emptied first; it holds the datagram unless the outcome is
     *     {@link Outcome#TOO_LARGE}
     * @return what was written
     */
    Outcome encode(SpanData span, DatagramBuffer buffer) {
        for (Detail detail : DETAILS) {
            write(span, detail, buffer);
            if (buffer.size() <= MAX_DATAGRAM_BYTES) {
                return (detail != Detail.FULL) ? Outcome.TRUNCATED : Outcome.COMPLETE;
            }
        }
        return Outcome.TOO_LARGE;
    }

    /**
     * The X-Ray form of an OpenTelemetry trace id: {@code 1-<8 hex epoch seconds>-<24 hex>}.
     * @param traceId the 32 hex digits of an OpenTelemetry trace id
     * @return the X-Ray trace id
     */
    static String xrayTraceId(String traceId) {
        char[] chars = new char[XRAY_TRACE_ID_LENGTH];
        return new String(chars, 0, writeXRayTraceId(traceId, chars));
    }

    private static int writeXRayTraceId(String traceId, char[] chars) {
        chars[0] = '1';
        chars[1] = '-';
        traceId.getChars(0, 8, chars, 2);
        chars[10] = '-';
        traceId.getChars(8, 32, chars, 11);
        return XRAY_TRACE_ID_LENGTH;
    }

    /**
     * Makes an attribute key acceptable as an annotation key.
     * @param key the attribute key
     * @return the key with every character other than ASCII letters, digits and underscore
     *     replaced by an underscore
     */
    static String annotationKey(String key) {
        return replaceOthers(key, ANNOTATION_KEY_CHARACTER);
    }

    private void write(SpanData span, Detail detail, DatagramBuffer buffer) {
        buffer.reset();
        buffer.writeBytes(HEADER);
        try {
            JsonGenerator json = buffer.generator(JSON);
            writeDocument(json, span, detail, buffer.chars());
            json.flush();
        }
        catch (IOException ex) {
            // Writing to memory cannot fail.
            buffer.discardGenerator();
            throw new UncheckedIOException(ex);
        }
        catch (RuntimeException ex) {
            // A document left half-written would corrupt the next one.
            buffer.discardGenerator();
            throw ex;
        }
    }

    private void writeDocument(JsonGenerator json, SpanData span, Detail detail, char[] chars) throws IOException {
        SpanContext parent = span.getParentSpanContext();
        boolean subsegment = parent.isValid() && (!parent.isRemote() || this.lambda);
        json.writeStartObject();
        json.writeStringField("name", name(subsegment ? span.getName() : serviceName(span)));
        json.writeStringField("id", span.getSpanId());
        json.writeFieldName("trace_id");
        json.writeString(chars, 0, writeXRayTraceId(span.getTraceId(), chars));
        if (parent.isValid()) {
            json.writeStringField("parent_id", parent.getSpanId());
        }
        if (subsegment) {
            json.writeStringField("type", "subsegment");
            if (span.getKind() == SpanKind.CLIENT || span.getKind() == SpanKind.PRODUCER) {
                json.writeStringField("namespace", "remote");
            }
        }
        json.writeFieldName("start_time");
        json.writeNumber(chars, 0, writeEpochSeconds(span.getStartEpochNanos(), chars));
        json.writeFieldName("end_time");
        json.writeNumber(chars, 0, writeEpochSeconds(span.getEndEpochNanos(), chars));
        Attributes attributes = span.getAttributes();
        // "method" and "status" are too generic to read unless the span is one of Spring's HTTP spans.
        boolean springHttp = attributes.get(SPRING_HTTP_URL) != null;
        Long status = longValue(attributes, springHttp ? SPRING_STATUS_KEYS : STATUS_KEYS);
        writeFlags(json, span, status);
        if (detail == Detail.FULL) {
            writeCause(json, span.getEvents(), chars);
        }
        writeHttp(json, attributes, springHttp ? SPRING_METHOD_KEYS : METHOD_KEYS, status, detail);
        List<String> named = attributes.get(ANNOTATIONS_KEY);
        if (detail != Detail.MINIMAL) {
            writeAnnotations(json, attributes, named);
        }
        if (detail == Detail.FULL) {
            writeMetadata(json, attributes, named, span.getEvents(), chars);
        }
        json.writeEndObject();
    }

    private static void writeFlags(JsonGenerator json, SpanData span, Long status) throws IOException {
        boolean clientError = status != null && status >= 400 && status < 500;
        boolean serverError = status != null && status >= 500;
        boolean failed = span.getStatus().getStatusCode() == StatusCode.ERROR;
        if (clientError) {
            json.writeBooleanField("error", true);
        }
        if (status != null && status == 429) {
            json.writeBooleanField("throttle", true);
        }
        if (serverError || (failed && !clientError)) {
            json.writeBooleanField("fault", true);
        }
    }

    private static void writeCause(JsonGenerator json, List<EventData> events, char[] chars) throws IOException {
        boolean started = false;
        for (EventData event : events) {
            if (!EXCEPTION_EVENT.equals(event.getName())) {
                continue;
            }
            if (!started) {
                json.writeObjectFieldStart("cause");
                json.writeArrayFieldStart("exceptions");
                started = true;
            }
            json.writeStartObject();
            // Exception ids only need to be unique within the document.
            json.writeFieldName("id");
            json.writeString(chars, 0, writeHex(event.getEpochNanos(), chars));
            String type = event.getAttributes().get(EXCEPTION_TYPE);
            if (type != null) {
                json.writeStringField("type", type);
            }
            String message = event.getAttributes().get(EXCEPTION_MESSAGE);
            if (message != null) {
                json.writeStringField("message", truncate(message, MAX_MESSAGE_LENGTH));
            }
            json.writeEndObject();
        }
        if (started) {
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeHttp(JsonGenerator json, Attributes attributes, List<AttributeKey<?>> methodKeys,
            Long status, Detail detail) throws IOException {
        String method = stringValue(attributes, methodKeys);
        String url = (detail == Detail.MINIMAL) ? null : stringValue(attributes, URL_KEYS);
        String clientIp = stringValue(attributes, CLIENT_IP_KEYS);
        String userAgent = (detail == Detail.MINIMAL) ? null : stringValue(attributes, USER_AGENT_KEYS);
        boolean request = method != null || url != null || clientIp != null || userAgent != null;
        if (!request && status == null) {
            return;
        }
        json.writeObjectFieldStart("http");
        if (request) {
            json.writeObjectFieldStart("request");
            writeOptional(json, "method", method);
            writeOptional(json, "url", url);
            writeOptional(json, "client_ip", clientIp);
            writeOptional(json, "user_agent", userAgent);
            json.writeEndObject();
        }
        if (status != null) {
            json.writeObjectFieldStart("response");
            json.writeNumberField("status", status);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Whether an attribute is an annotation: configured, or named by the span. */
    private boolean isAnnotation(String key, List<String> named) {
        return this.annotationKeys.contains(key) || (named != null && named.contains(key));
    }

    private void writeAnnotations(JsonGenerator json, Attributes attributes, List<String> named)
            throws IOException {
        int written = 0;
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            AttributeKey<?> key = entry.getKey();
            if (!isAnnotation(key.getKey(), named) || !isScalar(key.getType())) {
                continue;
            }
            if (written == 0) {
                json.writeObjectFieldStart("annotations");
            }
            String sanitized = this.sanitizedAnnotationKeys.get(key.getKey());
            json.writeFieldName((sanitized != null) ? sanitized : annotationKey(key.getKey()));
            writeScalar(json, key.getType(), entry.getValue());
            if (++written == MAX_ANNOTATIONS) {
                break;
            }
        }
        if (written > 0) {
            json.writeEndObject();
        }
    }

    private void writeMetadata(JsonGenerator json, Attributes attributes, List<String> named,
            List<EventData> events, char[] chars) throws IOException {
        boolean started = false;
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            String key = entry.getKey().getKey();
            if (isAnnotation(key, named) || ANNOTATIONS_ATTRIBUTE.equals(key)) {
                continue;
            }
            if (!started) {
                json.writeObjectFieldStart("metadata");
                json.writeObjectFieldStart("default");
                started = true;
            }
            json.writeFieldName(key);
            writeValue(json, entry.getKey().getType(), entry.getValue());
        }
        if (started) {
            json.writeEndObject();
        }
        started = writeEvents(json, events, started, chars);
        if (started) {
            json.writeEndObject();
        }
    }

    private static boolean writeEvents(JsonGenerator json, List<EventData> events, boolean metadataStarted,
            char[] chars) throws IOException {
        boolean started = false;
        for (EventData event : events) {
            if (EXCEPTION_EVENT.equals(event.getName())) {
                continue;
            }
            if (!started) {
                if (!metadataStarted) {
                    json.writeObjectFieldStart("metadata");
                }
                json.writeObjectFieldStart("otel");
                json.writeArrayFieldStart("events");
                started = true;
            }
            json.writeStartObject();
            json.writeStringField("name", event.getName());
            json.writeFieldName("time");
            json.writeNumber(chars, 0, writeEpochSeconds(event.getEpochNanos(), chars));
            json.writeEndObject();
        }
        if (started) {
            json.writeEndArray();
            json.writeEndObject();
        }
        return metadataStarted || started;
    }

    private static boolean isScalar(AttributeType type) {
        return type == AttributeType.STRING || type == AttributeType.BOOLEAN || type == AttributeType.LONG
                || type == AttributeType.DOUBLE;
    }

    private static void writeScalar(JsonGenerator json, AttributeType type, Object value) throws IOException {
        switch (type) {
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case LONG -> json.writeNumber((Long) value);
            case DOUBLE -> json.writeNumber((Double) value);
            default -> json.writeString(truncate(String.valueOf(value), MAX_ANNOTATION_VALUE_LENGTH));
        }
    }

    private static void writeValue(JsonGenerator json, AttributeType type, Object value) throws IOException {
        if (isScalar(type)) {
            writeScalar(json, type, value);
            return;
        }
        json.writeStartArray();
        for (Object element : (List<?>) value) {
            switch (type) {
                case BOOLEAN_ARRAY -> json.writeBoolean((Boolean) element);
                case LONG_ARRAY -> json.writeNumber((Long) element);
                case DOUBLE_ARRAY -> json.writeNumber((Double) element);
                default -> json.writeString(String.valueOf(element));
            }
        }
        json.writeEndArray();
    }

    private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static String serviceName(SpanData span) {
        String service = span.getResource().getAttribute(SERVICE_NAME);
        return (service != null) ? service : span.getName();
    }

    /** X-Ray accepts letters, digits, whitespace and {@code _ . : / % & # = + \ - @}, up to 200 characters. */
    private static String name(String name) {
        return replaceOthers(truncate(name, MAX_NAME_LENGTH), NAME_CHARACTER);
    }

    /**
     * The value with every character that is not allowed replaced by an underscore: the value
     * itself, not a copy, when all are allowed (the usual case).
     */
    private static String replaceOthers(String value, IntPredicate allowed) {
        int clean = 0;
        while (clean < value.length() && allowed.test(value.charAt(clean))) {
            clean++;
        }
        if (clean == value.length()) {
            return value;
        }
        StringBuilder sanitized = new StringBuilder(value.length()).append(value, 0, clean);
        for (int i = clean; i < value.length(); i++) {
            char c = value.charAt(i);
            sanitized.append(allowed.test(c) ? c : '_');
        }
        return sanitized.toString();
    }

    private static String truncate(String value, int maxLength) {
        return (value.length() <= maxLength) ? value : value.substring(0, maxLength);
    }

    /** For each key, its string form then its long form: attributes of both types are read. */
    private static List<AttributeKey<?>> keys(String... keys) {
        List<AttributeKey<?>> typed = new ArrayList<>();
        for (String key : keys) {
            typed.add(AttributeKey.stringKey(key));
            typed.add(AttributeKey.longKey(key));
        }
        return List.copyOf(typed);
    }

    private static String stringValue(Attributes attributes, List<AttributeKey<?>> keys) {
        for (AttributeKey<?> key : keys) {
            if (key.getType() == AttributeType.STRING && attributes.get(key) instanceof String value) {
                return value;
            }
        }
        return null;
    }

    private static Long longValue(Attributes attributes, List<AttributeKey<?>> keys) {
        for (int i = 0; i < keys.size(); i += 2) {
            if (attributes.get(keys.get(i + 1)) instanceof Long value) {
                return value;
            }
            if (attributes.get(keys.get(i)) instanceof String text) {
                try {
                    return Long.parseLong(text.trim());
                }
                catch (NumberFormatException ex) {
                    // Not a status code; look at the next key.
                }
            }
        }
        return null;
    }

    /** Epoch seconds with microseconds, written as a plain decimal (never in exponent notation). */
    static String epochSeconds(long epochNanos) {
        char[] chars = new char[32];
        return new String(chars, 0, writeEpochSeconds(epochNanos, chars));
    }

    /** Writes {@link #epochSeconds} into {@code chars} and returns its length. */
    private static int writeEpochSeconds(long epochNanos, char[] chars) {
        long micros = TimeUnit.NANOSECONDS.toMicros(epochNanos);
        int length = writeDecimal(micros / 1_000_000, chars, 0);
        chars[length] = '.';
        long fraction = micros % 1_000_000;
        for (int i = length + 6; i > length; i--) {
            chars[i] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        return length + 7;
    }

    private static int writeDecimal(long value, char[] chars, int offset) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        long rest = value;
        for (int i = offset + digits - 1; i >= offset; i--) {
            chars[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return offset + digits;
    }

    /** Writes a value as 16 lower-case hex digits into {@code chars} and returns 16. */
    private static int writeHex(long value, char[] chars) {
        for (int i = 15; i >= 0; i--) {
            chars[i] = Character.forDigit((int) ((value >>> (4 * (15 - i))) & 0xf), 16);
        }
        return 16;
    }

}
