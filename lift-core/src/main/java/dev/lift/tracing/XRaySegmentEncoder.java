package dev.lift.tracing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
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

    private static final int MAX_ANNOTATIONS = 50;

    private static final int MAX_ANNOTATION_VALUE_LENGTH = 1000;

    private static final int MAX_NAME_LENGTH = 200;

    private static final int MAX_MESSAGE_LENGTH = 1000;

    private static final String EXCEPTION_EVENT = "exception";

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");

    private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");

    private static final List<String> STATUS_KEYS = List.of("http.response.status_code", "http.status_code",
            TracingFilter.STATUS_TAG);

    private static final List<String> METHOD_KEYS = List.of("http.request.method", "http.method");

    /** Spring's HTTP observations tag {@code http.url}, {@code method} and {@code status}. */
    private static final String SPRING_HTTP_URL = "http.url";

    private static final List<String> SPRING_METHOD_KEYS = List.of("http.request.method", "http.method", "method");

    private static final List<String> SPRING_STATUS_KEYS = List.of("http.response.status_code", "http.status_code",
            TracingFilter.STATUS_TAG, "status");

    private static final List<String> URL_KEYS = List.of("url.full", "http.url");

    private static final List<String> CLIENT_IP_KEYS = List.of("client.address", "http.client_ip");

    private static final List<String> USER_AGENT_KEYS = List.of("user_agent.original", "http.user_agent");

    private static final JsonFactory JSON = new JsonFactory();

    private enum Detail {

        FULL, WITHOUT_METADATA, MINIMAL

    }

    private final boolean lambda;

    private final Set<String> annotationKeys;

    /**
     * @param lambda whether spans under a remote parent are subsegments of Lambda's segment
     * @param annotationKeys attribute keys that always become annotations
     */
    XRaySegmentEncoder(boolean lambda, Set<String> annotationKeys) {
        this.lambda = lambda;
        this.annotationKeys = Set.copyOf(annotationKeys);
    }

    /**
     * Writes the datagram for a span.
     * @param span the span
     * @return the datagram, or {@code null} when even its minimal form does not fit
     */
    Datagram encode(SpanData span) {
        for (Detail detail : Detail.values()) {
            DatagramBuffer buffer = write(span, detail);
            if (buffer.size() <= MAX_DATAGRAM_BYTES) {
                return new Datagram(buffer.asByteBuffer(), detail != Detail.FULL);
            }
        }
        return null;
    }

    /**
     * A datagram ready to send.
     * @param bytes the header line and the document
     * @param truncated whether details were left out to fit
     */
    record Datagram(ByteBuffer bytes, boolean truncated) {
    }

    /**
     * The X-Ray form of an OpenTelemetry trace id: {@code 1-<8 hex epoch seconds>-<24 hex>}.
     * @param traceId the 32 hex digits of an OpenTelemetry trace id
     * @return the X-Ray trace id
     */
    static String xrayTraceId(String traceId) {
        return "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8);
    }

    /**
     * Makes an attribute key acceptable as an annotation key.
     * @param key the attribute key
     * @return the key with every character other than ASCII letters, digits and underscore
     *     replaced by an underscore
     */
    static String annotationKey(String key) {
        StringBuilder sanitized = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            sanitized.append(allowed ? c : '_');
        }
        return sanitized.toString();
    }

    private DatagramBuffer write(SpanData span, Detail detail) {
        DatagramBuffer buffer = new DatagramBuffer();
        buffer.writeBytes(HEADER);
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            writeDocument(json, span, detail);
        }
        catch (IOException ex) {
            // Writing to memory cannot fail.
            throw new UncheckedIOException(ex);
        }
        return buffer;
    }

    private void writeDocument(JsonGenerator json, SpanData span, Detail detail) throws IOException {
        SpanContext parent = span.getParentSpanContext();
        boolean subsegment = parent.isValid() && (!parent.isRemote() || this.lambda);
        json.writeStartObject();
        json.writeStringField("name", name(subsegment ? span.getName() : serviceName(span)));
        json.writeStringField("id", span.getSpanId());
        json.writeStringField("trace_id", xrayTraceId(span.getTraceId()));
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
        json.writeNumber(epochSeconds(span.getStartEpochNanos()));
        json.writeFieldName("end_time");
        json.writeNumber(epochSeconds(span.getEndEpochNanos()));
        Attributes attributes = span.getAttributes();
        // "method" and "status" are too generic to read unless the span is one of Spring's HTTP spans.
        boolean springHttp = attributes.get(AttributeKey.stringKey(SPRING_HTTP_URL)) != null;
        Long status = longValue(attributes, springHttp ? SPRING_STATUS_KEYS : STATUS_KEYS);
        writeFlags(json, span, status);
        if (detail == Detail.FULL) {
            writeCause(json, span.getEvents());
        }
        writeHttp(json, attributes, springHttp ? SPRING_METHOD_KEYS : METHOD_KEYS, status, detail);
        Set<String> annotations = annotationKeys(attributes);
        if (detail != Detail.MINIMAL) {
            writeAnnotations(json, attributes, annotations);
        }
        if (detail == Detail.FULL) {
            writeMetadata(json, attributes, annotations, span.getEvents());
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

    private static void writeCause(JsonGenerator json, List<EventData> events) throws IOException {
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
            json.writeStringField("id", String.format("%016x", event.getEpochNanos()));
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

    private static void writeHttp(JsonGenerator json, Attributes attributes, List<String> methodKeys, Long status,
            Detail detail) throws IOException {
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

    private Set<String> annotationKeys(Attributes attributes) {
        List<String> named = attributes.get(AttributeKey.stringArrayKey(ANNOTATIONS_ATTRIBUTE));
        if (named == null || named.isEmpty()) {
            return this.annotationKeys;
        }
        Set<String> keys = new HashSet<>(this.annotationKeys);
        keys.addAll(named);
        return keys;
    }

    private static void writeAnnotations(JsonGenerator json, Attributes attributes, Set<String> keys)
            throws IOException {
        int written = 0;
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            AttributeKey<?> key = entry.getKey();
            if (!keys.contains(key.getKey()) || !isScalar(key.getType())) {
                continue;
            }
            if (written == 0) {
                json.writeObjectFieldStart("annotations");
            }
            json.writeFieldName(annotationKey(key.getKey()));
            writeScalar(json, key.getType(), entry.getValue());
            if (++written == MAX_ANNOTATIONS) {
                break;
            }
        }
        if (written > 0) {
            json.writeEndObject();
        }
    }

    private static void writeMetadata(JsonGenerator json, Attributes attributes, Set<String> annotations,
            List<EventData> events) throws IOException {
        boolean started = false;
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            String key = entry.getKey().getKey();
            if (annotations.contains(key) || ANNOTATIONS_ATTRIBUTE.equals(key)) {
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
        started = writeEvents(json, events, started);
        if (started) {
            json.writeEndObject();
        }
    }

    private static boolean writeEvents(JsonGenerator json, List<EventData> events, boolean metadataStarted)
            throws IOException {
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
            json.writeNumber(epochSeconds(event.getEpochNanos()));
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
        String bounded = truncate(name, MAX_NAME_LENGTH);
        StringBuilder sanitized = new StringBuilder(bounded.length());
        for (int i = 0; i < bounded.length(); i++) {
            char c = bounded.charAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || Character.isWhitespace(c) || "_.:/%&#=+\\-@".indexOf(c) >= 0;
            sanitized.append(allowed ? c : '_');
        }
        return sanitized.toString();
    }

    private static String truncate(String value, int maxLength) {
        return (value.length() <= maxLength) ? value : value.substring(0, maxLength);
    }

    private static String stringValue(Attributes attributes, List<String> keys) {
        for (String key : keys) {
            String value = attributes.get(AttributeKey.stringKey(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Long longValue(Attributes attributes, List<String> keys) {
        for (String key : keys) {
            Long value = attributes.get(AttributeKey.longKey(key));
            if (value != null) {
                return value;
            }
            String text = attributes.get(AttributeKey.stringKey(key));
            if (text != null) {
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
        long micros = TimeUnit.NANOSECONDS.toMicros(epochNanos);
        String fraction = Long.toString(1_000_000 + micros % 1_000_000).substring(1);
        return (micros / 1_000_000) + "." + fraction;
    }

    /** A byte array output stream whose content can be sent without copying. */
    private static final class DatagramBuffer extends ByteArrayOutputStream {

        DatagramBuffer() {
            super(1024);
        }

        ByteBuffer asByteBuffer() {
            return ByteBuffer.wrap(this.buf, 0, this.count);
        }

    }

}
